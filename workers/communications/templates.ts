import { and, asc, eq } from "drizzle-orm";
import { newId } from "../../shared/ids";
import { unknownVariables } from "../../shared/messaging/template-variables";
import type { Database } from "../platform/db/client";
import { messageSteps, messageTemplates, type WhatsAppTemplateMapping } from "../platform/db/schema";
import { AppError, notFound } from "../platform/errors";

export type TemplateRow = typeof messageTemplates.$inferSelect;
export type TemplateBodies = TemplateRow["bodies"];

export interface TemplateInput {
  name: string;
  bodies: TemplateBodies;
  whatsapp?: WhatsAppTemplateMapping | null;
}

/**
 * Refuses placeholders that are not template variables, naming each one and where it is, so a
 * typo never reaches a guest as "{chekIn}".
 */
export function assertKnownVariables(input: Partial<TemplateInput>) {
  const errors: { path: string; message: string }[] = [];
  const unknown = new Set<string>();
  for (const [lang, body] of Object.entries(input.bodies ?? {})) {
    for (const name of unknownVariables(body ?? "")) {
      unknown.add(name);
      errors.push({ path: `bodies.${lang}`, message: `unknown variable {${name}}` });
    }
  }
  (input.whatsapp?.parameters ?? []).forEach((name, i) => {
    if (unknownVariables(`{${name}}`).length > 0 || !/^[A-Za-z][\w.]*$/.test(name)) {
      unknown.add(name);
      errors.push({ path: `whatsapp.parameters.${i}`, message: `unknown variable ${name}` });
    }
  });
  if (errors.length > 0) {
    throw new AppError(422, "unknown_template_variables", `Unknown template variables: ${[...unknown].map((n) => `{${n}}`).join(", ")}`, { errors, variables: [...unknown] });
  }
}

function assertSomeBody(bodies: TemplateBodies) {
  if (!Object.values(bodies).some((body) => body && body.trim() !== "")) {
    throw new AppError(422, "template_empty", "A template needs a text in at least one language", { errors: [{ path: "bodies", message: "write at least one language" }] });
  }
}

export async function listTemplates(db: Database, tenantId: string): Promise<TemplateRow[]> {
  return db.select().from(messageTemplates).where(eq(messageTemplates.tenantId, tenantId)).orderBy(asc(messageTemplates.createdAt), asc(messageTemplates.id)).all();
}

/** The tenant's template, or 404 (also for another tenant's id). */
export async function getTemplate(db: Database, tenantId: string, id: string): Promise<TemplateRow> {
  const row = await db.select().from(messageTemplates).where(and(eq(messageTemplates.tenantId, tenantId), eq(messageTemplates.id, id))).get();
  if (!row) throw notFound("Template");
  return row;
}

export async function createTemplate(db: Database, tenantId: string, input: TemplateInput): Promise<TemplateRow> {
  assertKnownVariables(input);
  assertSomeBody(input.bodies);
  return db
    .insert(messageTemplates)
    .values({ id: newId("tpl"), tenantId, name: input.name, bodies: input.bodies, whatsapp: input.whatsapp ?? null })
    .returning()
    .get();
}

export async function updateTemplate(db: Database, tenantId: string, id: string, patch: Partial<TemplateInput>): Promise<TemplateRow> {
  const current = await getTemplate(db, tenantId, id);
  assertKnownVariables(patch);
  const bodies = patch.bodies ?? current.bodies;
  assertSomeBody(bodies);
  const updated = await db
    .update(messageTemplates)
    .set({ name: patch.name ?? current.name, bodies, whatsapp: patch.whatsapp === undefined ? current.whatsapp : patch.whatsapp, updatedAt: Date.now() })
    .where(and(eq(messageTemplates.tenantId, tenantId), eq(messageTemplates.id, id)))
    .returning()
    .get();
  return updated ?? current;
}

/** Deletes a template no step uses; one in use answers 409 naming the steps, so no step is left without words. */
export async function deleteTemplate(db: Database, tenantId: string, id: string): Promise<void> {
  await getTemplate(db, tenantId, id);
  const users = await db.select({ kind: messageSteps.kind }).from(messageSteps).where(and(eq(messageSteps.tenantId, tenantId), eq(messageSteps.templateId, id))).all();
  if (users.length > 0) throw new AppError(409, "template_in_use", `The template is used by: ${users.map((u) => u.kind).join(", ")}`, { steps: users.map((u) => u.kind) });
  await db.delete(messageTemplates).where(and(eq(messageTemplates.tenantId, tenantId), eq(messageTemplates.id, id)));
}
