import { createExecutionContext, env, runDurableObjectAlarm, runInDurableObject, waitOnExecutionContext } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { database } from "../../../workers/platform/db/client";
import { ensureConversation } from "../../../workers/guest-messaging/outbound";
import { buildApp } from "../../../workers/http/app";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { calendarStub, eventually, settleReadModel } from "../support/calendar";
import { countingD1, writesAmong } from "../support/counting-d1";
import { failInsertsFor } from "../support/failing-read-model";
import { installFakeServices } from "../support/fake-services";
import type { FakeWhatsApp } from "../support/fake-whatsapp";
import { futureDate, hold } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";
import { connectWhatsApp } from "../support/whatsapp-guest";

let graph: FakeWhatsApp;
beforeEach(() => {
  ({ graph } = installFakeServices());
});
afterEach(() => vi.restoreAllMocks());

const heals = new Map<string, () => Promise<void>>();
const failReadModelFor = async (acc: string) => heals.set(acc, await failInsertsFor("calendar_stays", acc));
const healReadModelFor = async (acc: string) => {
  await heals.get(acc)?.();
  heals.delete(acc);
};

async function outboxRows(acc: string): Promise<number> {
  return runInDurableObject(calendarStub(acc), async (_i, state) => state.storage.sql.exec<{ n: number }>("SELECT count(*) AS n FROM outbox").one().n);
}

describe("a hold costs one round trip to the calendar object", () => {
  it("issues no D1 statement at all while POST /v1/reservations answers", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    // The session's user comes from the tenant's roster object, which read it once already.
    const counted = countingD1(env.DB);
    const app = buildApp();
    const ctx = createExecutionContext();
    const response = await app.request(
      "/v1/reservations",
      {
        method: "POST",
        headers: { authorization: `Bearer ${tenant.token}`, "content-type": "application/json" },
        body: JSON.stringify({ accommodationId: acc, checkIn: futureDate("04-01"), checkOut: futureDate("04-03"), guests: 2, guest: { name: "Ana" } }),
      },
      { ...env, DB: counted.db },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(response.status).toBe(201);
    expect(writesAmong(counted.statements)).toEqual([]);
    expect(counted.statements).toEqual([]);
  });

  it("answers 201 and serves the reservation by id at once even while the read model cannot be written", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    await failReadModelFor(acc);
    const created = await hold(tenant, acc, futureDate("04-10"), futureDate("04-12"));
    expect(created.status).toBe(201);
    expect(created.json.code).toMatch(/^RES\d{9,}$/);
    const read = await call("GET", `/v1/reservations/${created.json.id}`, { token: tenant.token });
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ id: created.json.id, code: created.json.code, status: "held", total: created.json.total });
    // Extending and reading back also sees the change before the read model does.
    const extended = await call("POST", `/v1/reservations/${created.json.id}/extend`, { token: tenant.token });
    expect(extended.status).toBe(200);
    expect((await call("GET", `/v1/reservations/${created.json.id}`, { token: tenant.token })).json.extensionUsed).toBe(true);
    expect(await outboxRows(acc)).toBeGreaterThan(0);

    await healReadModelFor(acc);
    await settleReadModel(acc);
    const row = await env.DB.prepare("SELECT status, code, extension_used FROM reservations WHERE id = ?").bind(created.json.id).first();
    expect(row).toEqual({ status: "held", code: created.json.code, extension_used: 1 });
  });

  it("a reservation read right after its payment shows the payment beside the new status, also once the database is back", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const confirmAndRead = async (month: string) => {
      const created = await hold(tenant, acc, futureDate(`${month}-01`), futureDate(`${month}-03`));
      const paid = await call("POST", `/v1/reservations/${created.json.id}/confirm`, { token: tenant.token, body: { payment: { amount: created.json.deposit, method: "cash" } } });
      expect(paid.status, paid.text).toBe(200);
      return created.json as { id: string; deposit: { amount: number; currency: string } };
    };
    const expectPaid = async (created: { id: string; deposit: { amount: number; currency: string } }) => {
      const read = (await call("GET", `/v1/reservations/${created.id}`, { token: tenant.token })).json;
      expect(read).toMatchObject({ status: "confirmed", paid: created.deposit });
      expect(read.payments).toEqual([expect.objectContaining({ method: "cash", amount: created.deposit, status: "approved" })]);
    };
    // The payment reaches the read model after the answer; the read waits for it.
    await expectPaid(await confirmAndRead("05"));

    // Paid while the read model could not be written: the rows wait out a retry's back-off, and a
    // read once the database answers again sends them rather than showing a confirmed stay with nothing paid.
    await failReadModelFor(acc);
    const duringOutage = await confirmAndRead("06");
    expect((await call("GET", `/v1/reservations/${duringOutage.id}`, { token: tenant.token })).json.status).toBe("confirmed");
    await healReadModelFor(acc);
    await expectPaid(duringOutage);
    expect(await calendarStub(acc).settleReadModel()).toEqual({ pending: 0 });
  });

  it("another tenant's reservation id answers 404 from the calendar too", async () => {
    const owner = await createTenant();
    const stranger = await createTenant();
    const acc = await createAccommodation(owner, { minStay: 1 });
    const created = await hold(owner, acc, futureDate("04-20"), futureDate("04-22"));
    for (const path of [`/v1/reservations/${created.json.id}`]) expect((await call("GET", path, { token: stranger.token })).status).toBe(404);
    for (const action of ["extend", "cancel"]) {
      expect((await call("POST", `/v1/reservations/${created.json.id}/${action}`, { token: stranger.token })).status).toBe(404);
    }
    expect((await call("GET", `/v1/reservations/${created.json.id}`, { token: owner.token })).json.status).toBe("held");
  });

  it("codes are unique across the units of a tenant, made without a shared counter", async () => {
    const tenant = await createTenant();
    const units = [await createAccommodation(tenant, { minStay: 1 }), await createAccommodation(tenant, { minStay: 1 }), await createAccommodation(tenant, { minStay: 1 })];
    const holds = await Promise.all(units.flatMap((acc) => [0, 1, 2, 3].map((i) => hold(tenant, acc, futureDate(`05-0${i + 1}`), futureDate(`05-0${i + 2}`)))));
    expect(holds.every((h) => h.status === 201)).toBe(true);
    const codes = holds.map((h) => h.json.code as string);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => /^RES\d{6}\d{3,}$/.test(code))).toBe(true);
  });

  it("an idempotency key reused for a different request answers 422 and creates nothing", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const key = "order-7f3a-2026";
    const first = await hold(tenant, acc, futureDate("06-01"), futureDate("06-03"), { idempotencyKey: key });
    const other = await hold(tenant, acc, futureDate("06-10"), futureDate("06-12"), { idempotencyKey: key });
    expect(first.status).toBe(201);
    expect(other.status).toBe(422);
    expect(other.json.code).toBe("idempotency_key_reused");
    await settleReadModel(acc);
    expect((await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token })).json.data).toHaveLength(1);
  });
});

