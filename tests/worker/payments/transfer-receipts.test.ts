import { env, SELF } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { ageHold, eventually, settleReadModel } from "../support/calendar";
import { installFakeServices } from "../support/fake-services";
import type { FakeWhatsApp } from "../support/fake-whatsapp";
import { configurePayments } from "../support/payments";
import { addMember, createKey, createTenant, type TestTenant } from "../support/tenant";
import { BANK_ACCOUNT, enableTransfer, JPEG_BYTES, PDF_BYTES } from "../support/transfer";
import { connectWhatsApp, guestSends, guestWrites } from "../support/whatsapp-guest";

let graph: FakeWhatsApp;
beforeEach(() => {
  ({ graph } = installFakeServices());
});
afterEach(() => vi.restoreAllMocks());

const texts = () => graph.sent.map((s) => (s.body.type === "text" ? (s.body.text.body as string) : `[template ${s.body.template.name}]`));

describe("transfer settings", () => {
  it("saves the account, normalised, and says whether a gateway is connected beside it", async () => {
    const tenant = await createTenant();
    expect((await call("GET", "/v1/settings/payments/transfer", { token: tenant.token })).json).toEqual({ enabled: false, cbu: null, alias: null, holderName: null, cuit: null, gatewayConnected: false });
    const saved = await enableTransfer(tenant, { cbu: "2850 5909 4009 0418 1352 01" });
    expect(saved).toEqual({ enabled: true, cbu: BANK_ACCOUNT.cbu, alias: BANK_ACCOUNT.alias, holderName: BANK_ACCOUNT.holderName, cuit: "30712345671", gatewayConnected: false });
    await configurePayments(tenant);
    expect((await call("GET", "/v1/settings/payments/transfer", { token: tenant.token })).json.gatewayConnected).toBe(true);
  });

  it.each([
    ["a CBU with a wrong check digit", { cbu: "2850590940090418135202" }, "cbu"],
    ["a CBU of 21 digits", { cbu: "285059094009041813520" }, "cbu"],
    ["a CUIT with a wrong check digit", { cuit: "30-71234567-2" }, "cuit"],
    ["a CUIT with an unknown prefix", { cuit: "99-71234567-1" }, "cuit"],
    ["an alias too short", { alias: "abc" }, "alias"],
    ["an alias with spaces", { alias: "posada del lago" }, "alias"],
    ["an alias with ñ", { alias: "ñandu.sena" }, "alias"],
    ["no holder", { holderName: "" }, "holderName"],
    ["enabled missing", { enabled: undefined }, "enabled"],
  ])("refuses %s with a 400 problem naming the field, and keeps what was saved", async (_label, change, field) => {
    const tenant = await createTenant();
    await enableTransfer(tenant);
    const response = await call("PUT", "/v1/settings/payments/transfer", { token: tenant.token, body: { enabled: false, ...BANK_ACCOUNT, ...change } });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.json.errors.map((e: { path: string }) => e.path)).toContain(field);
    expect((await call("GET", "/v1/settings/payments/transfer", { token: tenant.token })).json).toMatchObject({ enabled: true, cbu: BANK_ACCOUNT.cbu });
  });

  it("is for owners and admins, never staff or keys", async () => {
    const tenant = await createTenant();
    const staff = await addMember(tenant, "staff");
    expect((await call("PUT", "/v1/settings/payments/transfer", { token: staff.token, body: { enabled: true, ...BANK_ACCOUNT } })).status).toBe(403);
    const key = await createKey(tenant, ["reservations:write"]);
    expect((await call("GET", "/v1/settings/payments/transfer", { token: key.key })).status).toBe(403);
  });
});

/** A tenant taking transfers only, a guest on WhatsApp holding its cabin, and the guest's receipt in. */
async function receiptIn(): Promise<{ tenant: TestTenant; acc: string; reservation: any; receipt: any; phone: string }> {
  const tenant = await createTenant();
  await enableTransfer(tenant);
  const phone = await connectWhatsApp(tenant);
  const acc = await createAccommodation(tenant, { name: "Cabaña Robles", minStay: 1 });
  await guestWrites(phone, "hola! tenes lugar del 10 al 13/2? somos 2");
  await eventually(async () => expect(texts()).toHaveLength(1));
  await guestWrites(phone, "la 1");
  await eventually(async () => expect(texts()).toHaveLength(2));
  const mediaId = String(8000 + Math.floor(Math.random() * 1000));
  graph.media.set(mediaId, { bytes: PDF_BYTES, mimeType: "application/pdf" });
  await guestSends(phone, { documentMediaId: mediaId });
  await eventually(async () => expect(texts()).toHaveLength(3));
  const [receipt] = (await call("GET", "/v1/transfer-receipts", { token: tenant.token })).json.data;
  const reservation = (await call("GET", `/v1/reservations/${receipt.reservationId}`, { token: tenant.token })).json;
  return { tenant, acc, reservation, receipt, phone };
}

