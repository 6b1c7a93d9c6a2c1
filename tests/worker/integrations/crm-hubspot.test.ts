import { env, SELF } from "cloudflare:test";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { database } from "../../../workers/platform/db/client";
import { parseConfig, type Env } from "../../../workers/platform/env";
import { saveCrmSettings } from "../../../workers/integrations/crm/crm-settings";
import { probeCrm } from "../../../workers/integrations/crm/probe";
import { runCrmFlush as flushCrm, runCrmProbes as probeDueCrms } from "../../../workers/jobs/crm-sync-job";
import { queueCrmSync, queueCrmSyncForReservations } from "../../../workers/integrations/crm/sync-jobs";
import { DEFER_AFTER_FAILURES, PROBE_DELAYS_MS, RETRY_DELAYS_SECONDS } from "../../../workers/integrations/crm/modes";
import { BASE, call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually, quietTenant } from "../support/calendar";
import { futureDate } from "../support/reservations";
import { addMember, createTenant, type TestTenant } from "../support/tenant";
import { confirmedStay } from "../guest-portal/helpers";
import { FakeHubSpot, RecordingCrmQueue } from "../support/fake-hubspot";

const db = database(env.DB);
const config = parseConfig(env);
const TOKEN = "pat-na1-11111111-2222-3333-4444-555555555555";
let hubspot: FakeHubSpot;
let queue: RecordingCrmQueue;
let testEnv: Env;
let logged: string[];

beforeEach(() => {
  hubspot = new FakeHubSpot().install();
  queue = new RecordingCrmQueue();
  testEnv = { ...env, PARTNER_WEBHOOK_QUEUE: queue as unknown as Env["PARTNER_WEBHOOK_QUEUE"] };
  logged = [];
  for (const level of ["log", "warn", "error", "info"] as const) {
    const original = console[level].bind(console);
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(" "));
      original(...args);
    });
  }
});
afterEach(() => vi.restoreAllMocks());

async function guestOf(tenant: TestTenant, reservationId: string): Promise<string> {
  return eventually(async () => {
    const read = await call("GET", `/v1/reservations/${reservationId}`, { token: tenant.token });
    expect(read.json.guestId).toMatch(/^gst_/);
    return read.json.guestId as string;
  });
}

/**
 * A tenant with guests who stayed (each linked to their profile) before HubSpot is connected. Each
 * stay's queue work is waited for (its tier recorded, then a quiet second), so no late reservation
 * change (a confirmation's batch after its hold's) wakes the CRM through the real queue once the
 * test connects it and flushes by hand.
 */
async function tenantWithGuests(guests: Array<{ name: string; email?: string; phone?: string }>, nights = 2) {
  const tenant = await createTenant();
  const acc = await createAccommodation(tenant, { minStay: 1 });
  expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [{ name: "Plata", minStays: 1 }] } })).status).toBe(200);
  const ids: string[] = [];
  const reservations: string[] = [];
  for (const [i, guest] of guests.entries()) {
    const month = String(2 + i).padStart(2, "0");
    const stay = await confirmedStay(tenant, acc, futureDate(`${month}-01`), futureDate(`${month}-${String(1 + nights).padStart(2, "0")}`), { guest });
    reservations.push(stay.id);
    const guestId = await guestOf(tenant, stay.id);
    ids.push(guestId);
    await eventually(async () => expect((await call("GET", `/v1/guests/${guestId}`, { token: tenant.token })).json.tierHistory).toHaveLength(1));
  }
  await quietTenant(tenant.tenantId);
  return { tenant, acc, guestIds: ids, reservations };
}

/** Connects HubSpot with the recording queue, so every flush in the test is run by hand; the fake counts this tenant's token only. */
async function connect(tenant: TestTenant, now = Date.now()) {
  const token = `pat-na1-${crypto.randomUUID()}`;
  hubspot.token = token;
  await saveCrmSettings(db, testEnv, config, tenant.tenantId, { provider: "hubspot", accessToken: token }, now);
  queue.take();
  return token;
}

const crm = async (tenant: TestTenant) => (await call("GET", "/v1/integrations/crm", { token: tenant.token })).json;
const upsertedEmails = (index: number) => hubspot.upserts[index]!.body.inputs.map((i: { id: string }) => i.id);

