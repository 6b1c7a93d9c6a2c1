import { createScheduledController, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { readModelStatements, type StayMirror } from "../../../durable-objects/calendar/read-model-sync";
import worker from "../../../workers/index";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { settleReadModel } from "../support/calendar";
import { futureDate, hold } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";
import { kpis, NIGHT } from "./season";

const JULY = { from: futureDate("07-01"), to: futureDate("07-31"), currency: "ARS" };

async function marks(tenantId: string) {
  return (await env.DB.prepare(`SELECT count(*) AS n FROM report_refresh WHERE tenant_id = ?1`).bind(tenantId).first<{ n: number }>())!.n;
}

async function soldRows(tenantId: string) {
  return (await env.DB.prepare(`SELECT coalesce(sum(sold_nights), 0) AS n FROM report_daily WHERE tenant_id = ?1`).bind(tenantId).first<{ n: number }>())!.n;
}

async function confirmedStay(tenant: TestTenant, unit: string, checkIn: string, checkOut: string) {
  const held = await hold(tenant, unit, futureDate(checkIn), futureDate(checkOut));
  expect(held.status).toBe(201);
  const confirmed = await call("POST", `/v1/reservations/${held.json.id}/confirm`, { token: tenant.token, body: { payment: { amount: { amount: NIGHT, currency: "ARS" }, method: "cash" } } });
  expect(confirmed.status).toBe(200);
  await settleReadModel(unit);
}

describe("report rows of the days a change marked", () => {
  it("cost a new stay one marking statement (it was never stored with other dates) and a changed stay two", () => {
    const prepared: string[] = [];
    const db = { prepare: (sql: string) => (prepared.push(sql), { bind: () => ({}) }) } as unknown as D1Database;
    const state = { id: "stay_1", tenant_id: "ten_1", accommodation_id: "acc_1", kind: "reservation", status: "held", check_in: "2031-08-03", check_out: "2031-08-05", expires_at: null, feed_id: null, note: null, version: 1 };
    const marking = (version: number) => {
      prepared.length = 0;
      readModelStatements(db, "ten_1", [{ state: { ...state, version } as StayMirror["state"], reservation: null }], [], 0);
      return prepared.filter((sql) => sql.includes("report_refresh")).length;
    };
    expect(marking(1)).toBe(1);
    expect(marking(2)).toBe(2);
  });

  it("are marked once for a new hold, and for both ranges when its dates move", async () => {
    const tenant = await createTenant();
    const unit = await createAccommodation(tenant, { minStay: 1, pricing: {}, basePrice: { amount: NIGHT, currency: "ARS" } });
    const held = await hold(tenant, unit, futureDate("08-03"), futureDate("08-05"));
    expect(held.status).toBe(201);
    await settleReadModel(unit);
    const ranges = () => env.DB.prepare(`SELECT from_day AS "from", to_day AS "to" FROM report_refresh WHERE tenant_id = ?1 ORDER BY from_day`).bind(tenant.tenantId).all<{ from: string; to: string }>();
    expect((await ranges()).results).toEqual([{ from: futureDate("08-03"), to: futureDate("08-05") }]);

    const moved = await call("PATCH", `/v1/reservations/${held.json.id}`, { token: tenant.token, body: { checkIn: futureDate("08-10"), checkOut: futureDate("08-12") } });
    expect(moved.status, moved.text).toBe(200);
    await settleReadModel(unit);
    // The days it left and the days it took are both recomputed.
    expect((await ranges()).results).toEqual(
      expect.arrayContaining([
        { from: futureDate("08-03"), to: futureDate("08-05") },
        { from: futureDate("08-10"), to: futureDate("08-12") },
      ]),
    );
    expect((await kpis(tenant.token, { from: futureDate("08-01"), to: futureDate("08-31"), currency: "ARS" })).status).toBe(200);
  });

  it("are recomputed when a report is read, many changes at once, and the marks are cleared", async () => {
    const tenant = await createTenant();
    const unit = await createAccommodation(tenant, { minStay: 1, pricing: {}, basePrice: { amount: NIGHT, currency: "ARS" } });
    await confirmedStay(tenant, unit, "07-03", "07-05");
    await confirmedStay(tenant, unit, "07-10", "07-13");

    // The read model has both stays; the report rows wait for a reader.
    expect(await marks(tenant.tenantId)).toBeGreaterThan(0);
    expect(await soldRows(tenant.tenantId)).toBe(0);

    const report = await kpis(tenant.token, JULY);
    expect(report.status).toBe(200);
    expect(report.json.soldNights).toBe(5);
    expect(await marks(tenant.tenantId)).toBe(0);
    expect(await soldRows(tenant.tenantId)).toBe(5);

    // A second read finds nothing to do and answers the same.
    expect((await kpis(tenant.token, JULY)).json.soldNights).toBe(5);
  });

  it("are recomputed by the cron for every tenant with marks, and another tenant's marks are not touched by a report", async () => {
    const [first, second] = [await createTenant(), await createTenant()];
    const firstUnit = await createAccommodation(first, { minStay: 1, pricing: {}, basePrice: { amount: NIGHT, currency: "ARS" } });
    const secondUnit = await createAccommodation(second, { minStay: 1, pricing: {}, basePrice: { amount: NIGHT, currency: "ARS" } });
    await confirmedStay(first, firstUnit, "07-20", "07-22");
    await confirmedStay(second, secondUnit, "07-20", "07-21");

    expect((await kpis(first.token, JULY)).json.soldNights).toBe(2);
    expect(await marks(second.tenantId)).toBeGreaterThan(0);

    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/15 * * * *" }), env);
    expect(await marks(second.tenantId)).toBe(0);
    expect(await soldRows(second.tenantId)).toBe(1);
  });
});
