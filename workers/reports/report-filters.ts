import { addDays, daysBetween, todayIn } from "../../shared/domain/dates";
import type { ReservationSource } from "../../shared/domain/reservation-sources";
import { AppError, notFound } from "../platform/errors";
import { refreshMarkedDays } from "./refresh-marked-days";

/** The longest range one report covers: two years of days, both ends included. */
export const MAX_REPORT_DAYS = 731;
/** Without a range, reports cover the last seven days, today included. */
export const DEFAULT_REPORT_DAYS = 7;

export interface ReportQuery {
  from?: string;
  to?: string;
  accommodationId?: string;
  source?: ReservationSource;
  currency?: string;
}

/** A report's filters once checked: days in the tenant's zone, both ends included. */
export interface ReportFilters {
  from: string;
  to: string;
  accommodationId: string | null;
  source: ReservationSource | null;
  /** Every amount's currency: the filter's, else the one the units covered are priced in. */
  currency: string;
}

export interface TenantReportContext {
  tenantId: string;
  timeZone: string;
  currency: string;
  units: { id: string; name: string; currency: string }[];
}

/**
 * Loads the tenant's zone, currency and live units, what every report needs besides its rows, and
 * brings the rows of the days changed since the last report up to date first.
 */
export async function reportContext(d1: D1Database, tenantId: string): Promise<TenantReportContext> {
  const [[tenant, units]] = await Promise.all([
    d1.batch<Record<string, string>>([
      d1.prepare(`SELECT timezone, currency FROM tenants WHERE id = ?1`).bind(tenantId),
      d1.prepare(`SELECT id, name, currency FROM accommodations WHERE tenant_id = ?1 AND deleted_at IS NULL ORDER BY unit_number`).bind(tenantId),
    ]),
    refreshMarkedDays(d1, tenantId),
  ]);
  const row = tenant!.results[0];
  if (!row) throw notFound("Tenant");
  return {
    tenantId,
    timeZone: row.timezone!,
    currency: row.currency!,
    units: units!.results.map((u) => ({ id: u.id!, name: u.name!, currency: u.currency! })),
  };
}

/**
 * Resolves the range (the last seven days by default, in the tenant's zone) and checks the unit
 * belongs to the tenant: another tenant's unit answers 404, as one that does not exist.
 */
export function resolveFilters(context: TenantReportContext, query: ReportQuery, now = new Date()): ReportFilters {
  const today = todayIn(context.timeZone, now);
  const to = query.to ?? (query.from ? addDays(query.from, DEFAULT_REPORT_DAYS - 1) : today);
  const from = query.from ?? addDays(to, -(DEFAULT_REPORT_DAYS - 1));
  if (from > to) throw new AppError(400, "invalid_range", "from must be on or before to", { errors: [{ path: "from", message: "must be on or before to" }] });
  if (daysBetween(from, to) + 1 > MAX_REPORT_DAYS) {
    throw new AppError(400, "range_too_long", `A report covers at most ${MAX_REPORT_DAYS} days`, { errors: [{ path: "to", message: `at most ${MAX_REPORT_DAYS} days after from` }] });
  }
  if (query.accommodationId && !context.units.some((u) => u.id === query.accommodationId)) throw notFound("Accommodation");
  const inScope = query.accommodationId ? context.units.filter((u) => u.id === query.accommodationId) : context.units;
  // Adding pesos to dollars means nothing: units priced in two currencies need one chosen.
  const currencies = [...new Set(inScope.map((u) => u.currency))].sort();
  if (!query.currency && currencies.length > 1) {
    throw new AppError(422, "mixed_currencies", `These units are priced in ${currencies.join(" and ")}; ask for one currency at a time`, { currencies });
  }
  const currency = query.currency ?? currencies[0] ?? context.currency;
  return { from, to, accommodationId: query.accommodationId ?? null, source: query.source ?? null, currency };
}

/** The units a report covers: the one asked for, or every live unit, priced in the report's currency. */
export function unitsOf(context: TenantReportContext, filters: ReportFilters) {
  return context.units.filter((u) => (filters.accommodationId === null || u.id === filters.accommodationId) && u.currency === filters.currency);
}
