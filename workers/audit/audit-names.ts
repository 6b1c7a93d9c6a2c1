import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { accommodations, apiKeys, conversations, guests, icalFeeds, messageSteps, messageTemplates, quotations, reservations, servicePackages, transferReceipts, upsells, users, webhookSubscriptions } from "../platform/db/schema";
import type { AuditRow } from "./audit-log";

/** Who an entry's actor is, in words an owner recognises. */
export interface ActorName {
  name?: string;
  email?: string;
}

/** What an entry's target is called now (a reservation also by its code and dates). */
export interface TargetName {
  name?: string;
  code?: string;
  checkIn?: string;
  checkOut?: string;
}

export interface AuditNames {
  actor(row: AuditRow): ActorName;
  target(row: AuditRow): TargetName;
}

type Nullable<T> = { [K in keyof T]?: T[K] | null };
type Lookup = (db: Database, tenantId: string, ids: string[]) => Promise<Array<{ id: string } & Nullable<TargetName>>>;

/**
 * How each target type (the route's resource, as the audit trail names it) is looked up: one query
 * per type present on the page, scoped to the tenant. Types not listed keep their id only.
 */
const TARGETS: Record<string, Lookup> = {
  accommodations: (db, tenantId, ids) => db.select({ id: accommodations.id, name: accommodations.name }).from(accommodations).where(and(eq(accommodations.tenantId, tenantId), inArray(accommodations.id, ids))).all(),
  reservations: (db, tenantId, ids) =>
    db
      .select({ id: reservations.id, name: reservations.guestName, code: reservations.code, checkIn: reservations.checkIn, checkOut: reservations.checkOut })
      .from(reservations)
      .where(and(eq(reservations.tenantId, tenantId), inArray(reservations.id, ids)))
      .all(),
  // An extra's title is written per language; the owner's own (Spanish first) names it.
  upsells: async (db, tenantId, ids) =>
    (await db.select({ id: upsells.id, title: upsells.title }).from(upsells).where(and(eq(upsells.tenantId, tenantId), inArray(upsells.id, ids))).all()).map((u) => ({
      id: u.id,
      name: u.title.es ?? Object.values(u.title).find(Boolean),
    })),
  packages: (db, tenantId, ids) => db.select({ id: servicePackages.id, name: servicePackages.name }).from(servicePackages).where(and(eq(servicePackages.tenantId, tenantId), inArray(servicePackages.id, ids))).all(),
  templates: (db, tenantId, ids) => db.select({ id: messageTemplates.id, name: messageTemplates.name }).from(messageTemplates).where(and(eq(messageTemplates.tenantId, tenantId), inArray(messageTemplates.id, ids))).all(),
  steps: (db, tenantId, ids) => db.select({ id: messageSteps.id, name: messageSteps.kind }).from(messageSteps).where(and(eq(messageSteps.tenantId, tenantId), inArray(messageSteps.id, ids))).all(),
  team: (db, tenantId, ids) => userNames(db, tenantId, ids),
  users: (db, tenantId, ids) => userNames(db, tenantId, ids),
  "ical-feeds": (db, tenantId, ids) => db.select({ id: icalFeeds.id, name: icalFeeds.name }).from(icalFeeds).where(and(eq(icalFeeds.tenantId, tenantId), inArray(icalFeeds.id, ids))).all(),
  "webhook-subscriptions": (db, tenantId, ids) =>
    db.select({ id: webhookSubscriptions.id, name: webhookSubscriptions.url }).from(webhookSubscriptions).where(and(eq(webhookSubscriptions.tenantId, tenantId), inArray(webhookSubscriptions.id, ids))).all(),
  "api-keys": (db, tenantId, ids) => db.select({ id: apiKeys.id, name: apiKeys.name }).from(apiKeys).where(and(eq(apiKeys.tenantId, tenantId), inArray(apiKeys.id, ids))).all(),
  quotations: (db, tenantId, ids) => db.select({ id: quotations.id, name: quotations.groupName, checkIn: quotations.checkIn, checkOut: quotations.checkOut }).from(quotations).where(and(eq(quotations.tenantId, tenantId), inArray(quotations.id, ids))).all(),
  conversations: async (db, tenantId, ids) =>
    (await db.select({ id: conversations.id, name: conversations.guestName, address: conversations.guestAddress }).from(conversations).where(and(eq(conversations.tenantId, tenantId), inArray(conversations.id, ids))).all()).map((c) => ({
      id: c.id,
      name: c.name ?? c.address,
    })),
  guests: (db, tenantId, ids) => db.select({ id: guests.id, name: guests.name }).from(guests).where(and(eq(guests.tenantId, tenantId), inArray(guests.id, ids))).all(),
  // A receipt is named by the stay it pays for.
  "transfer-receipts": (db, tenantId, ids) =>
    db
      .select({ id: transferReceipts.id, name: reservations.guestName, code: reservations.code, checkIn: reservations.checkIn, checkOut: reservations.checkOut })
      .from(transferReceipts)
      .innerJoin(reservations, eq(reservations.id, transferReceipts.reservationId))
      .where(and(eq(transferReceipts.tenantId, tenantId), inArray(transferReceipts.id, ids)))
      .all(),
};

function userNames(db: Database, tenantId: string, ids: string[]) {
  return db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.tenantId, tenantId), inArray(users.id, ids))).all();
}

/** The fields that have a value (an unnamed person has no `name` rather than an empty one). */
const present = <T extends object>(value: T): { [K in keyof T]?: NonNullable<T[K]> } => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined && v !== "")) as never;

/**
 * The names behind a page of entries: people by name and email (also those removed from the team
 * since), keys by the name they were given, targets by what they are called today. A target
 * deleted for good keeps its id only.
 */
export async function auditNames(db: Database, tenantId: string, rows: readonly AuditRow[]): Promise<AuditNames> {
  const userIds = [...new Set(rows.filter((r) => r.actorType === "user").map((r) => r.actorId))];
  const keyIds = [...new Set(rows.filter((r) => r.actorType === "api_key").map((r) => r.actorId))];
  const byType = new Map<string, Set<string>>();
  for (const row of rows) if (row.targetType && row.targetId && TARGETS[row.targetType]) byType.set(row.targetType, (byType.get(row.targetType) ?? new Set()).add(row.targetId));

  const [people, keys, targets] = await Promise.all([
    userIds.length ? db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(and(eq(users.tenantId, tenantId), inArray(users.id, userIds))).all() : [],
    keyIds.length ? db.select({ id: apiKeys.id, name: apiKeys.name }).from(apiKeys).where(and(eq(apiKeys.tenantId, tenantId), inArray(apiKeys.id, keyIds))).all() : [],
    Promise.all([...byType].map(async ([type, ids]) => [type, await TARGETS[type]!(db, tenantId, [...ids])] as const)),
  ]);
  const actors = new Map<string, ActorName>([...people.map((p) => [p.id, present({ name: p.name, email: p.email })] as const), ...keys.map((k) => [k.id, present({ name: k.name })] as const)]);
  const named = new Map<string, TargetName>();
  for (const [type, found] of targets) for (const { id, ...name } of found) named.set(`${type}:${id}`, present(name) as TargetName);
  return {
    actor: (row) => actors.get(row.actorId) ?? {},
    target: (row) => (row.targetType && row.targetId ? (named.get(`${row.targetType}:${row.targetId}`) ?? {}) : {}),
  };
}
