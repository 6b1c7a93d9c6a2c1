import { daysBetween } from "../../shared/domain/dates";
import type { Money } from "../../shared/domain/money";
import { oldestFeedSyncOf } from "../ical/sync-health";
import { extrasRevenue } from "./extras-revenue";
import { packageSales } from "./package-sales";
import { bookingFunnel, type BookingFunnel } from "./funnel";
import { unitsOf, type ReportFilters, type TenantReportContext } from "./report-filters";

/** The summed columns of report_daily, as one group of rows adds them up. */
interface DailySums {
  soldNights: number;
  roomRevenue: number;
  blockedNights: number;
  channelNights: number;
  reservations: number;
  arrivals: number;
  arrivalNights: number;
  leadDays: number;
  cancellations: number;
  lapsedHolds: number;
  depositsCollected: number;
  balanceOutstanding: number;
}

const SUM_COLUMNS = `sum(sold_nights) AS soldNights, sum(room_revenue) AS roomRevenue, sum(blocked_nights) AS blockedNights, sum(channel_nights) AS channelNights,
  sum(reservations) AS reservations, sum(arrivals) AS arrivals, sum(arrival_nights) AS arrivalNights, sum(lead_days) AS leadDays,
  sum(cancellations) AS cancellations, sum(lapsed_holds) AS lapsedHolds, sum(deposits_collected) AS depositsCollected, sum(balance_outstanding) AS balanceOutstanding`;

const zeroSums = (): DailySums => ({
  soldNights: 0,
  roomRevenue: 0,
  blockedNights: 0,
  channelNights: 0,
  reservations: 0,
  arrivals: 0,
  arrivalNights: 0,
  leadDays: 0,
  cancellations: 0,
  lapsedHolds: 0,
  depositsCollected: 0,
  balanceOutstanding: 0,
});

function addSums(into: DailySums, row: Partial<DailySums>): void {
  for (const key of Object.keys(into) as (keyof DailySums)[]) into[key] += Number(row[key] ?? 0);
}

export interface KpiReport {
  filters: ReportFilters;
  currency: string;
  occupancy: number;
  adr: Money;
  revpar: Money;
  roomRevenue: Money;
  extrasRevenue: Money;
  depositsCollected: Money;
  balanceOutstanding: Money;
  soldNights: number;
  availableNights: number;
  blockedNights: number;
  channelNights: number;
  unitNights: number;
  arrivals: number;
  averageLengthOfStay: number | null;
  averageLeadTimeDays: number | null;
  reservations: number;
  cancellations: number;
  cancellationRate: number | null;
  lapsedHolds: number;
  lapsedHoldRate: number | null;
  bySource: { source: string; reservations: number; soldNights: number; roomRevenue: Money }[];
  byPackage: { packageId: string; name: string; reservations: number; nights: number; revenue: Money }[];
  byUnit: { accommodationId: string; name: string; soldNights: number; availableNights: number; occupancy: number; roomRevenue: Money; adr: Money }[];
  funnel: BookingFunnel;
  series: { date: string; occupancy: number; roomRevenue: Money; soldNights: number; availableNights: number }[];
  icalSync: { feeds: number; oldestSyncAgeSeconds: number | null };
}

/** A ratio rounded to four decimals, or null when there is nothing to divide by. */
export const ratio = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);
/** Money per unit, rounded half-up to the minor unit. */
const perUnit = (amount: number, count: number): number => (count > 0 ? Math.floor(amount / count + 0.5) : 0);

interface GroupRow extends DailySums {
  accommodationId: string;
  source: string;
  currency: string;
}

/** Rows of the range: by unit, source and currency; the caller filters by source and currency. */
async function groupedRows(d1: D1Database, tenantId: string, filters: ReportFilters): Promise<GroupRow[]> {
  const unitFilter = filters.accommodationId ? `AND accommodation_id = ?4` : "";
  const statement = d1.prepare(
    `SELECT accommodation_id AS accommodationId, source, currency, ${SUM_COLUMNS}
     FROM report_daily WHERE tenant_id = ?1 AND day >= ?2 AND day <= ?3 ${unitFilter}
     GROUP BY accommodation_id, source, currency`,
  );
  const bound = filters.accommodationId ? statement.bind(tenantId, filters.from, filters.to, filters.accommodationId) : statement.bind(tenantId, filters.from, filters.to);
  return (await bound.all<GroupRow>()).results;
}

async function dailySeries(d1: D1Database, tenantId: string, filters: ReportFilters, currency: string) {
  const unitFilter = filters.accommodationId ? `AND accommodation_id = ?6` : "";
  // Blocks carry no source or currency: they count whatever the filters, and sales only when they match.
  const statement = d1.prepare(
    `SELECT day,
       sum(CASE WHEN currency = ?4 AND (?5 IS NULL OR source = ?5) THEN sold_nights ELSE 0 END) AS soldNights,
       sum(CASE WHEN currency = ?4 AND (?5 IS NULL OR source = ?5) THEN room_revenue ELSE 0 END) AS roomRevenue,
       sum(blocked_nights) AS blockedNights
     FROM report_daily WHERE tenant_id = ?1 AND day >= ?2 AND day <= ?3 ${unitFilter}
       AND accommodation_id IN (SELECT id FROM accommodations WHERE tenant_id = ?1 AND deleted_at IS NULL AND currency = ?4)
     GROUP BY day`,
  );
  const args: unknown[] = [tenantId, filters.from, filters.to, currency, filters.source];
  if (filters.accommodationId) args.push(filters.accommodationId);
  return (await statement.bind(...args).all<{ day: string; soldNights: number; roomRevenue: number; blockedNights: number }>()).results;
}

