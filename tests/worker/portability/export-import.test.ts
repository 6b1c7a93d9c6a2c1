import { env, SELF } from "cloudflare:test";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { newId } from "../../../shared/ids";
import { database } from "../../../workers/platform/db/client";
import { buildExport } from "../../../workers/portability/build-export";
import { EXPORT_KINDS } from "../../../workers/portability/export-kinds";
import { BASE, call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually, settleReadModel } from "../support/calendar";
import { STEP_KINDS } from "../../../shared/messaging/step-kinds";
import { configurePayments, MP_WEBHOOK_SECRET, STRIPE_WEBHOOK_SECRET } from "../support/payments";
import { futureDate, hold } from "../support/reservations";
import { addMember, createKey, createTenant, type TestTenant } from "../support/tenant";

type Row = Record<string, unknown>;

/** Asks for an export, builds it (as the queue would) and waits until it is ready. */
async function exportOf(tenant: TestTenant): Promise<string> {
  const asked = await call("POST", "/v1/exports", { token: tenant.token });
  expect(asked.status).toBe(202);
  expect(asked.json).toMatchObject({ status: "queued", downloadUrl: null });
  await buildExport(database(env.DB), env, tenant.tenantId, asked.json.id);
  await eventually(async () => {
    const status = await call("GET", `/v1/exports/${asked.json.id}`, { token: tenant.token });
    expect(status.json.status).toBe("ready");
  });
  return asked.json.id;
}

async function download(tenant: TestTenant, id: string) {
  const response = await SELF.fetch(`${BASE}/v1/exports/${id}/download`, { headers: { authorization: `Bearer ${tenant.token}` } });
  return { status: response.status, type: response.headers.get("content-type"), bytes: new Uint8Array(await response.arrayBuffer()) };
}

