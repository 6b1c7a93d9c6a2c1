import { DELETE_MARKED_ROWS_SQL, INSERT_MARKED_ROWS_SQL, CLEAR_MARKS_SQL, MARK_WHOLE_TENANT_SQL } from "../../shared/reports/daily-rows";

/** Every statement of a tenant's rebuild, in order: the rows dropped, then every unit's span recomputed. */
export const REBUILD_TENANT_SQL = [
  `DELETE FROM report_daily WHERE tenant_id = ?1`,
  CLEAR_MARKS_SQL,
  MARK_WHOLE_TENANT_SQL,
  DELETE_MARKED_ROWS_SQL,
  INSERT_MARKED_ROWS_SQL,
  CLEAR_MARKS_SQL,
] as const;

/**
 * Recomputes a tenant's daily report rows from scratch out of the read model, in one batch (one
 * transaction: reports never see the rows half rebuilt), with the same SQL the calendars' outbox
 * runs for the days each change touches. `npm run reports:rebuild` runs these statements too.
 */
export async function rebuildReportRows(d1: D1Database, tenantId: string): Promise<{ rows: number }> {
  await d1.batch(REBUILD_TENANT_SQL.map((sql) => d1.prepare(sql).bind(tenantId)));
  const row = await d1.prepare(`SELECT count(*) AS rows FROM report_daily WHERE tenant_id = ?1`).bind(tenantId).first<{ rows: number }>();
  return { rows: row?.rows ?? 0 };
}
