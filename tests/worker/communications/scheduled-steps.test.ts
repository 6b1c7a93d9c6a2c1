import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../../../workers/index";
import { database } from "../../../workers/platform/db/client";
import { runDueSteps } from "../../../workers/communications/due-steps";
import { syncReservationSchedules } from "../../../workers/communications/schedule";
import type { QueueMessage } from "../../../workers/platform/queue-messages";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually } from "../support/calendar";
import { FakeWhatsApp } from "../support/fake-whatsapp";
import { futureDate, hold } from "../support/reservations";
import { addMember, createTenant } from "../support/tenant";
import { connectWhatsApp } from "../support/whatsapp-guest";

let graph: FakeWhatsApp;
beforeEach(() => {
  graph = new FakeWhatsApp().install();
});
afterEach(() => {
  vi.useRealTimers();
  graph.uninstall();
});

const db = () => database(env.DB);

interface ScheduleRow {
  id: string;
  step_id: string;
  kind: string;
  due_at: number;
  status: string;
  reason: string | null;
  message_id: string | null;
  channel: string | null;
}

const rowsOf = async (reservationId: string) =>
  (
    await env.DB.prepare("SELECT s.*, m.kind FROM step_schedule s JOIN message_steps m ON m.id = s.step_id WHERE s.reservation_id = ? ORDER BY s.due_at")
      .bind(reservationId)
      .all<ScheduleRow>()
  ).results;
const rowOf = async (reservationId: string, kind: string) => (await rowsOf(reservationId)).find((r) => r.kind === kind);
const stepMessages = (reservationId: string) => env.DB.prepare("SELECT id, status, text, dedupe_key, urgent FROM messages WHERE dedupe_key IN (SELECT 'step:' || id || ':' || ?1 FROM message_steps)").bind(reservationId).all<{ id: string; status: string; text: string; dedupe_key: string; urgent: number }>();

/** Buenos Aires is UTC-3 all year: a local "10:00" is 13:00Z. */
const at = (date: string, utcTime: string) => Date.parse(`${date}T${utcTime}:00Z`);

async function confirmedStay(options: { phone?: string | null; noContact?: boolean; checkIn?: string; checkOut?: string; whatsapp?: boolean } = {}) {
  const tenant = await createTenant();
  if (options.whatsapp !== false) await connectWhatsApp(tenant);
  const acc = await createAccommodation(tenant, { minStay: 1, doorCode: "4821", wifi: "Coihue / pino2026" });
  const checkIn = options.checkIn ?? futureDate("05-10");
  const checkOut = options.checkOut ?? futureDate("05-13");
  const contact = options.noContact ? {} : options.phone === null ? { email: "ana@example.test" } : { phone: options.phone ?? "+54 9 294 555-0101" };
  const guest = { name: "Ana Pérez", ...contact };
  const created = await hold(tenant, acc, checkIn, checkOut, { guest });
  expect(created.status).toBe(201);
  const id = created.json.id as string;
  const confirmed = await call("POST", `/v1/reservations/${id}/confirm`, { token: tenant.token, body: { payment: { amount: created.json.total, method: "transfer" } } });
  expect(confirmed.status).toBe(200);
  await eventually(async () => expect((await rowOf(id, "pre_arrival"))?.status).toBe("scheduled"));
  // The confirmation goes at once, from the confirmation event; tests start after it went (or was skipped).
  await eventually(async () => expect(["sent", "skipped"]).toContain((await rowOf(id, "confirmation"))?.status));
  return { tenant, acc, id, checkIn, checkOut };
}

