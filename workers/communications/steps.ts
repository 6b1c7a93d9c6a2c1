import { and, asc, eq } from "drizzle-orm";
import { DEFAULT_TEMPLATES, languageOfCountry } from "../../shared/messaging/default-templates";
import { STEP_KINDS, STEP_RULES, type StepChannel, type StepKind } from "../../shared/messaging/step-kinds";
import type { Database } from "../platform/db/client";
import { messageSteps, messageTemplates, tenants } from "../platform/db/schema";
import { AppError, notFound } from "../platform/errors";
import { getTemplate } from "./templates";

export type StepRow = typeof messageSteps.$inferSelect;

/** Default rows have ids made from the tenant and the kind, so two first readers racing create one set. */
const defaultStepId = (tenantId: string, kind: StepKind) => `stp_${tenantId.slice(4)}_${kind}`;
const defaultTemplateId = (tenantId: string, kind: StepKind) => `tpl_${tenantId.slice(4)}_${kind}`;

/**
 * Creates the steps and their templates a tenant lacks: every one at signup, and on first use the
 * ones of kinds added since the tenant was made (their existing steps are left as they are). Names are in the tenant's language; each
 * template carries its text in every language a guest may write in.
 */
export async function ensureDefaultSteps(db: Database, tenantId: string): Promise<void> {
  // A tenant made before a kind existed gains its step (and stock template) on the next read.
  const existing = await db.select({ kind: messageSteps.kind }).from(messageSteps).where(eq(messageSteps.tenantId, tenantId)).all();
  if (existing.length >= STEP_KINDS.length) return;
  const tenant = await db.select({ country: tenants.country }).from(tenants).where(eq(tenants.id, tenantId)).get();
  if (!tenant) return;
  const lang = languageOfCountry(tenant.country);
  const whatsappLanguage = { es: "es_AR", pt: "pt_BR", en: "en_US" }[lang];
  await db.batch([
    db
      .insert(messageTemplates)
      .values(
        STEP_KINDS.map((kind) => {
          const template = DEFAULT_TEMPLATES[kind];
          return { id: defaultTemplateId(tenantId, kind), tenantId, name: template.name[lang], bodies: template.bodies, whatsapp: { ...template.whatsapp, language: whatsappLanguage } };
        }),
      )
      .onConflictDoNothing(),
    db
      .insert(messageSteps)
      .values(
        STEP_KINDS.map((kind) => ({
          id: defaultStepId(tenantId, kind),
          tenantId,
          kind,
          offsetDays: STEP_RULES[kind].defaultOffsetDays,
          localTime: STEP_RULES[kind].defaultLocalTime,
          templateId: defaultTemplateId(tenantId, kind),
          channels: ["whatsapp", "email"] as StepChannel[],
          enabled: true,
        })),
      )
      .onConflictDoNothing(),
  ]);
}

/** The statement that reads the tenant's steps, to run alone or in the caller's batch (then through withDefaultSteps). */
export function stepsQuery(db: Database, tenantId: string) {
  return db.select().from(messageSteps).where(eq(messageSteps.tenantId, tenantId)).orderBy(asc(messageSteps.id));
}

/**
 * The steps read, in the order of a stay; when some kind is missing (a tenant made before it
 * existed) its defaults are created and the steps read again, so a tenant with every kind pays
 * one read.
 */
export async function withDefaultSteps(db: Database, tenantId: string, rows: StepRow[]): Promise<StepRow[]> {
  let steps = rows;
  if (new Set(steps.map((step) => step.kind)).size < STEP_KINDS.length) {
    await ensureDefaultSteps(db, tenantId);
    steps = await stepsQuery(db, tenantId).all();
  }
  return [...steps].sort((a, b) => STEP_KINDS.indexOf(a.kind) - STEP_KINDS.indexOf(b.kind));
}

/** The tenant's steps in the order of a stay. */
export async function listSteps(db: Database, tenantId: string): Promise<StepRow[]> {
  return withDefaultSteps(db, tenantId, await stepsQuery(db, tenantId).all());
}

export async function getStep(db: Database, tenantId: string, id: string): Promise<StepRow> {
  const row = await db.select().from(messageSteps).where(and(eq(messageSteps.tenantId, tenantId), eq(messageSteps.id, id))).get();
  if (!row) throw notFound("Step");
  return row;
}

export interface StepPatch {
  offsetDays?: number;
  localTime?: string;
  templateId?: string;
  channels?: StepChannel[];
  enabled?: boolean;
}

/** Changes a step; timing fields only on steps that have a time of their own, within the kind's bounds. */
export async function updateStep(db: Database, tenantId: string, id: string, patch: StepPatch): Promise<StepRow> {
  const current = await getStep(db, tenantId, id);
  const rule = STEP_RULES[current.kind];
  const errors: { path: string; message: string }[] = [];
  if (patch.offsetDays !== undefined && patch.offsetDays !== current.offsetDays && (!rule.timed || patch.offsetDays > rule.maxOffsetDays)) {
    errors.push({ path: "offsetDays", message: rule.timed && rule.maxOffsetDays > 0 ? `at most ${rule.maxOffsetDays} days for this step` : "this step has no offset" });
  }
  if (patch.localTime !== undefined && !rule.timed) errors.push({ path: "localTime", message: "this step goes at its event, not at a time of day" });
  if (errors.length > 0) throw new AppError(422, "step_field_not_editable", "These fields cannot take these values for this step", { errors });
  if (patch.templateId !== undefined) {
    const found = await getTemplate(db, tenantId, patch.templateId).catch(() => null);
    if (!found) throw new AppError(422, "unknown_template", "No such template", { errors: [{ path: "templateId", message: "not one of your templates" }] });
  }
  const updated = await db
    .update(messageSteps)
    .set({ ...patch, updatedAt: Date.now() })
    .where(and(eq(messageSteps.tenantId, tenantId), eq(messageSteps.id, id)))
    .returning()
    .get();
  return updated ?? current;
}
