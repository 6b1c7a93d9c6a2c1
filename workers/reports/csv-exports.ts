import { addDays, daysBetween } from "../../shared/domain/dates";
import { minorUnitDigits } from "../../shared/domain/currency-units";
import { csvStream, decimal, fraction, safeText, type CsvCell, type CsvDelimiter } from "./csv-stream";
import { ratio } from "./kpis";
import { unitsOf, type ReportFilters, type TenantReportContext } from "./report-filters";

/** Days of daily rows read per page of kpis.csv (× the tenant's units rows each). */
const DAYS_PER_PAGE = 31;
/** Reservations read per page of reservations.csv. */
const RESERVATIONS_PER_PAGE = 500;

export const KPI_CSV_COLUMNS = [
  "date",
  "accommodation_id",
  "accommodation",
  "currency",
  "sold_nights",
  "blocked_nights",
  "available_nights",
  "occupancy",
  "room_revenue",
  "adr",
  "arrivals",
  "cancellations",
  "lapsed_holds",
  "deposits_collected",
  "balance_outstanding",
] as const;

export const RESERVATION_CSV_COLUMNS = [
  "code",
  "status",
  "source",
  "accommodation",
  "check_in",
  "check_out",
  "nights",
  "nights_in_range",
  "guests",
  "guest_name",
  "guest_phone",
  "guest_email",
  "currency",
  "total",
  "room_revenue_in_range",
  "paid",
  "balance",
  "booked_at",
] as const;

interface DayUnitRow {
  day: string;
  accommodationId: string;
  soldNights: number;
  roomRevenue: number;
  blockedNights: number;
  arrivals: number;
  cancellations: number;
  lapsedHolds: number;
  depositsCollected: number;
  balanceOutstanding: number;
}

/**
 * kpis.csv: one line per day and unit, every unit on every day of the range (so the columns add up
 * to the JSON report's totals), read a month at a time. Money in major units.
 */
export async function kpisCsv(d1: D1Database, context: TenantReportContext, filters: ReportFilters, delimiter: CsvDelimiter): Promise<ReadableStream<Uint8Array>> {
  const currency = filters.currency;
  const units = unitsOf(context, filters);
  const digits = minorUnitDigits(currency);
  const money = (minor: number) => decimal(minor, digits, delimiter);

  async function* pages(): AsyncGenerator<CsvCell[][]> {
    for (let first = filters.from; first <= filters.to; first = addDays(first, DAYS_PER_PAGE)) {
      const last = [addDays(first, DAYS_PER_PAGE - 1), filters.to].sort()[0]!;
      const args: unknown[] = [context.tenantId, first, last, currency, filters.source];
      if (filters.accommodationId) args.push(filters.accommodationId);
      const result = await d1
        .prepare(
          `SELECT day, accommodation_id AS accommodationId,
             sum(CASE WHEN ${SALES} THEN sold_nights ELSE 0 END) AS soldNights,
             sum(CASE WHEN ${SALES} THEN room_revenue ELSE 0 END) AS roomRevenue,
             sum(blocked_nights) AS blockedNights,
             sum(CASE WHEN ${SALES} THEN arrivals ELSE 0 END) AS arrivals,
             sum(CASE WHEN ${SALES} THEN cancellations ELSE 0 END) AS cancellations,
             sum(CASE WHEN ${SALES} THEN lapsed_holds ELSE 0 END) AS lapsedHolds,
             sum(CASE WHEN ${SALES} THEN deposits_collected ELSE 0 END) AS depositsCollected,
             sum(CASE WHEN ${SALES} THEN balance_outstanding ELSE 0 END) AS balanceOutstanding
           FROM report_daily WHERE tenant_id = ?1 AND day >= ?2 AND day <= ?3 ${filters.accommodationId ? "AND accommodation_id = ?6" : ""}
           GROUP BY day, accommodation_id`,
        )
        .bind(...args)
        .all<DayUnitRow>();
      const found = new Map(result.results.map((r) => [`${r.day}|${r.accommodationId}`, r]));
      const lines: CsvCell[][] = [];
      for (let i = 0; i <= daysBetween(first, last); i++) {
        const day = addDays(first, i);
        for (const unit of units) {
          const r = found.get(`${day}|${unit.id}`);
          const available = 1 - Math.min(1, r?.blockedNights ?? 0);
          const sold = r?.soldNights ?? 0;
          const revenue = r?.roomRevenue ?? 0;
          lines.push([
            day,
            unit.id,
            safeText(unit.name),
            currency,
            sold,
            r?.blockedNights ?? 0,
            available,
            fraction(ratio(sold, available) ?? 0, delimiter),
            money(revenue),
            money(sold > 0 ? Math.floor(revenue / sold + 0.5) : 0),
            r?.arrivals ?? 0,
            r?.cancellations ?? 0,
            r?.lapsedHolds ?? 0,
            money(r?.depositsCollected ?? 0),
            money(r?.balanceOutstanding ?? 0),
          ]);
        }
      }
      yield lines;
    }
  }
  return csvStream([...KPI_CSV_COLUMNS], pages(), delimiter);
}