function filesOf(zip: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** A tenant with a bit of everything: units, prices, settings with secrets, stays of every status, a block, a template, a thread. */
async function busyTenant(): Promise<{ tenant: TestTenant; units: string[] }> {
  const tenant = await createTenant();
  await configurePayments(tenant);
  const coihue = await createAccommodation(tenant, { pricing: { weekendMultiplier: 1.3, seasons: [{ name: "Verano", from: futureDate("01-01"), to: futureDate("02-28"), price: { amount: 12_000_000, currency: "ARS" } }] } });
  const depto = await createAccommodation(tenant, { name: "Depto Centro", minStay: 1, capacity: 2 });
  const confirmed = await hold(tenant, coihue, futureDate("03-02"), futureDate("03-05"), { guest: { name: "María Gómez", email: "maria@example.test" } });
  expect(confirmed.status).toBe(201);
  const paid = await call("POST", `/v1/reservations/${confirmed.json.id}/confirm`, { token: tenant.token, body: { payment: { amount: { amount: confirmed.json.deposit.amount, currency: "ARS" }, method: "transfer", reference: "op 123" } } });
  expect(paid.status).toBe(200);
  // The booking confirmation goes to María at once, in an email thread of its own: the export starts after it went.
  await eventually(async () => {
    const step = await env.DB.prepare("SELECT s.status FROM step_schedule s JOIN message_steps m ON m.id = s.step_id WHERE s.reservation_id = ? AND m.kind = 'confirmation'")
      .bind(confirmed.json.id)
      .first<{ status: string }>();
    expect(step?.status).toBe("sent");
  });
  const cancelled = await hold(tenant, depto, futureDate("04-10"), futureDate("04-12"));
  expect((await call("POST", `/v1/reservations/${cancelled.json.id}/cancel`, { token: tenant.token })).status).toBe(200);
  expect((await hold(tenant, coihue, futureDate("05-01"), futureDate("05-04"))).status).toBe(201);
  expect((await call("POST", `/v1/accommodations/${depto}/blocks`, { token: tenant.token, body: { checkIn: futureDate("06-01"), checkOut: futureDate("06-03"), note: "pintura" } })).status).toBe(201);
  const template = await call("POST", "/v1/communications/templates", { token: tenant.token, body: { name: "Salida tarde", bodies: { es: "Hola {guest.firstName}, podés salir a las 12." } } });
  expect(template.status).toBe(201);
  // María's thread, on a number of her own: the holds above name Ana's, whose profile the bookings
  // queue makes meanwhile.
  const conversation = newId("conv");
  await env.DB.prepare("INSERT INTO conversations (id, tenant_id, channel, guest_address, guest_name) VALUES (?, ?, 'whatsapp', '+5492945550177', 'María')").bind(conversation, tenant.tenantId).run();
  await env.DB.prepare("INSERT INTO messages (id, tenant_id, conversation_id, direction, author, text, status) VALUES (?, ?, ?, 'in', 'guest', 'Hola, ¿tienen lugar?', 'answered')")
    .bind(newId("msg"), tenant.tenantId, conversation)
    .run();
  const guest = newId("gst");
  await env.DB.prepare("INSERT INTO guests (id, tenant_id, name, phone, lang, tags) VALUES (?, ?, 'María', '+5492945550177', 'es', '[\"vip\"]')").bind(guest, tenant.tenantId).run();
  await env.DB.prepare("INSERT INTO guest_subjects (subject_type, subject_id, tenant_id, guest_id) VALUES ('conversation', ?, ?, ?)").bind(conversation, tenant.tenantId, guest).run();
  await settleReadModel(coihue);
  await settleReadModel(depto);
  await holdRemindersPlanned(tenant.tenantId);
  return { tenant, units: [coihue, depto] };
}

/** Waits until every held stay of the tenant has its reminder planned, which the queue does after the hold. */
async function holdRemindersPlanned(tenantId: string) {
  const unplanned = env.DB.prepare(
    "SELECT count(*) AS n FROM reservations r WHERE r.tenant_id = ? AND r.status = 'held' AND NOT EXISTS (SELECT 1 FROM step_schedule s JOIN message_steps m ON m.id = s.step_id WHERE s.reservation_id = r.id AND m.kind = 'hold_reminder')",
  ).bind(tenantId);
  await eventually(async () => expect((await unplanned.first<{ n: number }>())!.n).toBe(0));
}

/**
 * An export's rows with what an import may change taken out: every id becomes its prefix (ids are
 * new), the tenant's own row and team (not imported) are left out, and a block's `updated_at`
 * (when the read model wrote it) is dropped, as are a scheduled step's `updated_at` and
 * `reservation_version` (the new tenant's queue plans its restored stays again, at its own moment
 * and from its own read-model versions; when and whether each step goes is compared). Everything
 * else must be equal.
 */
function comparable(files: Map<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const kind of EXPORT_KINDS.filter((k) => k.import !== "none")) {
    const rows = JSON.parse(files.get(`${kind.file}.json`)!) as Row[];
    out[kind.file] = rows
      .map((row) => {
        const copy = { ...row };
        if (kind.file === "blocks") delete copy.updated_at;
        if (kind.file === "step_schedule") {
          delete copy.updated_at;
          delete copy.reservation_version;
        }
        return JSON.stringify(
          Object.fromEntries(
            Object.entries(copy).map(([k, v]) => [k, typeof v === "string" ? v.replace(/\b(ten|usr|acc|res|blk|pay|conv|msg|tpl|stp|sch|gst|gmg|gtc)_[0-9A-Za-z-]+/g, "$1_…") : v]),
          ),
        );
      })
      .sort();
  }
  return out;
}

