import { desc, eq, lt, sql } from "drizzle-orm";
import type { RoomSummary } from "../../durable-objects/quotations/quotation-room";
import type { ComposeInput } from "../../shared/quotations/room";
import type { QuotationRequest } from "../../shared/quotations/model";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { quotationPartners, quotations } from "../platform/db/schema";
import type { Config, Env } from "../platform/env";
import { AppError } from "../platform/errors";
import { findTenant } from "../tenancy/tenants";
import { proposeOwnUnits } from "./own-units";
import { roomOf, unwrap } from "./room-client";
import { sendQuotationEmail } from "./emails";

export type NewQuotation = Omit<QuotationRequest, "currency" | "language"> & { language?: QuotationRequest["language"] };

/** Keeps the tenant's list in step with the room; a write older than the row's changes nothing. */
export async function mirrorQuotation(db: Database, summary: RoomSummary) {
  const row = { ...summary };
  await db
    .insert(quotations)
    .values(row)
    .onConflictDoUpdate({ target: quotations.id, set: { status: row.status, updatedAt: row.updatedAt }, setWhere: lt(quotations.updatedAt, row.updatedAt) });
}

/** Opens a quotation's room with the tenant's own free units proposed at their prices, and lists it. */
export async function createQuotation(env: Env, db: Database, config: Config, tenantId: string, input: NewQuotation) {
  if (input.checkIn >= input.checkOut) throw new AppError(400, "invalid_range", "checkOut must be after checkIn");
  if (Date.parse(input.deadline) <= Date.now()) throw new AppError(422, "deadline_in_the_past", "The deadline for offers must be in the future");
  const tenant = await findTenant(db, tenantId);
  if (!tenant) throw new AppError(404, "not_found", "Tenant not found");
  // Deadlines are kept in UTC, so the reminder sweep compares them as text.
  const request: QuotationRequest = { ...input, deadline: new Date(input.deadline).toISOString(), currency: tenant.currency, language: input.language ?? "es" };
  const id = newId("qtn");
  const ownOffer = await proposeOwnUnits(env.DB, tenantId, request);
  const created = unwrap(await roomOf(env, id).create({ id, tenantId, tenantName: tenant.name, request, ownOffer }));
  await mirrorQuotation(db, created.summary);
  if (request.contact.email) {
    await sendQuotationEmail(db, env, config, tenantId, { kind: "quotation_created", to: request.contact.email, lang: request.language, key: `created:${id}`, params: paramsOf(tenant.name, request) });
  }
  return created.snapshot;
}

export function paramsOf(lodging: string, request: Pick<QuotationRequest, "groupName" | "checkIn" | "checkOut" | "people">) {
  return { lodging, groupName: request.groupName, checkIn: request.checkIn, checkOut: request.checkOut, people: request.people };
}

export async function listQuotations(db: Database, tenantId: string) {
  return db.select().from(quotations).where(eq(quotations.tenantId, tenantId)).orderBy(desc(quotations.createdAt)).limit(200).all();
}

export async function getQuotation(env: Env, tenantId: string, id: string) {
  if (!id.startsWith("qtn_")) throw new AppError(404, "not_found", "Quotation not found");
  return unwrap(await roomOf(env, id).operatorView({ tenantId })).snapshot;
}

/** The tenant's saved partner lodgings. */
export async function listPartners(db: Database, tenantId: string) {
  return db.select().from(quotationPartners).where(eq(quotationPartners.tenantId, tenantId)).orderBy(quotationPartners.name).all();
}

/**
 * Invites a partner lodging: saved in the tenant's partner list (the same email is the same
 * partner next time), given a link of its own into the room, and emailed it.
 */
export async function invitePartner(env: Env, db: Database, config: Config, tenantId: string, quotationId: string, input: { name: string; email: string; phone?: string; language?: "es" | "pt" | "en" }) {
  if (!quotationId.startsWith("qtn_")) throw new AppError(404, "not_found", "Quotation not found");
  const email = input.email.trim().toLowerCase();
  const saved = await db
    .insert(quotationPartners)
    .values({ id: newId("ptn"), tenantId, name: input.name, email, phone: input.phone ?? null })
    .onConflictDoUpdate({ target: [quotationPartners.tenantId, quotationPartners.email], set: { name: input.name, phone: sql`coalesce(${input.phone ?? null}, ${quotationPartners.phone})` } })
    .returning()
    .get();
  const partner = { id: saved.id, name: saved.name, email, language: input.language ?? "es" };
  const answer = unwrap(await roomOf(env, quotationId).operatorCommand({ tenantId, command: { kind: "invite", partner } }));
  await mirrorQuotation(db, answer.summary);
  const token = answer.token!;
  const link = `${config.publicBaseUrl}/q/${token}`;
  const request = answer.snapshot.request!;
  await sendQuotationEmail(db, env, config, tenantId, {
    kind: "partner_invitation",
    to: email,
    lang: partner.language,
    key: `invite:${quotationId}:${partner.id}`,
    params: { ...paramsOf(answer.snapshot.lodging, request), link, deadline: request.deadline.slice(0, 10) },
  });
  return { partnerId: partner.id, link, token };
}

/** Opens a draft for offers by hand: a package of the tenant's own units needs no partner. */
export async function openQuotation(env: Env, db: Database, tenantId: string, quotationId: string) {
  const answer = unwrap(await roomOf(env, quotationId).operatorCommand({ tenantId, command: { kind: "open" } }));
  await mirrorQuotation(db, answer.summary);
  return answer.snapshot;
}

export async function composeQuotation(env: Env, db: Database, tenantId: string, quotationId: string, input: ComposeInput) {
  const answer = unwrap(await roomOf(env, quotationId).operatorCommand({ tenantId, command: { kind: "compose", input } }));
  await mirrorQuotation(db, answer.summary);
  return answer.snapshot;
}

/** Sends the composed package: the client gets a link to see and approve it, by email when there is one. */
export async function sendQuotation(env: Env, db: Database, config: Config, tenantId: string, quotationId: string) {
  const answer = unwrap(await roomOf(env, quotationId).operatorCommand({ tenantId, command: { kind: "send" } }));
  await mirrorQuotation(db, answer.summary);
  const link = `${config.publicBaseUrl}/c/${answer.token}`;
  const state = await roomOf(env, quotationId).internalState({ tenantId });
  if (state?.request.contact.email && state.composition) {
    await sendQuotationEmail(db, env, config, tenantId, {
      kind: "quotation_sent",
      to: state.request.contact.email,
      lang: state.request.language,
      key: `sent:${quotationId}:${answer.snapshot.seq}`,
      params: { ...paramsOf(state.tenantName, state.request), link, amount: state.composition.price },
    });
  }
  return { ...answer.snapshot, clientLink: link, clientToken: answer.token! };
}

export async function postOperatorMessage(env: Env, tenantId: string, quotationId: string, input: { to: string | null; text: string }) {
  return unwrap(await roomOf(env, quotationId).operatorCommand({ tenantId, command: { kind: "message", messageId: newId("msg"), ...input } })).snapshot;
}
