import { and, asc, eq } from "drizzle-orm";
import { newId } from "../../../shared/ids";
import type { Database } from "../../platform/db/client";
import { upsells, type LocalizedText } from "../../platform/db/schema";
import { notFound } from "../../platform/errors";

export type UpsellRow = typeof upsells.$inferSelect;

export interface UpsellInput {
  kind: UpsellRow["kind"];
  title: LocalizedText;
  description: LocalizedText;
  price: number;
  currency: string;
  accommodationIds: string[] | null;
  offeredWhen: UpsellRow["offeredWhen"];
  requiresApproval: boolean;
  active: boolean;
}

export async function listUpsells(db: Database, tenantId: string): Promise<UpsellRow[]> {
  return db.select().from(upsells).where(eq(upsells.tenantId, tenantId)).orderBy(asc(upsells.createdAt)).all();
}

export async function getUpsell(db: Database, tenantId: string, id: string): Promise<UpsellRow> {
  const row = await db.select().from(upsells).where(and(eq(upsells.tenantId, tenantId), eq(upsells.id, id))).get();
  if (!row) throw notFound("Upsell");
  return row;
}

export async function createUpsell(db: Database, tenantId: string, input: UpsellInput, now = Date.now()): Promise<UpsellRow> {
  return db.insert(upsells).values({ id: newId("ups", now), tenantId, ...input, createdAt: now, updatedAt: now }).returning().get();
}

export async function updateUpsell(db: Database, tenantId: string, id: string, input: Partial<UpsellInput>, now = Date.now()): Promise<UpsellRow> {
  const row = await db.update(upsells).set({ ...input, updatedAt: now }).where(and(eq(upsells.tenantId, tenantId), eq(upsells.id, id))).returning().get();
  if (!row) throw notFound("Upsell");
  return row;
}

/** Deletes an extra from the catalog; purchases keep their own copy of its name and price. */
export async function deleteUpsell(db: Database, tenantId: string, id: string): Promise<void> {
  const removed = await db.delete(upsells).where(and(eq(upsells.tenantId, tenantId), eq(upsells.id, id))).returning({ id: upsells.id }).all();
  if (removed.length === 0) throw notFound("Upsell");
}