describe("tenant export", () => {
  it("builds a ZIP of JSON and CSV per kind, downloads once for the owner, and holds no secret", async () => {
    const { tenant } = await busyTenant();
    const id = await exportOf(tenant);

    const first = await download(tenant, id);
    expect(first.status).toBe(200);
    expect(first.type).toBe("application/zip");
    const files = filesOf(first.bytes);
    for (const kind of EXPORT_KINDS) {
      expect(files.has(`${kind.file}.json`), kind.file).toBe(true);
      expect(files.has(`${kind.file}.csv`), kind.file).toBe(true);
    }
    const manifest = JSON.parse(files.get("manifest.json")!);
    expect(manifest).toMatchObject({ format: "posada-tenant-export", version: 1, tenantId: tenant.tenantId, counts: { accommodations: 2, reservations: 3, payments: 1, blocks: 1, conversations: 2, messages: 2 } });
    const reservations = JSON.parse(files.get("reservations.json")!) as Row[];
    expect(reservations.map((r) => r.status).sort()).toEqual(["cancelled", "confirmed", "held"]);
    expect(files.get("reservations.csv")).toContain("María Gómez");
    expect(files.get("reservations.csv")!.split("\r\n")[0]).toContain("code");

    // No secret, sealed or plain, and no column that holds one.
    const everything = [...files.values()].join("\n");
    for (const secret of ["APP_USR-test-token-123", "sk_test_fake_123456", MP_WEBHOOK_SECRET, STRIPE_WEBHOOK_SECRET, tenant.password]) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/_sealed|password_hash|key_hash|token_hash|code_hash/);
    const sealed = await env.DB.prepare("SELECT mercadopago_access_token_sealed AS s FROM payment_settings WHERE tenant_id = ?").bind(tenant.tenantId).first<{ s: string }>();
    expect(everything).not.toContain(sealed!.s);

    // Once: a second download is gone, and the file left the bucket.
    const second = await download(tenant, id);
    expect(second.status).toBe(410);
    await eventually(async () => expect(await env.EXPORTS.list({ prefix: `tenants/${tenant.tenantId}/exports/` }).then((l) => l.objects.length)).toBe(0));
    expect((await call("GET", `/v1/exports/${id}`, { token: tenant.token })).json).toMatchObject({ status: "ready", downloadUrl: null, downloadedAt: expect.any(String) });
  });

  it("is the owner's alone: another tenant gets 404, an admin, staff or an API key 403", async () => {
    const { tenant } = await busyTenant();
    const id = await exportOf(tenant);
    const stranger = await createTenant();
    expect((await call("GET", `/v1/exports/${id}`, { token: stranger.token })).status).toBe(404);
    expect((await download(stranger, id)).status).toBe(404);
    const admin = await addMember(tenant, "admin");
    const staff = await addMember(tenant, "staff");
    const key = await createKey(tenant, ["reservations:read"]);
    for (const token of [admin.token, staff.token, key.key]) {
      expect((await call("POST", "/v1/exports", { token })).status).toBe(403);
      expect((await call("GET", `/v1/exports/${id}/download`, { token })).status).toBe(403);
    }
    // Still there for the owner.
    expect((await download(tenant, id)).status).toBe(200);
  });

  it("lets one of two racing downloads through", async () => {
    const { tenant } = await busyTenant();
    const id = await exportOf(tenant);
    const statuses = (await Promise.all([download(tenant, id), download(tenant, id)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 410]);
  });

  it("answers 409 for a download before the export is ready, and builds for a duplicate message once", async () => {
    const tenant = await createTenant();
    const building = newId("exp");
    await env.DB.prepare("INSERT INTO tenant_exports (id, tenant_id, requested_by, status, claimed_until, created_at) VALUES (?, ?, ?, 'building', ?, ?)")
      .bind(building, tenant.tenantId, tenant.ownerId, Date.now() + 60_000, Date.now())
      .run();
    const early = await call("GET", `/v1/exports/${building}/download`, { token: tenant.token });
    expect(early.status).toBe(409);
    expect(early.json.code).toBe("export_not_ready");
    // Another delivery of the message while the first build holds it does nothing.
    await buildExport(database(env.DB), env, tenant.tenantId, building);
    expect((await call("GET", `/v1/exports/${building}`, { token: tenant.token })).json.status).toBe("building");

    const queued = newId("exp");
    await env.DB.prepare("INSERT INTO tenant_exports (id, tenant_id, requested_by, status, created_at) VALUES (?, ?, ?, 'queued', ?)").bind(queued, tenant.tenantId, tenant.ownerId, Date.now()).run();
    await Promise.all([buildExport(database(env.DB), env, tenant.tenantId, queued), buildExport(database(env.DB), env, tenant.tenantId, queued)]);
    expect((await call("GET", `/v1/exports/${queued}`, { token: tenant.token })).json).toMatchObject({ status: "ready", counts: { accommodations: 0, message_templates: STEP_KINDS.length } });
  });
});

