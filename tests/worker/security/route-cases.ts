import { env } from "cloudflare:test";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { futureDate, hold } from "../support/reservations";
import { addMember, createKey, type TestTenant } from "../support/tenant";
import { draftQuotation, groupRequest, openQuotation } from "../support/quotations";

/**
 * Every authenticated /v1 route, with what it needs. The suite fails if the OpenAPI
 * document lists a route that is missing here, so no route ships without these checks.
 */
export type Access = { scope: string } | "admin-session" | "session";

export interface RouteCase {
  access: Access;
  /** Builds the request against tenant A's own resource (creating it if needed). */
  prepare: (owner: TestTenant) => Promise<{ path: string; body?: unknown }>;
  /** True when the path names a resource, so another tenant must get 404. */
  namesResource: boolean;
}

const fixed = (path: string, body?: unknown) => async () => ({ path, body });

let nextDay = 0;
/** A fresh held reservation of the owner's, on nights no other case uses. */
async function heldReservation(owner: TestTenant): Promise<string> {
  const acc = await createAccommodation(owner, { minStay: 1 });
  nextDay += 3;
  const month = String(1 + (nextDay % 12)).padStart(2, "0");
  const day = String(1 + (nextDay % 25)).padStart(2, "0");
  const response = await hold(owner, acc, futureDate(`${month}-${day}`), futureDate(`${month}-${String(Number(day) + 2).padStart(2, "0")}`));
  if (response.status !== 201) throw new Error(`hold failed: ${response.status} ${response.text}`);
  return response.json.id;
}

/** A stored (unprocessed) notification of the owner's, written as the webhook would. */
async function storedEvent(owner: TestTenant): Promise<string> {
  const id = `evt_sec_${crypto.randomUUID().slice(0, 18)}`;
  await env.DB.prepare("INSERT INTO webhook_events (id, tenant_id, provider, provider_event_id, raw_body) VALUES (?, ?, 'stripe', ?, '{}')").bind(id, owner.tenantId, id).run();
  return id;
}

/** An export of the owner's, as its row stands before the queue builds it. */
async function exportOf(owner: TestTenant): Promise<string> {
  const asked = await call("POST", "/v1/exports", { token: owner.token });
  if (asked.status !== 202) throw new Error(`export request failed: ${asked.status} ${asked.text}`);
  return asked.json.id;
}

async function feedOf(owner: TestTenant): Promise<string> {
  const acc = await createAccommodation(owner);
  const created = await call("POST", `/v1/accommodations/${acc}/ical-feeds`, { token: owner.token, body: { url: "https://calendar.ota.fake/sec.ics", source: "vrbo" } });
  if (created.status !== 201) throw new Error(`feed creation failed: ${created.status} ${created.text}`);
  return created.json.id;
}

async function conversationOf(owner: TestTenant): Promise<string> {
  const id = `conv_sec_${crypto.randomUUID().slice(0, 18)}`;
  await env.DB.prepare("INSERT INTO conversations (id, tenant_id, channel, guest_address) VALUES (?, ?, 'whatsapp', ?)").bind(id, owner.tenantId, id).run();
  return id;
}

async function voiceNoteOf(owner: TestTenant): Promise<string> {
  const conversationId = await conversationOf(owner);
  const id = `msg_sec_${crypto.randomUUID().slice(0, 18)}`;
  await env.DB.prepare("INSERT INTO messages (id, tenant_id, conversation_id, direction, author, text, status, media_id, media_type) VALUES (?, ?, ?, 'in', 'guest', '🎤', 'answered', '1000000000000001', 'audio/ogg')")
    .bind(id, owner.tenantId, conversationId)
    .run();
  return `/v1/conversations/${conversationId}/messages/${id}/audio`;
}

async function openAlert(owner: TestTenant): Promise<string> {
  const id = `alr_sec_${crypto.randomUUID().slice(0, 18)}`;
  await env.DB.prepare("INSERT INTO alerts (id, tenant_id, kind, severity, subject_type, subject_id, message, dedupe_key) VALUES (?, ?, 'test', 'info', 'test', 'x', 'm', ?)").bind(id, owner.tenantId, id).run();
  return id;
}

/** A pending transfer receipt of the owner's, for a held reservation, with its file stored as the intake stores it. */
async function pendingReceipt(owner: TestTenant): Promise<string> {
  const reservationId = await heldReservation(owner);
  const conversationId = await conversationOf(owner);
  const id = `rcp_sec_${crypto.randomUUID().slice(0, 18)}`;
  const key = `tenants/${owner.tenantId}/receipts/${id}`;
  await env.RECEIPTS.put(key, new TextEncoder().encode("%PDF-1.7 sec"), { httpMetadata: { contentType: "application/pdf" } });
  await env.DB.prepare(
    "INSERT INTO transfer_receipts (id, tenant_id, reservation_id, conversation_id, message_id, object_key, content_type, size_bytes, hold_live) VALUES (?, ?, ?, ?, ?, ?, 'application/pdf', 12, 1)",
  )
    .bind(id, owner.tenantId, reservationId, conversationId, `msg_${id}`, key)
    .run();
  return id;
}