describe("HubSpot contacts sync", () => {
  it("sends each guest with their stays as a contact: name split, E.164 phone, language, stays, nights and tier", async () => {
    const { tenant, guestIds } = await tenantWithGuests([
      { name: "Valentina Gómez Ruiz", email: "valentina@example.com", phone: "011 15 5555-0001" },
      { name: "Tomás", phone: "+54 9 294 400-7001" },
    ]);
    expect((await call("PATCH", `/v1/guests/${guestIds[0]}`, { token: tenant.token, body: { lang: "pt" } })).status).toBe(200);

    const token = await connect(tenant);
    // Connecting calls nobody; every guest already there is owed to the new CRM.
    expect(hubspot.calls).toEqual([]);
    expect(await crm(tenant)).toMatchObject({ provider: "hubspot", tokenStored: true, mode: "active", queued: 2 });

    expect(await flushCrm(db, testEnv, config, tenant.tenantId)).toEqual({ kind: "flushed", sent: 2, more: false });
    // The first flush creates Posada's own properties in the account, with the token as a bearer, before any contact.
    const setup = hubspot.callsTo("POST", "/crm/v3/properties/contacts/batch/create");
    expect(setup).toHaveLength(1);
    expect(hubspot.calls[0]).toBe(setup[0]);
    expect(setup[0]!.authorization).toBe(`Bearer ${token}`);
    expect(setup[0]!.body.inputs.map((p: { name: string }) => p.name)).toEqual(["posada_stays", "posada_nights", "posada_last_stay", "posada_tier"]);
    expect(hubspot.upserts).toHaveLength(1);
    expect(hubspot.upserts[0]!.body.inputs).toEqual([
      {
        idProperty: "email",
        id: "valentina@example.com",
        properties: {
          firstname: "Valentina",
          lastname: "Gómez Ruiz",
          email: "valentina@example.com",
          phone: "+5491155550001",
          hs_language: "pt-br",
          posada_stays: "1",
          posada_nights: "2",
          posada_last_stay: "",
          posada_tier: "Plata",
        },
      },
    ]);
    // A guest with only a phone is looked up by it (phone is not unique in HubSpot), then created.
    expect(hubspot.callsTo("POST", "/crm/v3/objects/contacts/search")[0]!.body.filterGroups[0].filters[0]).toEqual({ propertyName: "phone", operator: "EQ", value: "+5492944007001" });
    expect(hubspot.callsTo("POST", "/crm/v3/objects/contacts")[0]!.body.properties).toMatchObject({ firstname: "Tomás", lastname: "", phone: "+5492944007001", posada_stays: "1" });

    const state = await crm(tenant);
    expect(state).toMatchObject({ mode: "active", queued: 0, failureStreak: 0 });
    expect(state.lastSuccessAt).not.toBeNull();
    // Nothing more to send: a second flush calls nobody.
    expect(await flushCrm(db, testEnv, config, tenant.tenantId)).toEqual({ kind: "flushed", sent: 0, more: false });
    expect(hubspot.contactCalls).toHaveLength(3);
  });

  it("coalesces changes to one guest into one contact, sent in the order the guests first changed", async () => {
    const { tenant, guestIds, reservations } = await tenantWithGuests([
      { name: "Ana Uno", email: "ana@example.com" },
      { name: "Bruno Dos", email: "bruno@example.com" },
      { name: "Carla Tres", email: "carla@example.com" },
    ]);
    await connect(tenant);
    await flushCrm(db, testEnv, config, tenant.tenantId);
    const [ana, bruno, carla] = guestIds as [string, string, string];
    const t0 = Date.now() + 1000;
    await queueCrmSync(db, testEnv, tenant.tenantId, [carla], t0);
    await queueCrmSync(db, testEnv, tenant.tenantId, [ana], t0 + 1);
    await queueCrmSync(db, testEnv, tenant.tenantId, [carla], t0 + 2);
    // A reservation change reaches the guest whose stay it is.
    await queueCrmSyncForReservations(db, testEnv, tenant.tenantId, [reservations[0]!, reservations[0]!], t0 + 3);
    await queueCrmSync(db, testEnv, tenant.tenantId, [bruno], t0 + 4);
    // Each change wakes the adapter; the flush that runs sends them all once.
    expect(queue.take().map((m) => m.body)).toEqual(Array(5).fill({ kind: "crm_sync", tenantId: tenant.tenantId }));
    expect((await crm(tenant)).queued).toBe(3);
    expect(await flushCrm(db, testEnv, config, tenant.tenantId, { now: t0 + 10 })).toMatchObject({ kind: "flushed", sent: 3 });
    expect(hubspot.upserts).toHaveLength(2);
    expect(upsertedEmails(1)).toEqual(["carla@example.com", "ana@example.com", "bruno@example.com"]);
  });

  it("sends a guest edited in the console through the real queue", async () => {
    const { tenant, guestIds } = await tenantWithGuests([{ name: "Elena Paz", email: "elena@example.com" }]);
    hubspot.token = `pat-na1-${crypto.randomUUID()}`;
    expect((await call("PUT", "/v1/integrations/crm", { token: tenant.token, body: { provider: "hubspot", accessToken: hubspot.token } })).status).toBe(200);
    await eventually(async () => expect(hubspot.upserts.length).toBeGreaterThanOrEqual(1));
    expect((await call("PATCH", `/v1/guests/${guestIds[0]}`, { token: tenant.token, body: { name: "Elena Paz Ortiz" } })).status).toBe(200);
    await eventually(async () => expect(hubspot.upserts.at(-1)!.body.inputs[0].properties).toMatchObject({ firstname: "Elena", lastname: "Paz Ortiz" }));
    await eventually(async () => expect((await crm(tenant)).queued).toBe(0));
  });
});

