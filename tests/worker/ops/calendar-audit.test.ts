import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { DEV_OPS_TOKEN } from "../../../workers/platform/env";
import { compareStays } from "../../../workers/ops/calendar-audit";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { settleReadModel } from "../support/calendar";
import { futureDate, hold } from "../support/reservations";
import { createTenant } from "../support/tenant";

async function auditOf(accommodationId: string) {
  let after = "";
  for (;;) {
    const page = await call("GET", `/ops/calendar-audit?limit=100${after ? `&after=${after}` : ""}`, { token: DEV_OPS_TOKEN });
    expect(page.status).toBe(200);
    const found = page.json.checked.find((c: { accommodationId: string }) => c.accommodationId === accommodationId);
    if (found) return found;
    if (!page.json.next) throw new Error("accommodation not audited");
    after = page.json.next;
  }
}

describe("npm run audit:calendars (GET /ops/calendar-audit)", () => {
  it("finds nothing when the read model follows its calendar, and each kind of drift when it does not", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const a = await hold(tenant, acc, futureDate("09-01"), futureDate("09-03"));
    const b = await hold(tenant, acc, futureDate("09-10"), futureDate("09-12"));
    await settleReadModel(acc);
    expect(await auditOf(acc)).toMatchObject({ tenantId: tenant.tenantId, pendingOutbox: 0, differences: [] });

    // Behind the calendar's back: one stay lost from D1, one moved, one invented.
    await env.DB.prepare("DELETE FROM calendar_stays WHERE id = ?").bind(a.json.id).run();
    await env.DB.prepare("UPDATE calendar_stays SET check_out = ? WHERE id = ?").bind(futureDate("09-13"), b.json.id).run();
    await env.DB.prepare("INSERT INTO calendar_stays (id, tenant_id, accommodation_id, kind, status, check_in, check_out, version, updated_at) VALUES ('res_ghost', ?, ?, 'reservation', 'confirmed', ?, ?, 1, 0)")
      .bind(tenant.tenantId, acc, futureDate("09-20"), futureDate("09-22"))
      .run();
    const { differences } = await auditOf(acc);
    expect(differences).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ stayId: a.json.id, kind: "only_in_calendar", readModel: null }),
        expect.objectContaining({ stayId: b.json.id, kind: "dates_differ", readModel: { checkIn: futureDate("09-10"), checkOut: futureDate("09-13") } }),
        expect.objectContaining({ stayId: "res_ghost", kind: "only_in_read_model", calendar: null }),
      ]),
    );
    expect(differences).toHaveLength(3);
  });

  it("is for the operator's token only", async () => {
    const tenant = await createTenant();
    expect((await call("GET", "/ops/calendar-audit")).status).toBe(401);
    expect((await call("GET", "/ops/calendar-audit", { token: tenant.token })).status).toBe(401);
    expect((await call("GET", "/ops/calendar-audit", { token: `${DEV_OPS_TOKEN}x` })).status).toBe(401);
  });

  it("compares by id and dates", () => {
    const s = (id: string, checkIn: string, checkOut: string) => ({ id, checkIn, checkOut });
    expect(compareStays([s("a", "2030-01-01", "2030-01-03")], [s("a", "2030-01-01", "2030-01-03")])).toEqual([]);
    expect(compareStays([], [s("x", "2030-01-01", "2030-01-02")]).map((d) => d.kind)).toEqual(["only_in_read_model"]);
  });
});