const BANK_ACCOUNT = { enabled: true, cbu: "2850590940090418135201", alias: "POSADA.SEC", holderName: "Posada Sec", cuit: "30712345671" };

/** One of the owner's default steps (created on first read). */
async function stepOf(owner: TestTenant): Promise<string> {
  const listed = await call("GET", "/v1/communications/steps", { token: owner.token });
  if (listed.status !== 200) throw new Error(`steps failed: ${listed.status} ${listed.text}`);
  return listed.json.data.find((s: { kind: string }) => s.kind === "pre_arrival").id;
}

/** A fresh template of the owner's, used by no step (so it may be deleted). */
async function templateOf(owner: TestTenant): Promise<string> {
  const created = await call("POST", "/v1/communications/templates", { token: owner.token, body: { name: "Sec", bodies: { es: "Hola {guest.firstName}" } } });
  if (created.status !== 201) throw new Error(`template failed: ${created.status} ${created.text}`);
  return created.json.id;
}

/** A held reservation of the owner's that has reached the read model. */
async function mirroredReservation(owner: TestTenant): Promise<string> {
  const id = await heldReservation(owner);
  for (let i = 0; i < 100; i++) {
    if (await env.DB.prepare("SELECT 1 FROM reservations WHERE id = ?").bind(id).first()) return id;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("reservation never reached the read model");
}

/**
 * A benefit owed to a confirmed stay of the owner's: the read model's row turned confirmed, its
 * guest (the one linking gave it, or one made here) recorded at a tier with a welcome text.
 */
async function owedBenefitOf(owner: TestTenant): Promise<string> {
  const id = await mirroredReservation(owner);
  let guestId: string | undefined;
  for (let i = 0; i < 20 && !guestId; i++) {
    guestId = (await env.DB.prepare("SELECT guest_id FROM guest_subjects WHERE subject_type = 'reservation' AND subject_id = ?").bind(id).first<{ guest_id: string }>())?.guest_id;
    if (!guestId) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!guestId) {
    guestId = `gst_sec_${crypto.randomUUID().slice(0, 18)}`;
    await env.DB.batch([
      env.DB.prepare("INSERT INTO guests (id, tenant_id, name, tags) VALUES (?, ?, 'Sec', '[]')").bind(guestId, owner.tenantId),
      env.DB.prepare("INSERT INTO guest_subjects (subject_type, subject_id, tenant_id, guest_id) VALUES ('reservation', ?, ?, ?)").bind(id, owner.tenantId, guestId),
    ]);
  }
  const tiers = JSON.stringify([{ name: "Plata", minStays: 1, minNights: null, discountPercent: null, benefits: [], welcomeText: "Bienvenida" }]);
  await env.DB.batch([
    env.DB.prepare("UPDATE reservations SET status = 'confirmed' WHERE id = ?").bind(id),
    env.DB.prepare("INSERT INTO loyalty_tiers (tenant_id, tiers, updated_at) VALUES (?, ?, 0) ON CONFLICT (tenant_id) DO UPDATE SET tiers = excluded.tiers").bind(owner.tenantId, tiers),
    env.DB.prepare("INSERT INTO guest_tier_changes (id, tenant_id, guest_id, from_tier, to_tier, reason, created_at) VALUES (?, ?, ?, NULL, 'Plata', '{}', ?)").bind(`gtc_sec_${crypto.randomUUID().slice(0, 18)}`, owner.tenantId, guestId, Date.now() + 60_000),
  ]);
  return `${id}.welcome`;
}

/** A webhook subscription of the owner's, to a fake partner host (nothing is delivered to it here). */
async function subscriptionOf(owner: TestTenant): Promise<string> {
  const created = await call("POST", "/v1/webhook-subscriptions", { token: owner.token, body: { url: "https://hooks.partner.fake/sec", events: ["alert.raised"] } });
  if (created.status !== 201) throw new Error(`subscription failed: ${created.status} ${created.text}`);
  return created.json.id;
}

/** A failed delivery of the owner's, as the engine leaves one after its last attempt. */
async function failedDeliveryOf(owner: TestTenant): Promise<string> {
  const subscriptionId = await subscriptionOf(owner);
  const id = `whd_sec_${crypto.randomUUID().slice(0, 18)}`;
  await env.DB.prepare("INSERT INTO webhook_deliveries (id, tenant_id, subscription_id, event_type, event_key, payload, status, attempts, created_at) VALUES (?, ?, ?, 'alert.raised', ?, '{}', 'failed', 9, ?)")
    .bind(id, owner.tenantId, subscriptionId, id, Date.now())
    .run();
  return id;
}

/** A message to a guest that failed (a dead letter), as the outbound pipeline leaves one. */
async function failedMessageOf(owner: TestTenant): Promise<string> {
  const conversationId = await conversationOf(owner);
  const id = `msg_sec_${crypto.randomUUID().slice(0, 18)}`;
  await env.DB.prepare("INSERT INTO messages (id, tenant_id, conversation_id, direction, author, text, status) VALUES (?, ?, ?, 'out', 'staff', 'hola', 'failed')").bind(id, owner.tenantId, conversationId).run();
  return id;
}

const WEBHOOKS = { scope: "webhooks:manage" } as const;

/** An extra in the owner's catalog. */
async function upsellOf(owner: TestTenant): Promise<string> {
  const created = await call("POST", "/v1/upsells", { token: owner.token, body: { kind: "other", title: { es: "Leña" }, price: 1000, currency: "ARS" } });
  if (created.status !== 201) throw new Error(`upsell creation failed: ${created.status} ${created.text}`);
  return created.json.id;
}

/** A service package of the owner's, for one of their units. */
async function packageOf(owner: TestTenant): Promise<string> {
  const acc = await createAccommodation(owner);
  const created = await call("POST", "/v1/packages", { token: owner.token, body: { name: "Escapada", accommodationIds: [acc], minNights: 2, maxNights: 2, discountPercent: 10 } });
  if (created.status !== 201) throw new Error(`package creation failed: ${created.status} ${created.text}`);
  return created.json.id;
}

/** A guest profile of the owner's, written as the linking of a reservation would. */
async function guestOf(owner: TestTenant): Promise<string> {
  const id = `gst_sec_${crypto.randomUUID().slice(0, 18)}`;
  const now = Date.now();
  await env.DB.prepare("INSERT INTO guests (id, tenant_id, name, tags, created_at, updated_at) VALUES (?, ?, 'Sec Guest', '[]', ?, ?)").bind(id, owner.tenantId, now, now).run();
  return id;
}

/** A merge of two of the owner's profiles, ready to be undone. */
async function mergeOf(owner: TestTenant): Promise<string> {
  const [target, other] = [await guestOf(owner), await guestOf(owner)];
  const id = `gmg_sec_${crypto.randomUUID().slice(0, 18)}`;
  await env.DB.batch([
    env.DB.prepare("UPDATE guests SET merged_into = ? WHERE id = ?").bind(target, other),
    env.DB.prepare("INSERT INTO guest_merges (id, tenant_id, target_id, other_id, target_before, merged_by, created_at) VALUES (?, ?, ?, ?, '{\"notes\":null,\"tags\":[],\"marketingConsent\":false,\"lang\":null}', 'sec', ?)").bind(id, owner.tenantId, target, other, Date.now()),
  ]);
  return id;
}

export const ROUTE_CASES: Record<string, RouteCase> = {
  "GET /v1/guests": { access: { scope: "reservations:read" }, namesResource: false, prepare: fixed("/v1/guests?q=ana") },
  "GET /v1/guests/{id}": { access: { scope: "reservations:read" }, namesResource: true, prepare: async (o) => ({ path: `/v1/guests/${await guestOf(o)}` }) },
  "PATCH /v1/guests/{id}": { access: { scope: "reservations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/guests/${await guestOf(o)}`, body: { tags: ["VIP"] } }) },
  "POST /v1/guests/{id}/merge": { access: { scope: "reservations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/guests/${await guestOf(o)}/merge`, body: { otherId: await guestOf(o) } }) },
  "POST /v1/guest-merges/{mergeId}/undo": { access: { scope: "reservations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/guest-merges/${await mergeOf(o)}/undo` }) },
  "GET /v1/guests/{id}/export": { access: "admin-session", namesResource: true, prepare: async (o) => ({ path: `/v1/guests/${await guestOf(o)}/export` }) },
  "DELETE /v1/guests/{id}": { access: "admin-session", namesResource: true, prepare: async (o) => ({ path: `/v1/guests/${await guestOf(o)}` }) },
  "GET /v1/loyalty/tiers": { access: { scope: "reservations:read" }, namesResource: false, prepare: fixed("/v1/loyalty/tiers") },
  "PUT /v1/loyalty/tiers": { access: "admin-session", namesResource: false, prepare: fixed("/v1/loyalty/tiers", { tiers: [{ name: "Plata", minStays: 2, discountPercent: 10 }] }) },
  "GET /v1/loyalty/benefits": { access: { scope: "reservations:read" }, namesResource: false, prepare: fixed("/v1/loyalty/benefits") },
  "POST /v1/loyalty/benefits/{id}/delivered": { access: { scope: "reservations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/loyalty/benefits/${await owedBenefitOf(o)}/delivered` }) },
  "DELETE /v1/loyalty/benefits/{id}/delivered": { access: { scope: "reservations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/loyalty/benefits/${await owedBenefitOf(o)}/delivered` }) },
  "GET /v1/webhook-event-types": { access: WEBHOOKS, namesResource: false, prepare: fixed("/v1/webhook-event-types") },
  "POST /v1/webhook-subscriptions": { access: WEBHOOKS, namesResource: false, prepare: fixed("/v1/webhook-subscriptions", { url: "https://hooks.partner.fake/sec", events: ["alert.raised"] }) },
  "GET /v1/webhook-subscriptions": { access: WEBHOOKS, namesResource: false, prepare: fixed("/v1/webhook-subscriptions") },
  "GET /v1/webhook-subscriptions/{id}": { access: WEBHOOKS, namesResource: true, prepare: async (o) => ({ path: `/v1/webhook-subscriptions/${await subscriptionOf(o)}` }) },
  "PATCH /v1/webhook-subscriptions/{id}": { access: WEBHOOKS, namesResource: true, prepare: async (o) => ({ path: `/v1/webhook-subscriptions/${await subscriptionOf(o)}`, body: { events: ["feed.failed"] } }) },
  "DELETE /v1/webhook-subscriptions/{id}": { access: WEBHOOKS, namesResource: true, prepare: async (o) => ({ path: `/v1/webhook-subscriptions/${await subscriptionOf(o)}` }) },
  "POST /v1/webhook-subscriptions/{id}/rotate-secret": { access: WEBHOOKS, namesResource: true, prepare: async (o) => ({ path: `/v1/webhook-subscriptions/${await subscriptionOf(o)}/rotate-secret`, body: {} }) },
  "POST /v1/webhook-subscriptions/{id}/ping": { access: WEBHOOKS, namesResource: true, prepare: async (o) => ({ path: `/v1/webhook-subscriptions/${await subscriptionOf(o)}/ping` }) },
  "GET /v1/webhook-subscriptions/{id}/deliveries": { access: WEBHOOKS, namesResource: true, prepare: async (o) => ({ path: `/v1/webhook-subscriptions/${await subscriptionOf(o)}/deliveries` }) },
  "POST /v1/webhook-subscriptions/{id}/replay-failed": { access: WEBHOOKS, namesResource: true, prepare: async (o) => ({ path: `/v1/webhook-subscriptions/${await subscriptionOf(o)}/replay-failed` }) },
  "POST /v1/webhook-deliveries/{id}/replay": { access: WEBHOOKS, namesResource: true, prepare: async (o) => ({ path: `/v1/webhook-deliveries/${await failedDeliveryOf(o)}/replay` }) },
  "POST /v1/outbound-messages/{id}/replay": { access: { scope: "conversations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/outbound-messages/${await failedMessageOf(o)}/replay` }) },
  "GET /v1/integrations/health": { access: "admin-session", namesResource: false, prepare: fixed("/v1/integrations/health") },
  "GET /v1/integrations/crm": { access: "admin-session", namesResource: false, prepare: fixed("/v1/integrations/crm") },
  "PUT /v1/integrations/crm": { access: "admin-session", namesResource: false, prepare: async () => ({ path: "/v1/integrations/crm", body: { provider: "hubspot" } }) },
  "DELETE /v1/integrations/crm": { access: "admin-session", namesResource: false, prepare: fixed("/v1/integrations/crm") },
  "POST /v1/integrations/crm/test": { access: "admin-session", namesResource: false, prepare: fixed("/v1/integrations/crm/test") },
  "POST /v1/integrations/crm/resume": { access: "admin-session", namesResource: false, prepare: fixed("/v1/integrations/crm/resume") },
  "GET /v1/ops/metrics": { access: "admin-session", namesResource: false, prepare: fixed("/v1/ops/metrics?window=1h") },
  "GET /v1/audit": { access: "admin-session", namesResource: false, prepare: fixed("/v1/audit") },
  "POST /v1/exports": { access: "admin-session", namesResource: false, prepare: fixed("/v1/exports") },
  "GET /v1/exports/{id}": { access: "admin-session", namesResource: true, prepare: async (o) => ({ path: `/v1/exports/${await exportOf(o)}` }) },
  "GET /v1/exports/{id}/download": { access: "admin-session", namesResource: true, prepare: async (o) => ({ path: `/v1/exports/${await exportOf(o)}/download` }) },
  "POST /v1/imports": { access: "admin-session", namesResource: false, prepare: fixed("/v1/imports", {}) },
  "GET /v1/me": { access: "session", namesResource: false, prepare: fixed("/v1/me") },
  "POST /v1/live/tickets": { access: "session", namesResource: false, prepare: fixed("/v1/live/tickets") },
  "POST /v1/me/totp": { access: "session", namesResource: false, prepare: fixed("/v1/me/totp") },
  "POST /v1/me/totp/verify": { access: "session", namesResource: false, prepare: fixed("/v1/me/totp/verify", { code: "123456" }) },
  "DELETE /v1/me/totp": { access: "session", namesResource: false, prepare: async (o) => ({ path: "/v1/me/totp", body: { password: o.password } }) },
  "POST /v1/me/totp/backup-codes": { access: "session", namesResource: false, prepare: async (o) => ({ path: "/v1/me/totp/backup-codes", body: { password: o.password } }) },
  "POST /v1/users/{id}/totp/reset": {
    access: "admin-session",
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/users/${(await addMember(o, "staff")).userId}/totp/reset`, body: { password: o.password } }),
  },
  "PATCH /v1/team/{userId}": {
    access: "admin-session",
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/team/${(await addMember(o, "staff")).userId}`, body: { role: "admin" } }),
  },
  "DELETE /v1/team/{userId}": {
    access: "admin-session",
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/team/${(await addMember(o, "staff")).userId}` }),
  },
  "POST /v1/api-keys": { access: "admin-session", namesResource: false, prepare: fixed("/v1/api-keys", { name: "k", scopes: ["reservations:read"] }) },
  "GET /v1/api-keys": { access: "admin-session", namesResource: false, prepare: fixed("/v1/api-keys") },
  "DELETE /v1/api-keys/{id}": {
    access: "admin-session",
    namesResource: true,
    prepare: async (owner) => ({ path: `/v1/api-keys/${(await createKey(owner, ["reservations:read"])).id}` }),
  },
  "POST /v1/invitations": {
    access: "admin-session",
    namesResource: false,
    prepare: async () => ({ path: "/v1/invitations", body: { email: `sec-${crypto.randomUUID()}@example.test`, role: "staff" } }),
  },
  "PUT /v1/settings/payments": {
    access: "admin-session",
    namesResource: false,
    prepare: fixed("/v1/settings/payments", { stripe: { secretKey: "sk_test_12345678", webhookSecret: "whsec_12345678" }, defaultProvider: "stripe", depositPercent: 30 }),
  },
  "GET /v1/webhook-events": { access: "admin-session", namesResource: false, prepare: fixed("/v1/webhook-events") },
  "POST /v1/webhook-events/{id}/replay": { access: "admin-session", namesResource: true, prepare: async (o) => ({ path: `/v1/webhook-events/${await storedEvent(o)}/replay` }) },
  "POST /v1/nlu/parse": { access: { scope: "conversations:read" }, namesResource: false, prepare: fixed("/v1/nlu/parse", { text: "hola, tenes lugar del 5 al 8/1 para 4?" }) },
  "GET /v1/conversations": { access: { scope: "conversations:read" }, namesResource: false, prepare: fixed("/v1/conversations") },
  "GET /v1/conversations/{id}/messages": { access: { scope: "conversations:read" }, namesResource: true, prepare: async (o) => ({ path: `/v1/conversations/${await conversationOf(o)}/messages` }) },
  "POST /v1/conversations/{id}/messages": { access: { scope: "conversations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/conversations/${await conversationOf(o)}/messages`, body: { text: "hola" } }) },
  "GET /v1/conversations/{id}/messages/{messageId}/audio": { access: { scope: "conversations:read" }, namesResource: true, prepare: async (o) => ({ path: await voiceNoteOf(o) }) },
  "POST /v1/conversations/{id}/escalate": { access: { scope: "conversations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/conversations/${await conversationOf(o)}/escalate` }) },
  "POST /v1/conversations/{id}/release": { access: { scope: "conversations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/conversations/${await conversationOf(o)}/release` }) },
  "GET /v1/alerts": { access: { scope: "reservations:read" }, namesResource: false, prepare: fixed("/v1/alerts") },
  "POST /v1/alerts/{id}/resolve": { access: { scope: "reservations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/alerts/${await openAlert(o)}/resolve` }) },
  "POST /v1/accommodations/{id}/ical-feeds": {
    access: { scope: "accommodations:write" },
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/accommodations/${await createAccommodation(o)}/ical-feeds`, body: { url: "https://calendar.ota.fake/sec.ics", source: "airbnb" } }),
  },
  "GET /v1/accommodations/{id}/ical-feeds": { access: { scope: "accommodations:read" }, namesResource: true, prepare: async (o) => ({ path: `/v1/accommodations/${await createAccommodation(o)}/ical-feeds` }) },
  "POST /v1/accommodations/{id}/ical/rotate": { access: { scope: "accommodations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/accommodations/${await createAccommodation(o)}/ical/rotate` }) },
  "DELETE /v1/ical-feeds/{feedId}": { access: { scope: "accommodations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/ical-feeds/${await feedOf(o)}` }) },
  "POST /v1/ical-feeds/{feedId}/sync": { access: { scope: "accommodations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/ical-feeds/${await feedOf(o)}/sync` }) },
  "POST /v1/ical-feeds/{feedId}/import": { access: { scope: "accommodations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/ical-feeds/${await feedOf(o)}/import`, body: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" }) },
  "POST /v1/reservations/{id}/payment-link": {
    access: { scope: "reservations:write" },
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/reservations/${await heldReservation(o)}/payment-link`, body: {} }),
  },
  "PUT /v1/settings/whatsapp": {
    access: "admin-session",
    namesResource: false,
    prepare: async () => ({
      path: "/v1/settings/whatsapp",
      body: { phoneNumberId: String(Date.now()) + String(Math.floor(Math.random() * 1e6)), accessToken: "EAAG-token-123", appSecret: "app-secret-123", verifyToken: `verify-${crypto.randomUUID()}` },
    }),
  },
  "GET /v1/settings/whatsapp": { access: "admin-session", namesResource: false, prepare: fixed("/v1/settings/whatsapp") },
  "PUT /v1/settings/email": {
    access: "admin-session",
    namesResource: false,
    prepare: async () => ({ path: "/v1/settings/email", body: { provider: "cloudflare", fromAddress: "reservas@example.com", inboundDomain: `in-${crypto.randomUUID().slice(0, 12)}.example.com` } }),
  },
  "GET /v1/settings/email": { access: "admin-session", namesResource: false, prepare: fixed("/v1/settings/email") },
  "GET /v1/communications/outbox": { access: "admin-session", namesResource: false, prepare: fixed("/v1/communications/outbox") },
  "POST /v1/communications/messages/inbound": {
    access: { scope: "conversations:write" },
    namesResource: false,
    prepare: fixed("/v1/communications/messages/inbound", { channel: "email", sender: "huesped@example.com", body: "Llegamos a las 22" }),
  },
  "GET /v1/communications/delivery/summary": { access: { scope: "conversations:read" }, namesResource: false, prepare: fixed("/v1/communications/delivery/summary") },
  "GET /v1/settings/payments": { access: "admin-session", namesResource: false, prepare: fixed("/v1/settings/payments") },
  "GET /v1/settings/payments/transfer": { access: "admin-session", namesResource: false, prepare: fixed("/v1/settings/payments/transfer") },
  "PUT /v1/settings/payments/transfer": { access: "admin-session", namesResource: false, prepare: fixed("/v1/settings/payments/transfer", BANK_ACCOUNT) },
  "GET /v1/transfer-receipts": { access: { scope: "reservations:read" }, namesResource: false, prepare: fixed("/v1/transfer-receipts?status=pending") },
  "GET /v1/transfer-receipts/{id}/file": { access: { scope: "reservations:read" }, namesResource: true, prepare: async (o) => ({ path: `/v1/transfer-receipts/${await pendingReceipt(o)}/file` }) },
  "POST /v1/transfer-receipts/{id}/confirm": { access: { scope: "reservations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/transfer-receipts/${await pendingReceipt(o)}/confirm` }) },
  "POST /v1/transfer-receipts/{id}/reject": {
    access: { scope: "reservations:write" },
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/transfer-receipts/${await pendingReceipt(o)}/reject`, body: { reason: "not_received" } }),
  },
  "GET /v1/settings/lodging": { access: "admin-session", namesResource: false, prepare: fixed("/v1/settings/lodging") },
  "PUT /v1/settings/lodging": { access: "admin-session", namesResource: false, prepare: fixed("/v1/settings/lodging", { address: "Ruta 40 km 2", cancellationPolicy: null, houseRules: null }) },
  "GET /v1/users": { access: "admin-session", namesResource: false, prepare: fixed("/v1/users") },
  "POST /v1/accommodations": {
    access: { scope: "accommodations:write" },
    namesResource: false,
    prepare: fixed("/v1/accommodations", { name: "Sec", type: "cabin", capacity: 2, basePrice: { amount: 1000, currency: "ARS" } }),
  },
  "GET /v1/accommodations": { access: { scope: "accommodations:read" }, namesResource: false, prepare: fixed("/v1/accommodations") },
  "GET /v1/accommodations/{id}": { access: { scope: "accommodations:read" }, namesResource: true, prepare: async (o) => ({ path: `/v1/accommodations/${await createAccommodation(o)}` }) },
  "PATCH /v1/accommodations/{id}": {
    access: { scope: "accommodations:write" },
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/accommodations/${await createAccommodation(o)}`, body: { name: "Renamed" } }),
  },
  "DELETE /v1/accommodations/{id}": { access: { scope: "accommodations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/accommodations/${await createAccommodation(o)}` }) },
  "POST /v1/accommodations/{id}/restore": { access: { scope: "accommodations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/accommodations/${await createAccommodation(o)}/restore` }) },
  "GET /v1/accommodations/{id}/calendar": {
    access: { scope: "accommodations:read" },
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/accommodations/${await createAccommodation(o)}/calendar?from=2030-01-01&to=2030-02-01` }),
  },
  "POST /v1/accommodations/{id}/blocks": {
    access: { scope: "accommodations:write" },
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/accommodations/${await createAccommodation(o)}/blocks`, body: { checkIn: "2030-03-01", checkOut: "2030-03-03" } }),
  },
  "DELETE /v1/accommodations/{id}/blocks/{blockId}": {
    access: { scope: "accommodations:write" },
    namesResource: true,
    prepare: async (o) => {
      const acc = await createAccommodation(o);
      const block = await call("POST", `/v1/accommodations/${acc}/blocks`, { token: o.token, body: { checkIn: "2030-03-01", checkOut: "2030-03-03" } });
      return { path: `/v1/accommodations/${acc}/blocks/${block.json.id}` };
    },
  },
  "GET /v1/availability": { access: { scope: "availability:read" }, namesResource: false, prepare: fixed("/v1/availability?checkIn=2030-01-10&checkOut=2030-01-12&guests=2") },
  "POST /v1/reservations": {
    access: { scope: "reservations:write" },
    namesResource: false,
    prepare: async (o) => ({
      path: "/v1/reservations",
      body: { accommodationId: await createAccommodation(o), checkIn: "2030-04-01", checkOut: "2030-04-03", guests: 2, guest: { name: "Sec" } },
    }),
  },
  "POST /v1/settings/{provider}/test": { access: "admin-session", namesResource: false, prepare: fixed("/v1/settings/stripe/test") },
  "GET /v1/calendar/stays": { access: { scope: "reservations:read" }, namesResource: false, prepare: fixed("/v1/calendar/stays?from=2030-01-01&to=2030-03-01") },
  "GET /v1/reservations": { access: { scope: "reservations:read" }, namesResource: false, prepare: fixed("/v1/reservations") },
  "GET /v1/reports/kpis": { access: { scope: "reports:read" }, namesResource: false, prepare: fixed("/v1/reports/kpis") },
  "GET /v1/reports/kpis.csv": { access: { scope: "reports:read" }, namesResource: false, prepare: fixed("/v1/reports/kpis.csv") },
  "GET /v1/reports/reservations.csv": { access: { scope: "reports:read" }, namesResource: false, prepare: fixed("/v1/reports/reservations.csv") },
  "GET /v1/reservations/{id}/guest-link": { access: { scope: "reservations:read" }, namesResource: true, prepare: async (o) => ({ path: `/v1/reservations/${await heldReservation(o)}/guest-link` }) },
  "POST /v1/reservations/{id}/guest-link/revoke": { access: { scope: "reservations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/reservations/${await heldReservation(o)}/guest-link/revoke` }) },
  "GET /v1/reservations/{id}/check-in": { access: { scope: "reservations:read" }, namesResource: true, prepare: async (o) => ({ path: `/v1/reservations/${await heldReservation(o)}/check-in` }) },
  "POST /v1/reservations/{id}/check-in": {
    access: { scope: "reservations:write" },
    namesResource: true,
    prepare: async (o) => ({
      path: `/v1/reservations/${await heldReservation(o)}/check-in`,
      body: { guests: [{ fullName: "Ana Pérez", documentType: "dni", documentNumber: "30123456", nationality: "Argentina" }], holderBirthDate: "1990-01-01", arrivalTime: "15:00", acceptRules: true },
    }),
  },
  "GET /v1/reservations/{id}/id-photos/{photoId}": { access: { scope: "reservations:read" }, namesResource: true, prepare: async (o) => ({ path: `/v1/reservations/${await heldReservation(o)}/id-photos/gid_missing` }) },
  "GET /v1/check-ins": { access: { scope: "reservations:read" }, namesResource: false, prepare: fixed("/v1/check-ins?from=2030-01-01&to=2030-01-31") },
  "GET /v1/check-ins/register.csv": { access: { scope: "reservations:read" }, namesResource: false, prepare: fixed("/v1/check-ins/register.csv?from=2030-01-01&to=2030-01-31") },
  "GET /v1/settings/guest-portal": { access: "admin-session", namesResource: false, prepare: fixed("/v1/settings/guest-portal") },
  "PUT /v1/settings/guest-portal": { access: "admin-session", namesResource: false, prepare: fixed("/v1/settings/guest-portal", { idPhotoRetentionDays: 30, reviewLinks: {}, kpiWindowDays: 7 }) },
  "GET /v1/packages": { access: { scope: "accommodations:read" }, namesResource: false, prepare: fixed("/v1/packages") },
  "POST /v1/packages": {
    access: { scope: "accommodations:write" },
    namesResource: false,
    prepare: async (o) => ({ path: "/v1/packages", body: { name: "Escapada", accommodationIds: [await createAccommodation(o)], minNights: 2, maxNights: 2, discountPercent: 10 } }),
  },
  "GET /v1/packages/{id}": { access: { scope: "accommodations:read" }, namesResource: true, prepare: async (o) => ({ path: `/v1/packages/${await packageOf(o)}` }) },
  "PATCH /v1/packages/{id}": { access: { scope: "accommodations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/packages/${await packageOf(o)}`, body: { name: "Escapada larga" } }) },
  "DELETE /v1/packages/{id}": { access: { scope: "accommodations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/packages/${await packageOf(o)}` }) },
  "GET /v1/upsells": { access: { scope: "reservations:read" }, namesResource: false, prepare: fixed("/v1/upsells") },
  "POST /v1/upsells": { access: "admin-session", namesResource: false, prepare: fixed("/v1/upsells", { kind: "other", title: { es: "Leña" }, price: 1000, currency: "ARS" }) },
  "PATCH /v1/upsells/{id}": { access: "admin-session", namesResource: true, prepare: async (o) => ({ path: `/v1/upsells/${await upsellOf(o)}`, body: { price: 2000 } }) },
  "DELETE /v1/upsells/{id}": { access: "admin-session", namesResource: true, prepare: async (o) => ({ path: `/v1/upsells/${await upsellOf(o)}` }) },
  "GET /v1/reservations/{id}/upsells": { access: { scope: "reservations:read" }, namesResource: true, prepare: async (o) => ({ path: `/v1/reservations/${await heldReservation(o)}/upsells` }) },
  "POST /v1/reservations/{id}/upsells/{purchaseId}/{decision}": {
    access: { scope: "reservations:write" },
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/reservations/${await heldReservation(o)}/upsells/upp_missing/decline` }),
  },
  "GET /v1/reservations/{id}/journey": { access: { scope: "reservations:read" }, namesResource: true, prepare: async (o) => ({ path: `/v1/reservations/${await heldReservation(o)}/journey` }) },
  "GET /v1/guest-experience/kpis": { access: { scope: "reservations:read" }, namesResource: false, prepare: fixed("/v1/guest-experience/kpis?from=2030-01-01&to=2030-01-31") },
  "GET /v1/reservations/{id}/scheduled-messages": { access: { scope: "reservations:read" }, namesResource: true, prepare: async (o) => ({ path: `/v1/reservations/${await heldReservation(o)}/scheduled-messages` }) },
  "GET /v1/communications/steps": { access: { scope: "conversations:read" }, namesResource: false, prepare: fixed("/v1/communications/steps") },
  "PATCH /v1/communications/steps/{id}": { access: "admin-session", namesResource: true, prepare: async (o) => ({ path: `/v1/communications/steps/${await stepOf(o)}`, body: { localTime: "11:00" } }) },
  "GET /v1/communications/templates": { access: { scope: "conversations:read" }, namesResource: false, prepare: fixed("/v1/communications/templates") },
  "POST /v1/communications/templates": { access: "admin-session", namesResource: false, prepare: fixed("/v1/communications/templates", { name: "Nueva", bodies: { es: "Hola {guest.firstName}" } }) },
  "GET /v1/communications/templates/{id}": { access: { scope: "conversations:read" }, namesResource: true, prepare: async (o) => ({ path: `/v1/communications/templates/${await templateOf(o)}` }) },
  "PATCH /v1/communications/templates/{id}": { access: "admin-session", namesResource: true, prepare: async (o) => ({ path: `/v1/communications/templates/${await templateOf(o)}`, body: { name: "Otra" } }) },
  "DELETE /v1/communications/templates/{id}": { access: "admin-session", namesResource: true, prepare: async (o) => ({ path: `/v1/communications/templates/${await templateOf(o)}` }) },
  "POST /v1/communications/templates/{id}/preview": {
    access: { scope: "conversations:read" },
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/communications/templates/${await templateOf(o)}/preview`, body: { reservationId: await mirroredReservation(o) } }),
  },
  "POST /v1/communications/send": {
    access: { scope: "conversations:write" },
    namesResource: false,
    prepare: async (o) => ({ path: "/v1/communications/send", body: { templateId: await templateOf(o), reservationId: await mirroredReservation(o) } }),
  },
  "GET /v1/reservations/{id}": { access: { scope: "reservations:read" }, namesResource: true, prepare: async (o) => ({ path: `/v1/reservations/${await heldReservation(o)}` }) },
  "PATCH /v1/reservations/{id}": { access: { scope: "reservations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/reservations/${await heldReservation(o)}`, body: { notes: "late arrival" } }) },
  "POST /v1/reservations/{id}/extend": { access: { scope: "reservations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/reservations/${await heldReservation(o)}/extend` }) },
  "POST /v1/reservations/{id}/confirm": {
    access: { scope: "reservations:write" },
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/reservations/${await heldReservation(o)}/confirm`, body: { payment: { amount: { amount: 100, currency: "ARS" }, method: "cash" } } }),
  },
  "POST /v1/reservations/{id}/cancel": { access: { scope: "reservations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/reservations/${await heldReservation(o)}/cancel`, body: {} }) },
  "POST /v1/quotations": { access: { scope: "quotations:write" }, namesResource: false, prepare: async () => ({ path: "/v1/quotations", body: groupRequest() }) },
  "GET /v1/quotations": { access: { scope: "quotations:write" }, namesResource: false, prepare: fixed("/v1/quotations") },
  "GET /v1/quotation-partners": { access: { scope: "quotations:write" }, namesResource: false, prepare: fixed("/v1/quotation-partners") },
  "GET /v1/quotations/{id}": { access: { scope: "quotations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/quotations/${(await openQuotation(o)).id}` }) },
  "POST /v1/quotations/{id}/partners": {
    access: { scope: "quotations:write" },
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/quotations/${(await openQuotation(o)).id}/partners`, body: { name: "Hostería", email: "sec@partner.test" } }),
  },
  "POST /v1/quotations/{id}/compose": {
    access: { scope: "quotations:write" },
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/quotations/${(await openQuotation(o)).id}/compose`, body: { lines: [{ offerId: "ofr_x", lineIndex: 0 }], markup: { kind: "percent", percent: 10 } } }),
  },
  "POST /v1/quotations/{id}/send": { access: { scope: "quotations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/quotations/${(await openQuotation(o)).id}/send` }) },
  "POST /v1/quotations/{id}/cancel": { access: { scope: "quotations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/quotations/${(await openQuotation(o)).id}/cancel` }) },
  "POST /v1/quotations/{id}/open": { access: { scope: "quotations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/quotations/${(await draftQuotation(o)).id}/open` }) },
  "POST /v1/quotations/{id}/refunds/retry": { access: { scope: "quotations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/quotations/${(await openQuotation(o)).id}/refunds/retry` }) },
  "POST /v1/quotations/{id}/messages": {
    access: { scope: "quotations:write" },
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/quotations/${(await openQuotation(o)).id}/messages`, body: { text: "Hola" } }),
  },
  "GET /v1/settings/payments/payu": { access: "admin-session", namesResource: false, prepare: fixed("/v1/settings/payments/payu") },
  "PUT /v1/settings/payments/payu": {
    access: "admin-session",
    namesResource: false,
    prepare: fixed("/v1/settings/payments/payu", { merchantId: "508029", accountId: "512321", apiKey: "4Vj8eK4rloUd272L48hsrarnUA", countries: ["CO"] }),
  },
  "GET /v1/accommodations/{id}/quote": {
    access: { scope: "availability:read" },
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/accommodations/${await createAccommodation(o)}/quote?checkIn=2030-01-10&checkOut=2030-01-12&guests=2` }),
  },
};

export { call };
