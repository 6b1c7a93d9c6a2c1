import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { payments } from "../platform/db/schema";

/** Approved payments less money given back, per reservation, in the reservation's currency (minor units). */
const receivedExpression = sql<number>`coalesce(sum(CASE
  WHEN ${payments.kind} = 'payment' AND ${payments.status} = 'approved' THEN ${payments.amount}
  WHEN ${payments.kind} = 'refund' AND ${payments.status} = 'refunded' THEN -${payments.amount}
  ELSE 0 END), 0)`;

export async function moneyReceived(db: Database, tenantId: string, reservationId: string): Promise<number> {
  const row = await db.select({ received: receivedExpression }).from(payments).where(and(eq(payments.tenantId, tenantId), eq(payments.reservationId, reservationId))).get();
  return row?.received ?? 0;
}

/**
 * The same for every reservation of a tenant that has payments, or only for the given ones (at most
 * 99 ids: D1 binds 100 parameters).
 */
export async function moneyReceivedByReservation(db: Database, tenantId: string, reservationIds?: string[]): Promise<Map<string, number>> {
  if (reservationIds?.length === 0) return new Map();
  return receivedByReservation(await moneyReceivedQuery(db, tenantId, reservationIds).all());
}

/** The statement behind moneyReceivedByReservation, for a caller's batch (at least one id). */
export function moneyReceivedQuery(db: Database, tenantId: string, reservationIds?: string[]) {
  return db
    .select({ reservationId: payments.reservationId, received: receivedExpression })
    .from(payments)
    .where(and(eq(payments.tenantId, tenantId), reservationIds ? inArray(payments.reservationId, reservationIds) : undefined))
    .groupBy(payments.reservationId);
}

/** What moneyReceivedQuery read, by reservation. */
export function receivedByReservation(rows: ReadonlyArray<{ reservationId: string; received: number }>): Map<string, number> {
  return new Map(rows.map((r) => [r.reservationId, r.received]));
}