describe("imported nights are layered under stays", () => {
  it("a channel's nights under a hold stay blocked when the hold expires or is cancelled", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const expiring = await hold(tenant, acc, futureDate("01-12"), futureDate("01-15"));
    const imported = await calendarStub(acc).replaceImportedBlocks({
      tenantId: tenant.tenantId,
      accommodationId: acc,
      feedId: "feed_booking",
      ranges: [{ start: futureDate("01-13"), end: futureDate("01-15") }],
    });
    expect(imported.conflicts.map((c) => c.night)).toEqual([futureDate("01-13"), futureDate("01-14")]);

    await runInDurableObject(calendarStub(acc), async (_i, state) => {
      state.storage.sql.exec("UPDATE stays SET expires_at = ? WHERE id = ?", Date.now() - 1, expiring.json.id);
      state.storage.sql.exec("UPDATE schedules SET run_at = ? WHERE stay_id = ?", Date.now() - 1, expiring.json.id);
    });
    await runDurableObjectAlarm(calendarStub(acc));
    await settleReadModel(acc);

    const calendar = await call("GET", `/v1/accommodations/${acc}/calendar?from=${futureDate("01-12")}&to=${futureDate("01-15")}`, { token: tenant.token });
    expect(calendar.json.days.map((d: { status: string }) => d.status)).toEqual(["free", "blocked", "blocked"]);
    const search = await call("GET", `/v1/availability?checkIn=${futureDate("01-13")}&checkOut=${futureDate("01-14")}&guests=2`, { token: tenant.token });
    expect(search.json.data).toEqual([]);
    expect((await hold(tenant, acc, futureDate("01-13"), futureDate("01-14"))).status).toBe(409);

    // The same after a cancellation.
    const cancelled = await hold(tenant, acc, futureDate("01-20"), futureDate("01-22"));
    await calendarStub(acc).replaceImportedBlocks({
      tenantId: tenant.tenantId,
      accommodationId: acc,
      feedId: "feed_booking",
      ranges: [
        { start: futureDate("01-13"), end: futureDate("01-15") },
        { start: futureDate("01-21"), end: futureDate("01-22") },
      ],
    });
    expect((await call("POST", `/v1/reservations/${cancelled.json.id}/cancel`, { token: tenant.token })).status).toBe(200);
    await settleReadModel(acc);
    const after = await call("GET", `/v1/accommodations/${acc}/calendar?from=${futureDate("01-20")}&to=${futureDate("01-22")}`, { token: tenant.token });
    expect(after.json.days.map((d: { status: string }) => d.status)).toEqual(["free", "blocked"]);
  });
});