describe("tenant import", () => {
  it("round-trips: export → import into a fresh tenant → export again gives the same rows (ids aside)", async () => {
    const { tenant: source } = await busyTenant();
    const zip = (await download(source, await exportOf(source))).bytes;
    const original = filesOf(zip);

    const target = await createTenant();
    const imported = await call("POST", "/v1/imports", { token: target.token, rawBody: zip, headers: { "content-type": "application/zip" } });
    expect(imported.status, imported.text).toBe(200);
    expect(imported.json.imported).toMatchObject({ accommodations: 2, reservations: 3, payments: 1, blocks: 1, conversations: 2, messages: 2 });
    expect(imported.json.imported.guests).toBeGreaterThanOrEqual(1);
    expect(imported.json.imported.guest_subjects).toBeGreaterThanOrEqual(1);

    const units = (await call("GET", "/v1/accommodations", { token: target.token })).json.data as Row[];
    expect(units.map((u) => u.name).sort()).toEqual(["Cabaña Coihue", "Depto Centro"]);
    for (const unit of units) await settleReadModel(String(unit.id));
    await holdRemindersPlanned(target.tenantId);

    const again = filesOf((await download(target, await exportOf(target))).bytes);
    const before = comparable(original);
    const after = comparable(again);
    for (const file of Object.keys(before)) expect(after[file], file).toEqual(before[file]);

    // The calendars own the restored stays: a confirmed night cannot be sold again, a free one can,
    // and a new code never repeats a restored one.
    const coihue = String(units.find((u) => u.name === "Cabaña Coihue")!.id);
    expect((await hold(target, coihue, futureDate("03-03"), futureDate("03-06"))).status).toBe(409);
    const fresh = await hold(target, coihue, futureDate("07-01"), futureDate("07-03"));
    expect(fresh.status).toBe(201);
    const codes = (JSON.parse(again.get("reservations.json")!) as Row[]).map((r) => r.code);
    expect(codes).not.toContain(fresh.json.code);
    // The source tenant is untouched.
    expect((await call("GET", "/v1/reservations", { token: source.token })).json.data).toHaveLength(3);
  });

  it("refuses a tenant that is not empty, a body that is not an export, and another tenant's own export into itself, writing nothing", async () => {
    const { tenant: source } = await busyTenant();
    const zip = (await download(source, await exportOf(source))).bytes;

    const busy = await createTenant();
    await createAccommodation(busy);
    const refused = await call("POST", "/v1/imports", { token: busy.token, rawBody: zip, headers: { "content-type": "application/zip" } });
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe("tenant_not_empty");

    const empty = await createTenant();
    for (const body of [new TextEncoder().encode("not a zip"), new Uint8Array(0)]) {
      const bad = await call("POST", "/v1/imports", { token: empty.token, rawBody: body, headers: { "content-type": "application/zip" } });
      expect(bad.status).toBe(422);
      expect(bad.headers.get("content-type")).toContain("application/problem+json");
    }
    expect((await call("GET", "/v1/accommodations", { token: empty.token })).json.data).toHaveLength(0);

    const self = await call("POST", "/v1/imports", { token: source.token, rawBody: zip, headers: { "content-type": "application/zip" } });
    expect(self.status).toBe(409);

    const staff = await addMember(empty, "staff");
    expect((await call("POST", "/v1/imports", { token: staff.token, rawBody: zip, headers: { "content-type": "application/zip" } })).status).toBe(403);
  });
});