describe("receipts are private to their tenant", () => {
  it("another tenant cannot list, fetch, confirm or reject them; no file is reachable without credentials", async () => {
    const { tenant, receipt, reservation } = await receiptIn();
    const other = await createTenant();
    expect((await call("GET", "/v1/transfer-receipts", { token: other.token })).json.data).toEqual([]);
    expect((await call("GET", `/v1/transfer-receipts?reservationId=${reservation.id}`, { token: other.token })).json.data).toEqual([]);
    expect((await call("GET", receipt.fileUrl, { token: other.token })).status).toBe(404);
    expect((await call("POST", `/v1/transfer-receipts/${receipt.id}/confirm`, { token: other.token })).status).toBe(404);
    expect((await call("POST", `/v1/transfer-receipts/${receipt.id}/reject`, { token: other.token, body: { reason: "not_received" } })).status).toBe(404);
    expect((await call("GET", receipt.fileUrl)).status).toBe(401);
    // Nothing changed for the owner.
    expect((await call("GET", `/v1/reservations/${reservation.id}`, { token: tenant.token })).json.status).toBe("held");
    const file = await SELF.fetch(`http://posada.test${receipt.fileUrl}`, { headers: { authorization: `Bearer ${tenant.token}` } });
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF_BYTES);
  });
});

describe("a receipt in a thread staff own", () => {
  it("is kept and alerted, and the assistant does not speak over staff", async () => {
    const tenant = await createTenant();
    await enableTransfer(tenant);
    const phone = await connectWhatsApp(tenant);
    await createAccommodation(tenant, { minStay: 1 });
    await guestWrites(phone, "hola! tenes lugar del 10 al 13/2? somos 2");
    await eventually(async () => expect(texts()).toHaveLength(1));
    await guestWrites(phone, "la 1");
    await eventually(async () => expect(texts()).toHaveLength(2));
    const [conversation] = (await call("GET", "/v1/conversations", { token: tenant.token })).json.data;
    expect((await call("POST", `/v1/conversations/${conversation.id}/messages`, { token: tenant.token, body: { text: "Hola, soy Marta" } })).status).toBe(201);
    await eventually(async () => expect(texts()).toHaveLength(3));

    graph.media.set("8777", { bytes: JPEG_BYTES, mimeType: "image/jpeg" });
    await guestSends(phone, { imageMediaId: "8777" });
    await eventually(async () => expect((await call("GET", "/v1/transfer-receipts?status=pending", { token: tenant.token })).json.data).toHaveLength(1));
    const alerts = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data as any[];
    expect(alerts.some((a) => a.kind === "transfer_receipt_received")).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(texts()).toHaveLength(3);
  });
});

describe("a hold that lapses around its receipt", () => {
  it("a receipt that came in time still confirms after the hold lapsed while staff checked, if the nights are free", async () => {
    const { tenant, acc, reservation, receipt } = await receiptIn();
    await ageHold(acc, reservation.id);
    expect((await call("GET", `/v1/reservations/${reservation.id}`, { token: tenant.token })).json.status).toBe("expired");
    const confirmed = await call("POST", `/v1/transfer-receipts/${receipt.id}/confirm`, { token: tenant.token });
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.json.reservation.status).toBe("confirmed");
    await eventually(async () => expect(texts()).toHaveLength(4));
    expect(texts()[3]).toContain(`Código ${reservation.code}`);
  });

  it("but not once someone else holds the nights: 409, and the receipt stays to decide", async () => {
    const { tenant, acc, reservation, receipt } = await receiptIn();
    await ageHold(acc, reservation.id);
    const taken = await call("POST", "/v1/reservations", { token: tenant.token, body: { accommodationId: acc, checkIn: reservation.checkIn, checkOut: reservation.checkOut, guests: 2, guest: { name: "Otro" } } });
    expect(taken.status).toBe(201);
    const refused = await call("POST", `/v1/transfer-receipts/${receipt.id}/confirm`, { token: tenant.token });
    expect(refused.status).toBe(409);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect((await call("GET", "/v1/transfer-receipts?status=pending", { token: tenant.token })).json.data).toHaveLength(1);
    const rejected = await call("POST", `/v1/transfer-receipts/${receipt.id}/reject`, { token: tenant.token, body: { reason: "other", note: "la fecha ya no está libre" } });
    expect(rejected.status).toBe(200);
    await eventually(async () => expect(texts()).toHaveLength(4));
    expect(texts()[3]).toContain("La reserva ya venció");
  });

  it("a receipt after the hold lapsed is kept, raises an urgent alert, and the guest is told a person will check", async () => {
    const tenant = await createTenant();
    await enableTransfer(tenant);
    const phone = await connectWhatsApp(tenant);
    const acc = await createAccommodation(tenant, { minStay: 1 });
    await guestWrites(phone, "hola! tenes lugar del 10 al 13/2? somos 2");
    await eventually(async () => expect(texts()).toHaveLength(1));
    await guestWrites(phone, "la 1");
    await eventually(async () => expect(texts()).toHaveLength(2));
    const [held] = (await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token })).json.data;
    await ageHold(acc, held.id);
    await recordLapse(tenant, held.id);
    await settleReadModel(acc);
    graph.media.set("8999", { bytes: JPEG_BYTES, mimeType: "image/jpeg" });
    await guestSends(phone, { imageMediaId: "8999" });
    await eventually(async () => expect(texts()).toHaveLength(3));
    expect(texts()[2]).toContain("La reserva ya había vencido");
    const [receipt] = (await call("GET", "/v1/transfer-receipts", { token: tenant.token })).json.data;
    expect(receipt).toMatchObject({ holdLive: false, status: "pending" });
    const alerts = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data as any[];
    expect(alerts.find((a) => a.kind === "transfer_receipt_late")).toMatchObject({ severity: "critical", subjectId: held.id });
  });
});