/** Rows that are sales in the report's currency and source (?4, ?5); blocks count whatever they are. */
const SALES = `currency = ?4 AND (?5 IS NULL OR source = ?5)`;

interface ReservationLine {
  id: string;
  code: string;
  status: string;
  source: string;
  accommodationId: string;
  checkIn: string;
  checkOut: string;
  guests: number;
  guestName: string;
  guestPhone: string | null;
  guestEmail: string | null;
  currency: string;
  totalAmount: number;
  createdAt: number;
  paid: number;
}

/** A confirmed stay's revenue on the nights [first, end) of its own, spread as report_daily spreads it. */
export function revenueOfNights(total: number, nights: number, first: number, end: number): number {
  if (end <= first) return 0;
  const base = Math.floor(total / nights);
  const extraNights = total % nights;
  return base * (end - first) + Math.max(0, Math.min(end, extraNights) - first);
}

/** The instant as the tenant's local date and time, "YYYY-MM-DD HH:mm" (a spreadsheet reads it as a date). */
function localTime(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}

/**
 * reservations.csv: every reservation with a night in the range (or arriving in it), whatever its
 * status, oldest arrival first, read 500 at a time by keyset. room_revenue_in_range is the share of
 * a confirmed stay's total on the range's nights, so its column adds up to the report's room revenue.
 */
export async function reservationsCsv(d1: D1Database, context: TenantReportContext, filters: ReportFilters, delimiter: CsvDelimiter): Promise<ReadableStream<Uint8Array>> {
  const currency = filters.currency;
  const digits = minorUnitDigits(currency);
  const money = (minor: number) => decimal(minor, digits, delimiter);
  const unitNames = new Map(context.units.map((u) => [u.id, u.name]));
  const rangeEnd = addDays(filters.to, 1);

  async function* pages(): AsyncGenerator<CsvCell[][]> {
    let after: [string, string] = ["", ""];
    for (;;) {
      const args: unknown[] = [context.tenantId, filters.from, filters.to, currency, filters.source, after[0], after[1], RESERVATIONS_PER_PAGE];
      if (filters.accommodationId) args.push(filters.accommodationId);
      const { results } = await d1
        .prepare(
          `SELECT r.id, r.code, r.status, r.source, r.accommodation_id AS accommodationId, r.check_in AS checkIn, r.check_out AS checkOut, r.guests,
             r.guest_name AS guestName, r.guest_phone AS guestPhone, r.guest_email AS guestEmail, r.currency, r.total_amount AS totalAmount, r.created_at AS createdAt,
             coalesce((SELECT sum(CASE WHEN p.kind = 'refund' THEN -p.amount ELSE p.amount END) FROM payments p
               WHERE p.tenant_id = ?1 AND p.reservation_id = r.id
                 AND ((p.kind = 'payment' AND p.status IN ('approved', 'refunded')) OR (p.kind = 'refund' AND p.status = 'refunded'))), 0) AS paid
           FROM reservations r
           WHERE r.tenant_id = ?1 AND r.check_out > ?2 AND r.check_in <= ?3 AND r.currency = ?4 AND (?5 IS NULL OR r.source = ?5)
             AND (r.check_in, r.id) > (?6, ?7) ${filters.accommodationId ? "AND r.accommodation_id = ?9" : ""}
           ORDER BY r.check_in, r.id LIMIT ?8`,
        )
        .bind(...args)
        .all<ReservationLine>();
      if (results.length === 0) return;
      yield results.map((r) => {
        const nights = daysBetween(r.checkIn, r.checkOut);
        const first = Math.max(0, daysBetween(r.checkIn, filters.from));
        const end = Math.min(nights, daysBetween(r.checkIn, rangeEnd));
        const confirmed = r.status === "confirmed";
        return [
          r.code,
          r.status,
          r.source,
          safeText(unitNames.get(r.accommodationId) ?? r.accommodationId),
          r.checkIn,
          r.checkOut,
          nights,
          Math.max(0, end - first),
          r.guests,
          safeText(r.guestName),
          safeText(r.guestPhone),
          safeText(r.guestEmail),
          r.currency,
          money(r.totalAmount),
          money(confirmed ? revenueOfNights(r.totalAmount, nights, first, end) : 0),
          money(r.paid),
          money(confirmed ? Math.max(0, r.totalAmount - r.paid) : 0),
          localTime(r.createdAt, context.timeZone),
        ];
      });
      const last = results[results.length - 1]!;
      after = [last.checkIn, last.id];
      if (results.length < RESERVATIONS_PER_PAGE) return;
    }
  }
  return csvStream([...RESERVATION_CSV_COLUMNS], pages(), delimiter);
}
