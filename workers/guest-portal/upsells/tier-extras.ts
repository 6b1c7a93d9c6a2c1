import type { Database } from "../../platform/db/client";
import { tierOfStay, type StayContact } from "../../loyalty/reservation-tier";

/** The extras the stay's guest gets at no charge from their loyalty tier (none without a tier). */
export async function freeExtrasFor(db: Database, tenantId: string, stay: StayContact): Promise<Set<string>> {
  return new Set((await tierOfStay(db, tenantId, stay))?.freeExtras ?? []);
}