describe("the outbox never wedges", () => {
  it("re-importing two events as one brings the read model in step, with nothing left waiting", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const calendar = calendarStub(acc);
    const owner = { tenantId: tenant.tenantId, accommodationId: acc, feedId: "feed_airbnb" };
    await calendar.replaceImportedBlocks({ ...owner, ranges: [{ start: "2027-08-10", end: "2027-08-14" }, { start: "2027-08-16", end: "2027-08-20" }] });
    await settleReadModel(acc);
    await calendar.replaceImportedBlocks({ ...owner, ranges: [{ start: "2027-08-10", end: "2027-08-20" }] });
    await settleReadModel(acc);
    const { results } = await env.DB.prepare("SELECT night FROM calendar_nights WHERE accommodation_id = ? ORDER BY night").bind(acc).all<{ night: string }>();
    expect(results.map((r) => r.night)).toEqual(["2027-08-10", "2027-08-11", "2027-08-12", "2027-08-13", "2027-08-14", "2027-08-15", "2027-08-16", "2027-08-17", "2027-08-18", "2027-08-19"]);
  });

  it("a cancellation and a new hold of the same nights reach the read model together, in any order, without colliding", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const first = await hold(tenant, acc, futureDate("09-01"), futureDate("09-04"));
    await settleReadModel(acc);
    // Both changes wait in the outbox while the read model is down, then go in one flush.
    await failReadModelFor(acc);
    await call("POST", `/v1/reservations/${first.json.id}/cancel`, { token: tenant.token });
    const second = await hold(tenant, acc, futureDate("09-01"), futureDate("09-04"));
    expect(second.status).toBe(201);
    await healReadModelFor(acc);
    // Put the new hold's row first, as a retry could.
    await runInDurableObject(calendarStub(acc), async (_i, state) => {
      state.storage.sql.exec("UPDATE outbox SET seq = seq + 1000 WHERE subject_id = ?", first.json.id);
    });
    await settleReadModel(acc);
    const { results } = await env.DB.prepare("SELECT DISTINCT stay_id FROM calendar_nights WHERE accommodation_id = ?").bind(acc).all<{ stay_id: string }>();
    expect(results).toEqual([{ stay_id: second.json.id }]);
    expect((await env.DB.prepare("SELECT status FROM reservations WHERE id = ?").bind(first.json.id).first())?.status).toBe("cancelled");
  });

  it("tells staff when a calendar keeps failing to reach the database, reports it in /healthz, and clears it on recovery", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    await failReadModelFor(acc);
    expect((await hold(tenant, acc, futureDate("10-01"), futureDate("10-03"))).status).toBe(201);
    for (let i = 0; i < 6; i++) await calendarStub(acc).settleReadModel();
    await eventually(async () => {
      const alerts = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data;
      expect(alerts).toContainEqual(expect.objectContaining({ kind: "calendar_outbox_stuck", subjectId: acc }));
    });
    const health = await call("GET", "/healthz");
    expect(health.json.status).toBe("degraded");
    expect(health.json.checks.readModel.ok).toBe(false);

    await healReadModelFor(acc);
    await settleReadModel(acc);
    await eventually(async () => {
      const alerts = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data;
      expect(alerts.filter((a: { kind: string }) => a.kind === "calendar_outbox_stuck")).toEqual([]);
    });
  });
});