describe("the CRM adapter entering and leaving deferred mode", () => {
  it("defers after 5 failures in a row (stores changes, calls nobody), and a probe brings it back and flushes the backlog once, in order", async () => {
    const { tenant, guestIds } = await tenantWithGuests([
      { name: "Ana Uno", email: "ana@example.com" },
      { name: "Bruno Dos", email: "bruno@example.com" },
      { name: "Carla Tres", email: "carla@example.com" },
    ]);
    const [ana, bruno, carla] = guestIds as [string, string, string];
    let now = Date.now();
    await connect(tenant, now);
    await flushCrm(db, testEnv, config, tenant.tenantId, { now });
    expect(hubspot.upserts).toHaveLength(1);

    // HubSpot goes down: each failed flush retries itself with backoff, until the fifth defers.
    hubspot.otherwise = 503;
    await queueCrmSync(db, testEnv, tenant.tenantId, [bruno], (now += 1000));
    queue.take();
    const outcomes: string[] = [];
    for (let failure = 1; failure <= DEFER_AFTER_FAILURES; failure++) {
      const outcome = await flushCrm(db, testEnv, config, tenant.tenantId, { now });
      outcomes.push(outcome.kind);
      const retry = queue.take();
      if (failure < DEFER_AFTER_FAILURES) {
        expect(retry).toEqual([{ body: { kind: "crm_sync", tenantId: tenant.tenantId }, delaySeconds: RETRY_DELAYS_SECONDS[failure - 1] }]);
        // Too early: backing off, a stray message calls nobody.
        expect(await flushCrm(db, testEnv, config, tenant.tenantId, { now: now + 1 })).toEqual({ kind: "skipped" });
        now += RETRY_DELAYS_SECONDS[failure - 1]! * 1000;
      } else {
        expect(retry).toEqual([]);
      }
    }
    expect(outcomes).toEqual(["retry_scheduled", "retry_scheduled", "retry_scheduled", "retry_scheduled", "deferred"]);
    expect(hubspot.upserts).toHaveLength(1 + DEFER_AFTER_FAILURES);
    const deferredAt = now;

    // Deferred: changes are stored, nothing is queued and nothing calls HubSpot.
    const callsWhenDeferred = hubspot.calls.length;
    await queueCrmSync(db, testEnv, tenant.tenantId, [carla], (now += 1000));
    await queueCrmSync(db, testEnv, tenant.tenantId, [ana], (now += 1000));
    await queueCrmSync(db, testEnv, tenant.tenantId, [carla], (now += 1000));
    expect(queue.take()).toEqual([]);
    expect(await flushCrm(db, testEnv, config, tenant.tenantId, { now })).toEqual({ kind: "skipped" });
    expect(await probeDueCrms(db, testEnv, config, now)).toBe(0);
    expect(hubspot.calls).toHaveLength(callsWhenDeferred);

    // Shown as such: the CRM settings, the integrations health and /healthz (degraded, not down).
    const state = await crm(tenant);
    expect(state).toMatchObject({ mode: "deferred", queued: 3, failureStreak: DEFER_AFTER_FAILURES, pausedSince: new Date(deferredAt).toISOString() });
    const health = await call("GET", "/v1/integrations/health", { token: tenant.token });
    expect(health.json.status).toBe("degraded");
    expect(health.json.data).toContainEqual(expect.objectContaining({ kind: "crm", name: "HubSpot", mode: "deferred", healthy: false, queued: 3, failureStreak: DEFER_AFTER_FAILURES }));
    const healthz = await call("GET", "/healthz");
    expect(healthz.status).toBe(200);
    expect(healthz.json.status).toBe("degraded");
    expect(healthz.json.checks.crm.ok).toBe(false);

    // The probe is due 5 minutes later; HubSpot still fails, so the next one waits longer.
    now = deferredAt + PROBE_DELAYS_MS[0]!;
    expect(await probeDueCrms(db, testEnv, config, now)).toBe(1);
    expect(hubspot.probes).toHaveLength(1);
    expect((await crm(tenant)).mode).toBe("deferred");
    expect((await crm(tenant)).nextProbeAt).toBe(new Date(now + PROBE_DELAYS_MS[1]!).toISOString());
    expect(await probeDueCrms(db, testEnv, config, now + 60_000)).toBe(0);
    expect(hubspot.probes).toHaveLength(1);
    expect(hubspot.upserts).toHaveLength(1 + DEFER_AFTER_FAILURES);

    // HubSpot is back: the next probe answers, the adapter is active and wakes the flush by itself.
    hubspot.otherwise = 200;
    now += PROBE_DELAYS_MS[1]!;
    expect(await probeDueCrms(db, testEnv, config, now)).toBe(1);
    expect(await crm(tenant)).toMatchObject({ mode: "active", failureStreak: 0, pausedSince: null, queued: 3 });
    const wake = queue.take();
    expect(wake).toEqual([{ body: { kind: "crm_sync", tenantId: tenant.tenantId }, delaySeconds: 0 }]);

    // The backlog leaves once, in the order it was stored, one contact per guest; the wake-up sent twice sends nothing more.
    expect(await flushCrm(db, testEnv, config, tenant.tenantId, { now })).toEqual({ kind: "flushed", sent: 3, more: false });
    expect(await flushCrm(db, testEnv, config, tenant.tenantId, { now })).toEqual({ kind: "flushed", sent: 0, more: false });
    const successful = hubspot.upserts.filter((u) => u.answeredStatus === 200);
    expect(successful).toHaveLength(2);
    expect(upsertedEmails(hubspot.upserts.length - 1)).toEqual(["bruno@example.com", "carla@example.com", "ana@example.com"]);
    expect(await crm(tenant)).toMatchObject({ mode: "active", queued: 0 });
    expect((await call("GET", "/healthz")).json.checks.crm.ok).toBe(true);
  });

  it("defers on 429s that last more than 10 minutes, even with fewer than 5 calls", async () => {
    const { tenant, guestIds } = await tenantWithGuests([{ name: "Ana Uno", email: "ana@example.com" }]);
    let now = Date.now();
    await connect(tenant, now);
    hubspot.otherwise = 429;
    expect((await flushCrm(db, testEnv, config, tenant.tenantId, { now })).kind).toBe("retry_scheduled");
    now += 11 * 60_000;
    await queueCrmSync(db, testEnv, tenant.tenantId, guestIds, now);
    expect((await flushCrm(db, testEnv, config, tenant.tenantId, { now })).kind).toBe("deferred");
    expect(hubspot.upserts).toHaveLength(2);
    expect(await crm(tenant)).toMatchObject({ mode: "deferred", failureStreak: 2 });
    // The owner's "retry now" probes at once, whatever the schedule.
    hubspot.otherwise = 200;
    const resumed = await call("POST", "/v1/integrations/crm/resume", { token: tenant.token });
    expect(resumed.status).toBe(200);
    expect(resumed.json).toMatchObject({ mode: "active" });
  });
});

