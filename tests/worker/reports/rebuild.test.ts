import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MARK_RANGE_SQL, RECOMPUTE_MARKED_SQL } from "../../../shared/reports/daily-rows";
import { rebuildReportRows } from "../../../workers/reports/rebuild";
import { refreshMarkedDays } from "../../../workers/reports/refresh-marked-days";
import { call } from "../support/api";
import { settleReadModel } from "../support/calendar";
import { futureDate } from "../support/reservations";
import { createTenant } from "../support/tenant";
import { buildSeason, kpis, MARCH } from "./season";

async function reportRows(tenantId: string) {
  const { results } = await env.DB.prepare(`SELECT * FROM report_daily WHERE tenant_id = ? ORDER BY day, accommodation_id, source, currency`).bind(tenantId).all();
  return results;
}

describe("daily report rows", () => {
  it("kept from the days the calendars' changes mark equal a rebuild from scratch, also after a stay moves and after rows go bad", async () => {
    const tenant = await createTenant();
    const season = await buildSeason(tenant);
    // Moving A3 three days later: its old nights must lose their revenue, the new ones gain it.
    const moved = await call("PATCH", `/v1/reservations/${season.ids.A3}`, { token: tenant.token, body: { checkIn: futureDate("03-14"), checkOut: futureDate("03-17") } });
    expect(moved.status).toBe(200);
    await settleReadModel(season.unitA);

    const series = (await kpis(tenant.token, { ...MARCH, currency: "ARS" })).json.series as { date: string; soldNights: number }[];
    const incremental = await reportRows(tenant.tenantId);
    expect(incremental.length).toBeGreaterThan(10);
    expect(series.find((s) => s.date === futureDate("03-10"))!.soldNights).toBe(0);
    expect(series.find((s) => s.date === futureDate("03-14"))!.soldNights).toBe(1);

    await env.DB.prepare(`DELETE FROM report_daily WHERE tenant_id = ?`).bind(tenant.tenantId).run();
    await rebuildReportRows(env.DB, tenant.tenantId);
    expect(await reportRows(tenant.tenantId)).toEqual(incremental);

    await env.DB.prepare(`UPDATE report_daily SET room_revenue = room_revenue + 7, sold_nights = 9 WHERE tenant_id = ?`).bind(tenant.tenantId).run();
    await env.DB.prepare(`INSERT INTO report_daily (tenant_id, accommodation_id, day, source, currency, sold_nights) VALUES (?, ?, '1999-01-01', 'direct', 'ARS', 5)`).bind(tenant.tenantId, season.unitA).run();
    await rebuildReportRows(env.DB, tenant.tenantId);
    expect(await reportRows(tenant.tenantId)).toEqual(incremental);
  });

  it("recomputing days again (an outbox batch replayed) changes nothing, and touches no other tenant", async () => {
    const tenant = await createTenant();
    const season = await buildSeason(tenant);
    const bystander = await createTenant();
    await buildSeason(bystander);
    for (const { tenantId } of [tenant, bystander]) await refreshMarkedDays(env.DB, tenantId);
    const before = await reportRows(tenant.tenantId);
    const theirs = await reportRows(bystander.tenantId);

    const replay = [
      env.DB.prepare(MARK_RANGE_SQL).bind(tenant.tenantId, season.unitA, futureDate("02-01"), futureDate("05-01")),
      env.DB.prepare(MARK_RANGE_SQL).bind(tenant.tenantId, season.unitB, futureDate("03-01"), futureDate("03-02")),
      ...RECOMPUTE_MARKED_SQL.map((sql) => env.DB.prepare(sql).bind(tenant.tenantId)),
    ];
    await env.DB.batch(replay);
    await env.DB.batch(replay);
    expect(await reportRows(tenant.tenantId)).toEqual(before);
    expect(await reportRows(bystander.tenantId)).toEqual(theirs);
    const pending = env.DB.prepare(`SELECT count(*) AS n FROM report_refresh WHERE tenant_id IN (?, ?)`).bind(tenant.tenantId, bystander.tenantId);
    expect((await pending.first<{ n: number }>())!.n).toBe(0);
  });
});