/** Every day from `from` to `to`, both included. */
function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  const start = Date.parse(`${from}T00:00:00Z`);
  for (let i = 0; i <= daysBetween(from, to); i++) days.push(new Date(start + i * 86_400_000).toISOString().slice(0, 10));
  return days;
}

/**
 * The KPIs of a range, from the daily rows (never from every reservation): a few grouped reads
 * whatever the tenant's size. The funnel and the iCal sync age read their own small tables.
 */
export async function kpiReport(d1: D1Database, context: TenantReportContext, filters: ReportFilters, now = Date.now()): Promise<KpiReport> {
  const currency = filters.currency;
  const [rows, series, funnel, ical, extras, packages] = await Promise.all([
    groupedRows(d1, context.tenantId, filters),
    dailySeries(d1, context.tenantId, filters, currency),
    bookingFunnel(d1, context.tenantId, now),
    oldestFeedSyncOf(d1, context.tenantId),
    extrasRevenue(d1, context, filters),
    packageSales(d1, context, filters),
  ]);
  const units = unitsOf(context, filters);
  const dayCount = daysBetween(filters.from, filters.to) + 1;
  const sales = (r: GroupRow) => r.currency === currency && (filters.source === null || r.source === filters.source);

  const totals = zeroSums();
  const bySource = new Map<string, DailySums>();
  const byUnit = new Map<string, DailySums>(units.map((u) => [u.id, zeroSums()]));
  for (const row of rows) {
    const unit = byUnit.get(row.accommodationId);
    // A deleted unit's nights are no longer for sale: it leaves the report as it leaves the console.
    if (!unit) continue;
    if (row.currency === "") {
      // Blocks and channel nights: part of every view of the units they are on.
      addSums(totals, { blockedNights: row.blockedNights, channelNights: row.channelNights });
      addSums(unit, { blockedNights: row.blockedNights, channelNights: row.channelNights });
      continue;
    }
    if (!sales(row)) continue;
    addSums(totals, row);
    addSums(unit, row);
    const source = bySource.get(row.source) ?? zeroSums();
    addSums(source, row);
    bySource.set(row.source, source);
  }

  const unitNights = units.length * dayCount;
  const availableNights = Math.max(0, unitNights - totals.blockedNights);
  const money = (amount: number): Money => ({ amount, currency });
  const seriesByDay = new Map(series.map((s) => [s.day, s]));

  return {
    filters,
    currency,
    occupancy: ratio(totals.soldNights, availableNights) ?? 0,
    adr: money(perUnit(totals.roomRevenue, totals.soldNights)),
    revpar: money(perUnit(totals.roomRevenue, availableNights)),
    roomRevenue: money(totals.roomRevenue),
    extrasRevenue: money(extras),
    depositsCollected: money(totals.depositsCollected),
    balanceOutstanding: money(totals.balanceOutstanding),
    soldNights: totals.soldNights,
    availableNights,
    blockedNights: totals.blockedNights,
    channelNights: totals.channelNights,
    unitNights,
    arrivals: totals.arrivals,
    averageLengthOfStay: ratio(totals.arrivalNights, totals.arrivals),
    averageLeadTimeDays: ratio(totals.leadDays, totals.arrivals),
    reservations: totals.reservations,
    cancellations: totals.cancellations,
    cancellationRate: ratio(totals.cancellations, totals.arrivals + totals.cancellations),
    lapsedHolds: totals.lapsedHolds,
    lapsedHoldRate: ratio(totals.lapsedHolds, totals.reservations),
    bySource: [...bySource.entries()]
      .map(([source, s]) => ({ source, reservations: s.arrivals, soldNights: s.soldNights, roomRevenue: money(s.roomRevenue) }))
      .sort((a, b) => b.roomRevenue.amount - a.roomRevenue.amount || a.source.localeCompare(b.source)),
    byPackage: packages.map((p) => ({ packageId: p.packageId, name: p.name, reservations: p.reservations, nights: p.nights, revenue: money(p.revenue) })),
    byUnit: units.map((u) => {
      const s = byUnit.get(u.id)!;
      const available = Math.max(0, dayCount - s.blockedNights);
      return {
        accommodationId: u.id,
        name: u.name,
        soldNights: s.soldNights,
        availableNights: available,
        occupancy: ratio(s.soldNights, available) ?? 0,
        roomRevenue: money(s.roomRevenue),
        adr: money(perUnit(s.roomRevenue, s.soldNights)),
      };
    }),
    funnel,
    series: eachDay(filters.from, filters.to).map((date) => {
      const day = seriesByDay.get(date);
      const available = Math.max(0, units.length - (day?.blockedNights ?? 0));
      return { date, occupancy: ratio(day?.soldNights ?? 0, available) ?? 0, roomRevenue: money(day?.roomRevenue ?? 0), soldNights: day?.soldNights ?? 0, availableNights: available };
    }),
    icalSync: { feeds: ical.feeds, oldestSyncAgeSeconds: ical.oldest === null ? null : Math.max(0, Math.round((now - ical.oldest) / 1000)) },
  };
}