/** A read never writes, so the lapse reaches the read model with the next change: an extension the object refuses. */
async function recordLapse(tenant: TestTenant, reservationId: string) {
  expect((await call("POST", `/v1/reservations/${reservationId}/extend`, { token: tenant.token })).status).toBe(409);
}

describe("web chat receipt upload", () => {
  const upload = (tenant: TestTenant, session: { sessionId: string; token: string }, body: BodyInit, type: string, headers: Record<string, string> = {}) =>
    SELF.fetch(`http://posada.test/chat/${tenant.slug}/sessions/${session.sessionId}/receipts`, { method: "POST", headers: { authorization: `Bearer ${session.token}`, "content-type": type, ...headers }, body });
  const say = (tenant: TestTenant, session: { sessionId: string; token: string }, text: string) =>
    call("POST", `/chat/${tenant.slug}/sessions/${session.sessionId}/messages`, { body: { text }, headers: { authorization: `Bearer ${session.token}` } });

  it("takes a photo as the receipt of the visitor's hold and answers in the response", async () => {
    const tenant = await createTenant();
    await enableTransfer(tenant);
    const acc = await createAccommodation(tenant, { name: "Depto Lago", minStay: 1 });
    const session = (await call("POST", `/chat/${tenant.slug}/sessions`, { body: { lang: "es" } })).json;

    // Before any hold there is nothing to pay: 409, and nothing stored.
    const early = await upload(tenant, session, JPEG_BYTES, "image/jpeg");
    expect(early.status).toBe(409);
    expect(early.headers.get("content-type")).toContain("application/problem+json");

    expect((await say(tenant, session, "tenes lugar del 10 al 13/2 para 2?")).json.replies[0].text).toMatch(/Depto Lago/);
    // Web chat knows nobody: the assistant asks who the guest is before holding.
    expect((await say(tenant, session, "la 1")).json.replies[0].text).toMatch(/nombre/i);
    const held = await say(tenant, session, "Ana Gómez, 11 5555-0000");
    expect(held.json.replies[0].text).toContain("CBU/CVU: 2850590940090418135201");
    await settleReadModel(acc);

    const bad = [
      await upload(tenant, session, "<html><script>alert(1)</script></html>", "text/html"),
      await upload(tenant, session, "<html>not a photo</html>", "image/jpeg"),
      await upload(tenant, session, new Uint8Array(0), "application/pdf"),
      await upload(tenant, session, new Uint8Array(10 * 1024 * 1024 + 1).fill(0xff), "image/jpeg"),
      await upload(tenant, { ...session, token: "not-the-token" }, JPEG_BYTES, "image/jpeg"),
    ];
    expect(bad.map((r) => r.status)).toEqual([415, 415, 400, 413, 401]);
    for (const response of bad) expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect((await call("GET", "/v1/transfer-receipts", { token: tenant.token })).json.data).toEqual([]);

    const taken = await upload(tenant, session, JPEG_BYTES, "image/jpeg");
    expect(taken.status).toBe(200);
    const answer = (await taken.json()) as { replies: Array<{ text: string }> };
    expect(answer.replies).toEqual([{ id: expect.stringMatching(/^msg/), author: "assistant", text: expect.stringContaining("Recibí tu comprobante") }]);
    const [receipt] = (await call("GET", "/v1/transfer-receipts", { token: tenant.token })).json.data;
    expect(receipt).toMatchObject({ status: "pending", contentType: "image/jpeg", holdLive: true, conversationId: session.sessionId });
    expect(await env.RECEIPTS.head(`tenants/${tenant.tenantId}/receipts/${receipt.id}`)).not.toBeNull();
  });

  it("counts uploads against the session's messages per minute, before reading the file", async () => {
    const tenant = await createTenant();
    await enableTransfer(tenant);
    const session = (await call("POST", `/chat/${tenant.slug}/sessions`, { body: { lang: "es" } })).json;
    while ((await env.CHAT_MESSAGE_LIMITER.limit({ key: session.sessionId })).success);
    const refused = await upload(tenant, session, JPEG_BYTES, "image/jpeg");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("is in /openapi.json with the file types it takes", async () => {
    const doc = (await call("GET", "/openapi.json")).json;
    const operation = doc.paths["/chat/{tenantSlug}/sessions/{sessionId}/receipts"].post;
    expect(Object.keys(operation.requestBody.content).sort()).toEqual(["application/pdf", "image/jpeg", "image/png", "image/webp"]);
  });
});
