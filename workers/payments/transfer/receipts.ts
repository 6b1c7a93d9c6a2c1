import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { reservations, transferReceipts } from "../../platform/db/schema";
import { notFound } from "../../platform/errors";

export type ReceiptRow = typeof transferReceipts.$inferSelect;

/** The tenant's receipts, newest first, each with the reservation it pays (from the read model). */
export async function listReceipts(db: Database, tenantId: string, filters: { id?: string; status?: ReceiptRow["status"]; reservationId?: string }) {
  const conditions: SQL[] = [eq(transferReceipts.tenantId, tenantId)];
  if (filters.id) conditions.push(eq(transferReceipts.id, filters.id));
  if (filters.status) conditions.push(eq(transferReceipts.status, filters.status));
  if (filters.reservationId) conditions.push(eq(transferReceipts.reservationId, filters.reservationId));
  const rows = await db
    .select({ receipt: transferReceipts, reservation: reservations })
    .from(transferReceipts)
    .leftJoin(reservations, and(eq(reservations.tenantId, transferReceipts.tenantId), eq(reservations.id, transferReceipts.reservationId)))
    .where(and(...conditions))
    .orderBy(desc(transferReceipts.createdAt))
    .limit(200)
    .all();
  return rows;
}

/** One of the tenant's receipts, or 404 (another tenant's id included). */
export async function getReceipt(db: Database, tenantId: string, receiptId: string): Promise<ReceiptRow> {
  const row = await db.select().from(transferReceipts).where(and(eq(transferReceipts.tenantId, tenantId), eq(transferReceipts.id, receiptId))).get();
  if (!row) throw notFound("Receipt");
  return row;
}