/** The test database, counting write batches (or failing them, as an unavailable D1 would). */
function databaseWatching(options: { failBatches?: boolean } = {}) {
  const watched = { batches: 0, writeBatches: 0, readBatches: [] as string[][], prepared: [] as string[], db: env.DB };
  const sqlOf = new WeakMap<D1PreparedStatement, string>();
  watched.db = new Proxy(env.DB, {
    get(target, property) {
      if (property === "prepare") {
        return (query: string) => {
          watched.prepared.push(query);
          const statement = target.prepare(query);
          sqlOf.set(statement, query);
          // bind() answers a new statement: it is the one a batch gets.
          const bind = statement.bind.bind(statement);
          statement.bind = (...values: unknown[]) => {
            const bound = bind(...values);
            sqlOf.set(bound, query);
            return bound;
          };
          return statement;
        };
      }
      if (property === "batch") {
        return (statements: D1PreparedStatement[]) => {
          watched.batches += 1;
          const queries = statements.map((statement) => sqlOf.get(statement) ?? "");
          if (queries.some((query) => /^\s*(insert|update|delete)\b/i.test(query))) watched.writeBatches += 1;
          else watched.readBatches.push(queries);
          return options.failBatches ? Promise.reject(new Error("D1 is unavailable")) : target.batch(statements);
        };
      }
      const value = Reflect.get(target, property) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return watched;
}

/**
 * The queue entry point's environment with a watched DB. env.DB is already the database under test
 * (on Postgres, the setup file's adapter), so the entry point takes DB as it is rather than
 * connecting anew from DATABASE_URL, which would go around the watch.
 */
const watchedEnv = (db: D1Database) => ({ ...env, DATABASE: "d1", DB: db });

/** Delivers a bookings-queue message by hand, as a redelivery would. */
async function redeliver(body: QueueMessage) {
  const batch = createMessageBatch<QueueMessage>("posada-bookings", [{ id: crypto.randomUUID(), timestamp: new Date(), attempts: 2, body }]);
  await worker.queue(batch, env);
  return getQueueResult(batch, createExecutionContext());
}

describe("scheduled steps", () => {
  it("creates the eight default steps in the tenant's language, and staff may read but not edit them", async () => {
    const tenant = await createTenant({ country: "BR", timezone: "America/Sao_Paulo", currency: "BRL" });
    const steps = await call("GET", "/v1/communications/steps", { token: tenant.token });
    expect(steps.status).toBe(200);
    expect(steps.json.data.map((s: { kind: string }) => s.kind)).toEqual(["hold_reminder", "confirmation", "pre_arrival", "check_in_day", "check_out_reminder", "review_request", "balance_due", "loyalty_upgrade"]);
    expect(steps.json.data.find((s: { kind: string }) => s.kind === "pre_arrival")).toMatchObject({ offsetDays: 2, localTime: "10:00", enabled: true, channels: ["whatsapp", "email"], timed: true });
    const templates = await call("GET", "/v1/communications/templates", { token: tenant.token });
    expect(templates.json.data).toHaveLength(8);
    expect(templates.json.data.map((t: { name: string }) => t.name)).toContain("Antes da chegada");

    const staff = await addMember(tenant, "staff");
    const preArrival = steps.json.data.find((s: { kind: string }) => s.kind === "pre_arrival");
    expect((await call("GET", "/v1/communications/steps", { token: staff.token })).status).toBe(200);
    expect((await call("PATCH", `/v1/communications/steps/${preArrival.id}`, { token: staff.token, body: { enabled: false } })).status).toBe(403);
    const admin = await addMember(tenant, "admin");
    const changed = await call("PATCH", `/v1/communications/steps/${preArrival.id}`, { token: admin.token, body: { offsetDays: 3, localTime: "11:30" } });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ offsetDays: 3, localTime: "11:30" });
  });

  it("refuses fields a step does not have, unknown templates and bad times with a 4xx problem, changing nothing", async () => {
    const tenant = await createTenant();
    const steps = (await call("GET", "/v1/communications/steps", { token: tenant.token })).json.data;
    const confirmation = steps.find((s: { kind: string }) => s.kind === "confirmation");
    const other = await createTenant();
    const foreignTemplate = (await call("GET", "/v1/communications/templates", { token: other.token })).json.data[0].id;
    for (const [body, status] of [
      [{ localTime: "10:00" }, 422],
      [{ offsetDays: 4 }, 422],
      [{ templateId: foreignTemplate }, 422],
      [{ localTime: "25:00" }, 400],
      [{ channels: [] }, 400],
      [{ channels: ["sms"] }, 400],
      [{ enabled: "yes" }, 400],
    ] as const) {
      const response = await call("PATCH", `/v1/communications/steps/${confirmation.id}`, { token: tenant.token, body });
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    const after = (await call("GET", "/v1/communications/steps", { token: tenant.token })).json.data.find((s: { kind: string }) => s.kind === "confirmation");
    expect(after).toMatchObject({ offsetDays: 0, localTime: null, templateId: confirmation.templateId });
  });

  it("plans a confirmed stay's steps at the lodging's local times, and confirms at once with the approved template outside the 24-hour window", async () => {
    const { tenant, id, checkIn, checkOut } = await confirmedStay();
    const rows = await rowsOf(id);
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r]));
    const day = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    expect(byKind.pre_arrival!.due_at).toBe(at(day(checkIn, -2), "13:00"));
    expect(byKind.check_in_day!.due_at).toBe(at(checkIn, "12:00"));
    expect(byKind.check_out_reminder!.due_at).toBe(at(day(checkOut, -1), "22:00"));
    expect(byKind.review_request!.due_at).toBe(at(day(checkOut, 1), "14:00"));
    // Paid in full: no balance reminder; the hold reminder stopped when the stay was confirmed.
    expect(byKind.balance_due).toBeUndefined();
    // (A hold confirmed within one outbox flush may never have had its reminder planned at all.)
    expect(byKind.hold_reminder?.reason ?? "reservation_confirmed").toBe("reservation_confirmed");

    // The confirmation went at once, on WhatsApp, as the approved template (no guest message yet: window closed).
    await eventually(async () => expect((await rowOf(id, "confirmation"))?.status).toBe("sent"));
    // The guest just paid and waits for it: it goes out at any hour, quiet hours included.
    expect((await stepMessages(id)).results).toEqual([expect.objectContaining({ urgent: 1 })]);
    await eventually(async () => expect(graph.sent).toHaveLength(1));
    expect(graph.sent[0]!.body).toMatchObject({ to: "5492945550101", type: "template", template: { name: "reserva_confirmada", language: { code: "es_AR" } } });

    const listed = await call("GET", `/v1/reservations/${id}/scheduled-messages`, { token: tenant.token });
    expect(listed.status).toBe(200);
    expect(listed.json.data.find((m: { stepKind: string }) => m.stepKind === "confirmation")).toMatchObject({ status: "sent", channel: "whatsapp" });
    expect(listed.json.data.find((m: { stepKind: string }) => m.stepKind === "pre_arrival")).toMatchObject({ status: "scheduled", dueAt: new Date(byKind.pre_arrival!.due_at).toISOString(), channel: null });
  });

  it("fires each step once at its time, never twice under re-run sweeps, redelivered events and a crash mid-send", async () => {
    const { tenant, acc, id } = await confirmedStay();
    const pre = (await rowOf(id, "pre_arrival"))!;
    const sentBefore = (await stepMessages(id)).results.length;

    // Not yet due: nothing goes.
    expect((await runDueSteps(db(), env, { now: pre.due_at - 60_000, reservationId: id })).claimed).toBe(0);
    // Due: it goes, and a second sweep at the same moment (or later) finds nothing.
    const [first, second] = await Promise.all([runDueSteps(db(), env, { now: pre.due_at + 60_000 }), runDueSteps(db(), env, { now: pre.due_at + 60_000 })]);
    expect((await rowOf(id, "pre_arrival"))!.status).toBe("sent");
    expect(first.sent + second.sent).toBeGreaterThanOrEqual(1);
    await runDueSteps(db(), env, { now: pre.due_at + 10 * 60_000 });
    const afterSweeps = (await stepMessages(id)).results.filter((m) => m.dedupe_key.includes(pre.step_id));
    expect(afterSweeps).toHaveLength(1);
    expect(afterSweeps[0]!.urgent).toBe(0);

    // The calendar's events delivered again plan nothing new: a fired step stays fired.
    expect((await redeliver({ kind: "reservation_changed", tenantId: tenant.tenantId, accommodationId: acc, reservationId: id })).explicitAcks).toHaveLength(1);
    expect((await redeliver({ kind: "stay_confirmed", tenantId: tenant.tenantId, accommodationId: acc, reservationId: id })).explicitAcks).toHaveLength(1);
    expect((await rowOf(id, "pre_arrival"))!.status).toBe("sent");
    expect((await stepMessages(id)).results.length).toBe(sentBefore + 1);

    // A worker that handed the check-in message to the pipeline and died before recording it:
    // its claim ends, the next sweep takes the row again and the dedupe key finds the message.
    const checkIn = (await rowOf(id, "check_in_day"))!;
    await runDueSteps(db(), env, { now: checkIn.due_at + 1000 });
    const sent = (await rowOf(id, "check_in_day"))!;
    await env.DB.prepare("UPDATE step_schedule SET status = 'sending', claimed_until = ?, fired_at = NULL, message_id = NULL WHERE id = ?").bind(checkIn.due_at, sent.id).run();
    const rerun = await runDueSteps(db(), env, { now: checkIn.due_at + 5 * 60_000 });
    expect(rerun.claimed).toBeGreaterThanOrEqual(1);
    expect((await rowOf(id, "check_in_day"))).toMatchObject({ status: "sent", message_id: sent.message_id });
    expect((await stepMessages(id)).results.filter((m) => m.dedupe_key.includes(checkIn.step_id))).toHaveLength(1);
  });

  it("moves the steps when the dates change, and stops them when the stay is cancelled", async () => {
    const { tenant, id } = await confirmedStay({ checkIn: futureDate("06-10"), checkOut: futureDate("06-12") });
    const before = (await rowOf(id, "pre_arrival"))!;
    const moved = await call("PATCH", `/v1/reservations/${id}`, { token: tenant.token, body: { checkIn: futureDate("06-20"), checkOut: futureDate("06-22") } });
    expect(moved.status).toBe(200);
    await eventually(async () => expect((await rowOf(id, "pre_arrival"))!.due_at).toBe(before.due_at + 10 * 86_400_000));
    expect((await rowOf(id, "check_out_reminder"))!.due_at).toBe(at(futureDate("06-21"), "22:00"));

    const cancelled = await call("POST", `/v1/reservations/${id}/cancel`, { token: tenant.token, body: { reason: "cambio de planes", refund: { decision: "keep" } } });
    expect(cancelled.status).toBe(200);
    await eventually(async () => expect((await rowOf(id, "pre_arrival"))).toMatchObject({ status: "skipped", reason: "reservation_cancelled" }));
    const sentBefore = (await stepMessages(id)).results.length;
    expect((await runDueSteps(db(), env, { now: at(futureDate("07-30"), "12:00"), reservationId: id })).sent).toBe(0);
    expect((await stepMessages(id)).results.length).toBe(sentBefore);
    const listed = await call("GET", `/v1/reservations/${id}/scheduled-messages`, { token: tenant.token });
    expect(listed.json.data.filter((m: { status: string }) => m.status === "scheduled")).toEqual([]);
  });

  it("plans a burst of holds of one tenant from one batch, and retries every message of the batch when planning fails", async () => {
    const tenant = await createTenant();
    const units = await Promise.all([1, 2, 3].map(() => createAccommodation(tenant, { minStay: 1 })));
    const held = await Promise.all(units.map((acc) => hold(tenant, acc, futureDate("06-10"), futureDate("06-12"))));
    const ids = held.map((h) => h.json.id as string);
    await eventually(async () => {
      for (const id of ids) expect((await rowOf(id, "hold_reminder"))?.status).toBe("scheduled");
    });
    await env.DB.prepare("DELETE FROM step_schedule WHERE reservation_id IN (?, ?, ?)").bind(...ids).run();

    const messages = ids.map((reservationId) => ({ id: crypto.randomUUID(), timestamp: new Date(), attempts: 1, body: { kind: "reservation_changed", tenantId: tenant.tenantId, accommodationId: units[0]!, reservationId } as QueueMessage }));
    const batch = createMessageBatch<QueueMessage>("posada-bookings", messages);
    const counting = databaseWatching();
    await worker.queue(batch, watchedEnv(counting.db));
    // One write for the three holds' plans, not one per hold, and one look for partner subscriptions.
    expect(counting.writeBatches).toBe(1);
    // Planning reads the stays, their planned steps, their money and the steps in one round trip.
    const planningReads = counting.readBatches.filter((queries) => queries.some((query) => query.includes('from "step_schedule"')));
    expect(planningReads).toHaveLength(1);
    expect(planningReads[0]!.filter((query) => /from "(reservations|step_schedule|payments|message_steps)"/.test(query))).toHaveLength(4);
    expect(counting.prepared.filter((query) => query.includes('from "message_steps"'))).toHaveLength(1);
    expect(counting.prepared.filter((query) => query.includes('"webhook_subscriptions"'))).toHaveLength(1);
    const result = await getQueueResult(batch, createExecutionContext());
    expect(result.explicitAcks.sort()).toEqual(messages.map((m) => m.id).sort());
    for (const id of ids) expect((await rowOf(id, "hold_reminder"))?.status).toBe("scheduled");

    await env.DB.prepare("DELETE FROM step_schedule WHERE reservation_id IN (?, ?, ?)").bind(...ids).run();
    const failing = createMessageBatch<QueueMessage>("posada-bookings", messages.map((m) => ({ ...m, id: crypto.randomUUID() })));
    await worker.queue(failing, watchedEnv(databaseWatching({ failBatches: true }).db));
    const failed = await getQueueResult(failing, createExecutionContext());
    expect(failed.explicitAcks).toEqual([]);
    expect(failed.retryMessages.map((m: { msgId: string }) => m.msgId).sort()).toEqual(failing.messages.map((m) => m.id).sort());
  });

  it("writes a burst's planned steps ten rows to a statement, and never moves a row planned from a newer state or already sent", async () => {
    const tenant = await createTenant();
    const units = await Promise.all(Array.from({ length: 12 }, () => createAccommodation(tenant, { minStay: 1 })));
    const held = await Promise.all(units.map((acc) => hold(tenant, acc, futureDate("07-10"), futureDate("07-12"))));
    const ids = held.map((h) => h.json.id as string);
    const expected = new Map(held.map((h) => [h.json.id as string, Date.parse(h.json.expiresAt) - 10 * 60_000]));
    await eventually(async () => {
      for (const id of ids) expect((await rowOf(id, "hold_reminder"))?.status).toBe("scheduled");
    });
    const [newer, sent, ...rest] = ids as [string, string, ...string[]];
    // One row planned from a later state of its stay, one already sent, the rest moved by hand.
    await env.DB.prepare("UPDATE step_schedule SET reservation_version = reservation_version + 5, due_at = 1 WHERE reservation_id = ?").bind(newer).run();
    await env.DB.prepare("UPDATE step_schedule SET status = 'sent', fired_at = 2, due_at = 2 WHERE reservation_id = ?").bind(sent).run();
    await env.DB.prepare(`UPDATE step_schedule SET due_at = 3 WHERE reservation_id IN (${rest.map(() => "?").join(", ")})`).bind(...rest).run();

    const counting = databaseWatching();
    await syncReservationSchedules(database(counting.db), tenant.tenantId, ids);
    // Eleven rows to write (the sent one is left out): two statements in one batch, not eleven.
    expect(counting.prepared.filter((query) => /^insert into "step_schedule"/i.test(query))).toHaveLength(2);
    expect(counting.writeBatches).toBe(1);
    expect((await rowOf(newer, "hold_reminder"))?.due_at).toBe(1);
    expect(await rowOf(sent, "hold_reminder")).toMatchObject({ status: "sent", due_at: 2 });
    for (const id of rest) expect((await rowOf(id, "hold_reminder"))?.due_at).toBe(expected.get(id));
  });

  it("reminds a hold ten minutes before it lapses, with the payment link, urgently", async () => {
    const tenant = await createTenant();
    await connectWhatsApp(tenant);
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const created = await hold(tenant, acc, futureDate("09-01"), futureDate("09-03"));
    const id = created.json.id as string;
    await eventually(async () => expect((await rowOf(id, "hold_reminder"))?.status).toBe("scheduled"));
    const reminder = (await rowOf(id, "hold_reminder"))!;
    expect(reminder.due_at).toBe(Date.parse(created.json.expiresAt) - 10 * 60_000);
    expect(await rowOf(id, "pre_arrival")).toBeUndefined();
    await runDueSteps(db(), env, { now: reminder.due_at + 1000, reservationId: id });
    const [message] = (await stepMessages(id)).results;
    expect(message).toMatchObject({ urgent: 1 });
    expect(message!.text).toContain(created.json.code);
  });

  it("writes by email to a guest who gave only an email, once, in an email thread", async () => {
    const { id } = await confirmedStay({ phone: null });
    await eventually(async () => expect(await rowOf(id, "confirmation")).toMatchObject({ status: "sent", channel: "email" }));
    const code = (await env.DB.prepare("SELECT code FROM reservations WHERE id = ?").bind(id).first<{ code: string }>())!.code;
    // The message is filed in the guest's email thread; delivery (and quiet hours) is the outbound pipeline's.
    const filed = async () =>
      (
        await env.DB.prepare(
          "SELECT c.channel, c.guest_address, m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE m.dedupe_key IN (SELECT 'step:' || id || ':' || ?1 FROM message_steps)",
        )
          .bind(id)
          .all<{ channel: string; guest_address: string; text: string }>()
      ).results;
    expect(await filed()).toEqual([{ channel: "email", guest_address: "ana@example.test", text: expect.stringContaining(code) }]);
    // A sweep run again files nothing more.
    await runDueSteps(db(), env, { now: Date.now() + 60_000, reservationId: id });
    expect(await filed()).toHaveLength(1);
  });

  it("records a step as skipped for no_channel when the guest left neither a phone nor an email", async () => {
    const { id } = await confirmedStay({ noContact: true });
    await eventually(async () => expect(await rowOf(id, "confirmation")).toMatchObject({ status: "skipped", reason: "no_channel" }));
    expect((await stepMessages(id)).results).toEqual([]);
  });

  it("defers a step that falls in quiet hours until 08:00 at the lodging", async () => {
    const { tenant, id } = await confirmedStay();
    const steps = (await call("GET", "/v1/communications/steps", { token: tenant.token })).json.data;
    const checkInDay = steps.find((s: { kind: string }) => s.kind === "check_in_day");
    expect((await call("PATCH", `/v1/communications/steps/${checkInDay.id}`, { token: tenant.token, body: { localTime: "23:30" } })).status).toBe(200);
    const row = (await rowOf(id, "check_in_day"))!;
    const checkIn = (await call("GET", `/v1/reservations/${id}`, { token: tenant.token })).json.checkIn as string;
    expect(row.due_at).toBe(at(new Date(Date.parse(`${checkIn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10), "02:30"));
    // The clock is at the step's time (23:30 in Buenos Aires) for the sweep and the pipeline.
    vi.useFakeTimers({ toFake: ["Date"], now: row.due_at + 60_000 });
    await runDueSteps(db(), env, { reservationId: id });
    const messageId = (await rowOf(id, "check_in_day"))!.message_id!;
    const next8am = at(new Date(row.due_at).toISOString().slice(0, 10), "11:00");
    await eventually(async () => {
      const message = await env.DB.prepare("SELECT status, deferred_until FROM messages WHERE id = ?").bind(messageId).first<{ status: string; deferred_until: number }>();
      expect(message).toMatchObject({ status: "deferred", deferred_until: next8am });
    });
  });
});