describe("a refused token", () => {
  it("is not deferred: the adapter needs attention, the owner gets an alert in their words, and a new token resumes it", async () => {
    const { tenant } = await tenantWithGuests([{ name: "Ana Uno", email: "ana@example.com" }]);
    const now = Date.now();
    await connect(tenant, now);
    hubspot.otherwise = 401;
    expect(await flushCrm(db, testEnv, config, tenant.tenantId, { now })).toMatchObject({ kind: "needs_attention" });
    expect(queue.take()).toEqual([]);
    expect(await crm(tenant)).toMatchObject({ mode: "needs_attention", queued: 1 });
    const alerts = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data as Array<{ kind: string; severity: string; params: Record<string, unknown>; resolvedAt: string | null }>;
    const alert = alerts.find((a) => a.kind === "crm_needs_attention");
    expect(alert).toMatchObject({ severity: "critical", params: { provider: "HubSpot", status: 401 } });

    // No call while it waits for the owner: not by a flush, not by the cron's probes.
    const calls = hubspot.calls.length;
    expect(await flushCrm(db, testEnv, config, tenant.tenantId, { now: now + 3600_000 })).toEqual({ kind: "skipped" });
    expect(await probeDueCrms(db, testEnv, config, now + 3600_000)).toBe(0);
    expect(hubspot.calls).toHaveLength(calls);

    // A new token (kept as sent, never echoed) makes it active and sends what waited; the alert is settled.
    hubspot.otherwise = 200;
    const NEW_TOKEN = "pat-na1-99999999-8888-7777-6666-555555555555";
    hubspot.token = NEW_TOKEN;
    const saved = await call("PUT", "/v1/integrations/crm", { token: tenant.token, body: { provider: "hubspot", accessToken: NEW_TOKEN } });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ mode: "active", tokenStored: true });
    expect(saved.text).not.toContain(NEW_TOKEN);
    await eventually(async () => expect((await crm(tenant)).queued).toBe(0));
    expect(hubspot.upserts.at(-1)!.authorization).toBe(`Bearer ${NEW_TOKEN}`);
    const after = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data as Array<{ kind: string }>;
    expect(after.find((a) => a.kind === "crm_needs_attention")).toBeUndefined();
  });
});

