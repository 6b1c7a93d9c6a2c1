import { env, runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { ageHold, calendarStub, settleReadModel } from "../support/calendar";
import { futureDate, hold } from "../support/reservations";
import { createTenant } from "../support/tenant";

async function readModelNights(accommodationId: string) {
  await settleReadModel(accommodationId);
  const { results } = await env.DB.prepare("SELECT night, stay_id FROM calendar_nights WHERE accommodation_id = ? ORDER BY night").bind(accommodationId).all<{ night: string; stay_id: string }>();
  return results;
}

describe("reservations", () => {
  it("creates a 30-minute hold with a RES code, totals and the read model in step", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const checkIn = futureDate("03-10");
    const checkOut = futureDate("03-13");
    const before = Date.now();
    const response = await hold(tenant, acc, checkIn, checkOut);
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({ status: "held", nights: 3, accommodationId: acc, source: "direct" });
    expect(response.json.code).toMatch(/^RES\d{6}\d{3}$/);
    const expiresAt = Date.parse(response.json.expiresAt);
    expect(expiresAt - before).toBeGreaterThanOrEqual(30 * 60_000 - 1000);
    expect(expiresAt - before).toBeLessThanOrEqual(30 * 60_000 + 5000);
    expect((await readModelNights(acc)).map((n) => n.night)).toEqual([checkIn, futureDate("03-11"), futureDate("03-12")]);

    const fetched = await call("GET", `/v1/reservations/${response.json.id}`, { token: tenant.token });
    expect(fetched.json.total).toEqual(response.json.total);
  });

  it("answers 409 dates_unavailable for an overlapping hold and leaves no record behind", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    expect((await hold(tenant, acc, futureDate("04-01"), futureDate("04-05"))).status).toBe(201);
    const lost = await hold(tenant, acc, futureDate("04-04"), futureDate("04-07"));
    expect(lost.status).toBe(409);
    expect(lost.json.code).toBe("dates_unavailable");
    await settleReadModel(acc);
    const list = await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token });
    expect(list.json.data).toHaveLength(1);
    // Back-to-back is fine: check-out day is the next check-in.
    expect((await hold(tenant, acc, futureDate("04-05"), futureDate("04-07"))).status).toBe(201);
  });

  it("returns the first answer for a retried idempotency key", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const first = await hold(tenant, acc, futureDate("05-01"), futureDate("05-03"), { idempotencyKey: "retry-key-123" });
    const again = await hold(tenant, acc, futureDate("05-01"), futureDate("05-03"), { idempotencyKey: "retry-key-123" });
    expect(again.status).toBe(201);
    expect(again.json.id).toBe(first.json.id);
    await settleReadModel(acc);
    expect((await call("GET", "/v1/reservations", { token: tenant.token })).json.data).toHaveLength(1);
  });

  it("never makes two reservations for one key sent in parallel", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => hold(tenant, acc, futureDate("05-10"), futureDate("05-12"), { idempotencyKey: "parallel-key-1" })),
    );
    const created = responses.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.json.id)).size).toBe(1);
    for (const other of responses.filter((r) => r.status !== 201)) {
      expect(other.status).toBe(409);
      expect(other.json.code).toBe("idempotency_in_progress");
    }
    await settleReadModel(acc);
    expect((await call("GET", "/v1/reservations", { token: tenant.token })).json.data).toHaveLength(1);
  });

  it("extends once by 15 minutes, then refuses", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const created = await hold(tenant, acc, futureDate("06-01"), futureDate("06-03"));
    const extended = await call("POST", `/v1/reservations/${created.json.id}/extend`, { token: tenant.token });
    expect(extended.status).toBe(200);
    expect(Date.parse(extended.json.expiresAt) - Date.parse(created.json.expiresAt)).toBe(15 * 60_000);
    const second = await call("POST", `/v1/reservations/${created.json.id}/extend`, { token: tenant.token });
    expect(second.status).toBe(409);
    expect(second.json.code).toBe("extension_used");
  });

  it("expires by the alarm, frees the nights, and a second alarm run is harmless", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const created = await hold(tenant, acc, futureDate("07-01"), futureDate("07-04"));
    await ageHold(acc, created.json.id);
    expect(await runDurableObjectAlarm(calendarStub(acc))).toBe(true);
    await runDurableObjectAlarm(calendarStub(acc));

    const after = await call("GET", `/v1/reservations/${created.json.id}`, { token: tenant.token });
    expect(after.json.status).toBe("expired");
    expect(await readModelNights(acc)).toEqual([]);
    expect((await hold(tenant, acc, futureDate("07-01"), futureDate("07-04"))).status).toBe(201);

    const confirm = await call("POST", `/v1/reservations/${created.json.id}/confirm`, {
      token: tenant.token,
      body: { payment: { amount: { amount: 100, currency: "ARS" }, method: "cash" } },
    });
    expect(confirm.status).toBe(409);
    expect(confirm.json.code).toBe("expired");
  });

  it("confirms with a recorded payment; cancel frees the nights", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const created = await hold(tenant, acc, futureDate("08-01"), futureDate("08-03"));
    const confirmed = await call("POST", `/v1/reservations/${created.json.id}/confirm`, {
      token: tenant.token,
      body: { payment: { amount: created.json.deposit, method: "transfer", reference: "CBU 123" } },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json.status).toBe("confirmed");
    expect(confirmed.json.expiresAt).toBeNull();
    // Payments are listed from the read model, which the calendar's outbox writes a moment after the answer.
    await settleReadModel(acc);
    const detail = await call("GET", `/v1/reservations/${created.json.id}`, { token: tenant.token });
    expect(detail.json.payments).toHaveLength(1);
    expect(detail.json.payments[0]).toMatchObject({ method: "transfer", reference: "CBU 123", amount: created.json.deposit });

    const calendar = await call("GET", `/v1/accommodations/${acc}/calendar?from=${futureDate("08-01")}&to=${futureDate("08-04")}`, { token: tenant.token });
    expect(calendar.json.days.map((d: { status: string }) => d.status)).toEqual(["booked", "booked", "free"]);

    const cancelled = await call("POST", `/v1/reservations/${created.json.id}/cancel`, { token: tenant.token, body: { reason: "guest asked" } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.status).toBe("cancelled");
    expect(await readModelNights(acc)).toEqual([]);
    expect((await hold(tenant, acc, futureDate("08-01"), futureDate("08-03"))).status).toBe(201);
  });

  it("refuses bad input with 400/422 and writes nothing", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    expect((await hold(tenant, acc, futureDate("09-03"), futureDate("09-01"))).status).toBe(422);
    expect((await hold(tenant, acc, "2020-01-01", "2020-01-05")).json.code).toBe("in_the_past");
    expect((await hold(tenant, acc, futureDate("09-01"), futureDate("09-05"), { guests: 12 })).json.code).toBe("over_capacity");
    expect((await hold(tenant, acc, "2027-02-30", futureDate("09-05"))).status).toBe(400);
    await settleReadModel(acc);
    expect((await call("GET", "/v1/reservations", { token: tenant.token })).json.data).toHaveLength(0);
    expect(await readModelNights(acc)).toEqual([]);
  });

  it("filters the list by status", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const a = await hold(tenant, acc, futureDate("10-01"), futureDate("10-03"));
    await hold(tenant, acc, futureDate("10-05"), futureDate("10-07"));
    await call("POST", `/v1/reservations/${a.json.id}/cancel`, { token: tenant.token });
    await settleReadModel(acc);
    const held = await call("GET", "/v1/reservations?status=held", { token: tenant.token });
    expect(held.json.data).toHaveLength(1);
    const cancelled = await call("GET", "/v1/reservations?status=cancelled", { token: tenant.token });
    expect(cancelled.json.data[0].id).toBe(a.json.id);
    const both = await call("GET", "/v1/reservations?status=held,cancelled", { token: tenant.token });
    expect(both.json.data).toHaveLength(2);
    const bad = await call("GET", "/v1/reservations?status=held,bogus", { token: tenant.token });
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe("validation_failed");
  });

  it("lists the stays touching a day range, both ends included", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const arriving = (await hold(tenant, acc, futureDate("11-10"), futureDate("11-12"))).json;
    const leaving = (await hold(tenant, acc, futureDate("11-08"), futureDate("11-10"))).json;
    await hold(tenant, acc, futureDate("11-12"), futureDate("11-14"));
    const day = futureDate("11-10");
    await settleReadModel(acc);
    const touching = (await call("GET", `/v1/reservations?from=${day}&to=${day}`, { token: tenant.token })).json.data.map((r: { id: string }) => r.id);
    expect(touching.sort()).toEqual([arriving.id, leaving.id].sort());
  });
});
