import { addDays, todayIn } from "../../shared/domain/dates";
import { unitsOf, type ReportFilters, type TenantReportContext } from "./report-filters";


/**
 * Money taken for extras (late check-out, firewood, ...) in a report's range: every paid extra in
 * the report's currency, on the day it was paid in the tenant's zone, for the units and channel
 * the filters cover. Kept apart from room revenue, so ADR and RevPAR stay the nights' own figures.
 * Paid extras are few per stay, so they are read directly rather than through the daily rows; the
 * read window is widened by a day each side and each payment's local day decides.
 */
export async function extrasRevenue(d1: D1Database, context: TenantReportContext, filters: ReportFilters): Promise<number> {
  const units = new Set(unitsOf(context, filters).map((u) => u.id));
  const since = Date.parse(`${addDays(filters.from, -1)}T00:00:00Z`);
  const until = Date.parse(`${addDays(filters.to, 2)}T00:00:00Z`);
  const { results } = await d1
    .prepare(
      `SELECT p.amount AS amount, p.paid_at AS paidAt, r.accommodation_id AS accommodationId
       FROM upsell_purchases p JOIN reservations r ON r.id = p.reservation_id AND r.tenant_id = p.tenant_id
       WHERE p.tenant_id = ?1 AND p.status = 'paid' AND p.currency = ?2 AND p.paid_at >= ?3 AND p.paid_at < ?4
         AND (?5 IS NULL OR r.source = ?5)`,
    )
    .bind(context.tenantId, filters.currency, since, until, filters.source)
    .all<{ amount: number; paidAt: number; accommodationId: string }>();
  let total = 0;
  for (const row of results) {
    if (!units.has(row.accommodationId)) continue;
    const day = todayIn(context.timeZone, new Date(Number(row.paidAt)));
    if (day >= filters.from && day <= filters.to) total += Number(row.amount);
  }
  return total;
}