describe("the CRM settings", () => {
  it("keep the token when it is left out, and never show it in an answer, the audit log, an export or a log line", async () => {
    const tenant = await createTenant();
    hubspot.token = TOKEN;
    const saved = await call("PUT", "/v1/integrations/crm", { token: tenant.token, body: { provider: "hubspot", accessToken: TOKEN } });
    expect(saved.status).toBe(200);
    const kept = await call("PUT", "/v1/integrations/crm", { token: tenant.token, body: { provider: "hubspot" } });
    expect(kept.status).toBe(200);
    expect(kept.json.tokenStored).toBe(true);
    await call("POST", "/v1/integrations/crm/test", { token: tenant.token });
    expect(hubspot.probes.at(-1)!.authorization).toBe(`Bearer ${TOKEN}`);
    const test = await call("POST", "/v1/integrations/crm/test", { token: tenant.token });
    expect(test.json).toEqual({ provider: "hubspot", ok: true, account: null, problem: null });
    hubspot.answers = [401];
    expect((await call("POST", "/v1/integrations/crm/test", { token: tenant.token })).json).toMatchObject({ ok: false, problem: "rejected" });

    const audit = await call("GET", "/v1/audit", { token: tenant.token });
    const actions = (audit.json.data as Array<{ action: string }>).map((e) => e.action);
    expect(actions).toContain("integrations.crm.update");
    const exported = await call("POST", "/v1/exports", { token: tenant.token });
    expect(exported.status).toBe(202);
    await eventually(async () => expect((await call("GET", `/v1/exports/${exported.json.id}`, { token: tenant.token })).json.status).toBe("ready"));
    const zip = await SELF.fetch(`${BASE}/v1/exports/${exported.json.id}/download`, { headers: { authorization: `Bearer ${tenant.token}` } });
    const files = new Map(Object.entries(unzipSync(new Uint8Array(await zip.arrayBuffer()))).map(([name, bytes]) => [name, strFromU8(bytes)]));
    const connectionFile = [...files].find(([name]) => name.startsWith("crm_connections"));
    expect(connectionFile?.[1]).toContain("hubspot");
    expect(connectionFile?.[1]).not.toContain("access_token");
    for (const text of [saved.text, kept.text, test.text, audit.text, ...files.values(), (await call("GET", "/v1/integrations/crm", { token: tenant.token })).text, ...logged]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain("11111111-2222-3333");
    }
    const row = await env.DB.prepare("SELECT access_token_sealed AS sealed FROM crm_connections WHERE tenant_id = ?").bind(tenant.tenantId).first<{ sealed: string }>();
    expect(row!.sealed).not.toContain(TOKEN);

    expect((await call("DELETE", "/v1/integrations/crm", { token: tenant.token })).status).toBe(204);
    expect(await crm(tenant)).toMatchObject({ mode: "off", tokenStored: false, queued: 0 });
    expect((await call("DELETE", "/v1/integrations/crm", { token: tenant.token })).status).toBe(404);
  });

  it("refuse bad input with a 4xx problem, store nothing, and are the owner's only", async () => {
    const tenant = await createTenant();
    hubspot.token = `pat-na1-${crypto.randomUUID()}`;
    for (const body of [{ provider: "hubspot" }, { provider: "salesforce", accessToken: TOKEN }, { provider: "hubspot", accessToken: "pat na1 with spaces in it" }, { provider: "hubspot", accessToken: "short" }, { provider: "hubspot", accessToken: TOKEN, extra: 1 }, "nope"]) {
      const refused = await call("PUT", "/v1/integrations/crm", { token: tenant.token, body });
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
    }
    const missing = await call("PUT", "/v1/integrations/crm", { token: tenant.token, body: { provider: "hubspot" } });
    expect(missing.json.errors).toEqual([{ path: "accessToken", message: "required to connect HubSpot" }]);
    expect(await crm(tenant)).toMatchObject({ mode: "off", tokenStored: false });
    expect(hubspot.calls).toHaveLength(0);
    expect((await call("POST", "/v1/integrations/crm/resume", { token: tenant.token })).status).toBe(404);
    expect((await call("POST", "/v1/integrations/crm/test", { token: tenant.token })).json).toMatchObject({ ok: false, problem: "not_configured" });

    const admin = await addMember(tenant, "admin");
    expect((await call("PUT", "/v1/integrations/crm", { token: admin.token, body: { provider: "hubspot", accessToken: TOKEN } })).status).toBe(403);
    expect((await call("GET", "/v1/integrations/crm", { token: admin.token })).status).toBe(403);
  });

  it("belong to one tenant: another tenant's guests are never sent and its routes see no CRM", async () => {
    const a = await tenantWithGuests([{ name: "Ana Uno", email: "ana@example.com" }]);
    const b = await tenantWithGuests([{ name: "Beto Otro", email: "beto@example.com" }]);
    await connect(a.tenant);
    // Tenant B names its own guest and A's: B has no CRM, and A's flush knows only A's guests.
    expect(await queueCrmSync(db, testEnv, b.tenant.tenantId, [...b.guestIds, ...a.guestIds])).toBe(0);
    await queueCrmSync(db, testEnv, a.tenant.tenantId, b.guestIds);
    await flushCrm(db, testEnv, config, a.tenant.tenantId);
    const sent = hubspot.upserts.flatMap((u) => u.body.inputs.map((i: { id: string }) => i.id));
    expect(sent).toEqual(["ana@example.com"]);
    expect(await crm(b.tenant)).toMatchObject({ mode: "off", tokenStored: false });
    expect((await call("DELETE", "/v1/integrations/crm", { token: b.tenant.token })).status).toBe(404);
    expect((await call("POST", "/v1/integrations/crm/resume", { token: b.tenant.token })).status).toBe(404);
    expect((await probeCrm(db, testEnv, config, b.tenant.tenantId, { force: true })).mode).toBe("off");
    expect(await crm(a.tenant)).toMatchObject({ mode: "active", tokenStored: true });
  });
});
