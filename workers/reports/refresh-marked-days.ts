import { HAS_MARKS_SQL, RECOMPUTE_MARKED_SQL, TENANTS_WITH_MARKS_SQL } from "../../shared/reports/daily-rows";

/** Tenants one cron run brings up to date; the rest wait for the next run or their next report. */
const TENANTS_PER_SWEEP = 200;

/**
 * Rewrites the report rows of the days the calendars' changes marked for one tenant, all at once.
 * Every report calls it before reading, so a report always includes the last change that reached
 * the read model; a tenant nobody marked pays one indexed probe.
 */
export async function refreshMarkedDays(d1: D1Database, tenantId: string): Promise<boolean> {
  const marked = await d1.prepare(HAS_MARKS_SQL).bind(tenantId).first();
  if (!marked) return false;
  await d1.batch(RECOMPUTE_MARKED_SQL.map((sql) => d1.prepare(sql).bind(tenantId)));
  return true;
}

/** The cron's share: every tenant with marked days, so reports stay cheap to open. */
export async function refreshAllMarkedDays(d1: D1Database): Promise<number> {
  const { results } = await d1.prepare(TENANTS_WITH_MARKS_SQL).bind(TENANTS_PER_SWEEP).all<{ tenant_id: string }>();
  for (const { tenant_id } of results) await refreshMarkedDays(d1, tenant_id);
  return results.length;
}