describe("one confirm path, and the guest is told exactly once", () => {
  async function heldInThread(tenant: TestTenant) {
    await connectWhatsApp(tenant);
    const acc = await createAccommodation(tenant, { name: "Cabaña Arrayán", minStay: 1 });
    const conversation = await ensureConversation(database(env.DB), tenant.tenantId, "whatsapp", "5491100000077", "Ana");
    await env.DB.prepare("UPDATE conversations SET last_inbound_at = ? WHERE id = ?").bind(Date.now(), conversation.id).run();
    const held = await calendarStub(acc).hold({
      tenantId: tenant.tenantId,
      accommodationId: acc,
      checkIn: futureDate("07-01"),
      checkOut: futureDate("07-03"),
      guests: 2,
      guest: { name: "Ana" },
      source: "whatsapp",
      conversationId: conversation.id,
    });
    if (!held.ok) throw new Error(`hold failed: ${held.code}`);
    return { acc, reservation: held.reservation };
  }
  const confirmations = (code: string) => graph.sent.filter((s) => JSON.stringify(s.body).includes(code));

  it("staff confirming by hand sends one confirmation to the guest's thread, even when the Worker dies right after the confirmation", async () => {
    const tenant = await createTenant();
    const { acc, reservation } = await heldInThread(tenant);
    await failReadModelFor(acc);
    // What the confirm route does first; the Worker then dies (nothing else runs).
    const recorded = await calendarStub(acc).recordPayment({
      tenantId: tenant.tenantId,
      reservationId: reservation.id,
      payment: { source: "manual", amount: reservation.depositAmount, currency: reservation.currency, method: "cash", override: false },
    });
    expect(recorded).toMatchObject({ ok: true, outcome: "confirmed" });
    expect(confirmations(reservation.code)).toHaveLength(0);

    // The outbox retries (the alarm) once the database answers again, and the message goes out.
    await healReadModelFor(acc);
    await runInDurableObject(calendarStub(acc), async (_i, state) => state.storage.sql.exec("UPDATE outbox SET next_attempt_at = 0"));
    await runDurableObjectAlarm(calendarStub(acc));
    await eventually(async () => expect(confirmations(reservation.code)).toHaveLength(1));

    // A redelivered event and a repeated confirmation send nothing more.
    await env.BOOKINGS_QUEUE.send({ kind: "stay_confirmed", tenantId: tenant.tenantId, accommodationId: acc, reservationId: reservation.id });
    const again = await call("POST", `/v1/reservations/${reservation.id}/confirm`, { token: tenant.token, body: { payment: { amount: { amount: reservation.depositAmount, currency: "ARS" }, method: "cash" } } });
    expect(again.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(confirmations(reservation.code)).toHaveLength(1);
    const stored = await env.DB.prepare("SELECT count(*) AS n FROM messages WHERE dedupe_key = ?").bind(`stay_confirmed:${reservation.id}`).first<{ n: number }>();
    expect(stored?.n).toBe(1);
  });

  it("a manual payment below the deposit is refused unless an owner or admin overrides it, and the override is recorded", async () => {
    const owner = await createTenant();
    const acc = await createAccommodation(owner, { minStay: 1 });
    const held = await hold(owner, acc, futureDate("08-01"), futureDate("08-03"));
    const deposit = held.json.deposit.amount as number;
    const pay = (amount: number, extra: Record<string, unknown> = {}, token = owner.token) =>
      call("POST", `/v1/reservations/${held.json.id}/confirm`, { token, body: { payment: { amount: { amount, currency: "ARS" }, method: "cash" }, ...extra } });

    const zero = await pay(0);
    expect(zero.status).toBe(422);
    expect(zero.json.code).toBe("below_deposit");
    expect((await call("GET", `/v1/reservations/${held.json.id}`, { token: owner.token })).json.status).toBe("held");

    const keyResponse = await call("POST", "/v1/api-keys", { token: owner.token, body: { name: "partner", scopes: ["reservations:write", "reservations:read"] } });
    const overrideByKey = await pay(0, { override: true }, keyResponse.json.key);
    expect(overrideByKey.status).toBe(403);

    const overridden = await pay(deposit - 100, { override: true });
    expect(overridden.status).toBe(200);
    expect(overridden.json.status).toBe("confirmed");
    await settleReadModel(acc);
    const detail = await call("GET", `/v1/reservations/${held.json.id}`, { token: owner.token });
    expect(detail.json.payments).toEqual([expect.objectContaining({ provider: "manual", amount: { amount: deposit - 100, currency: "ARS" }, flag: "below_deposit_override" })]);
  });
});
