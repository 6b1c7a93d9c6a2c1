import { env, SELF } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually } from "../support/calendar";
import { installFakeServices } from "../support/fake-services";
import type { FakeWhatsApp } from "../support/fake-whatsapp";
import { configurePayments } from "../support/payments";
import { createTenant } from "../support/tenant";
import { BANK_ACCOUNT, enableTransfer, JPEG_BYTES, localTime, PDF_BYTES } from "../support/transfer";
import { connectWhatsApp, guestSends, guestWrites, WHATSAPP_TOKEN } from "../support/whatsapp-guest";

let graph: FakeWhatsApp;
beforeEach(() => {
  ({ graph } = installFakeServices());
});
afterEach(() => vi.restoreAllMocks());

const texts = () => graph.sent.map((s) => (s.body.type === "text" ? (s.body.text.body as string) : `[template ${s.body.template.name}]`));
const MINUTE = 60_000;

/** A tenant taking deposits by transfer, with WhatsApp and one cabin; a gateway too when asked. */
async function transferTenant({ gateway = false } = {}) {
  const tenant = await createTenant();
  if (gateway) await configurePayments(tenant);
  await enableTransfer(tenant);
  const phone = await connectWhatsApp(tenant);
  const acc = await createAccommodation(tenant, { name: "Cabaña Robles", minStay: 1 });
  return { tenant, phone, acc };
}

/** Offer, then "la 1": the hold the assistant makes, as the API reads it. */
async function guestHolds(phone: string, tenant: { token: string }, acc: string, expectedReplies: number) {
  await guestWrites(phone, "hola! tenes lugar del 10 al 13/2? somos 4");
  await eventually(async () => expect(texts().length).toBeGreaterThanOrEqual(1));
  await guestWrites(phone, "la 1");
  await eventually(async () => expect(texts()).toHaveLength(1 + expectedReplies));
  const [reservation] = (await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token })).json.data;
  return reservation;
}

const receiptsOf = async (token: string, query = "") => (await call("GET", `/v1/transfer-receipts${query}`, { token })).json.data as any[];

describe("a deposit paid by bank transfer, end to end on WhatsApp", () => {
  it("transfer details with amount and expiry → receipt photo → receipt received, alert, one extension → staff confirm → confirmation with code, once", async () => {
    const { tenant, phone, acc } = await transferTenant();

    const held = await guestHolds(phone, tenant, acc, 1);
    expect(held).toMatchObject({ status: "held", source: "whatsapp", receiptReceivedAt: null });
    // No gateway: the transfer details are the hold message itself, with the deposit and the expiry in the tenant's zone.
    const details = texts()[1]!;
    const deposit = new Intl.NumberFormat("es-AR", { style: "currency", currency: "ARS", maximumFractionDigits: 0 }).format(held.deposit.amount / 100);
    expect(details).toContain(`Te guardo Cabaña Robles hasta las ${localTime(held.expiresAt)}`);
    expect(details).toContain(`transferí la seña de ${deposit}`);
    expect(details).toContain(`CBU/CVU: ${BANK_ACCOUNT.cbu}`);
    expect(details).toContain(`Alias: ${BANK_ACCOUNT.alias}`);
    expect(details).toContain(`Titular: ${BANK_ACCOUNT.holderName}`);
    expect(details).toContain("CUIT: 30-71234567-1");
    expect(details).not.toMatch(/https?:\/\//);

    graph.media.set("7001", { bytes: JPEG_BYTES, mimeType: "image/jpeg" });
    const photo = await guestSends(phone, { imageMediaId: "7001", caption: "ahí va" });
    await eventually(async () => expect(texts()).toHaveLength(3));
    // Meta redelivers the photo: nothing is stored, extended or said twice.
    await guestSends(phone, { imageMediaId: "7001", caption: "ahí va" }, photo);

    const marked = (await call("GET", `/v1/reservations/${held.id}`, { token: tenant.token })).json;
    expect(marked.status).toBe("held");
    expect(marked.receiptReceivedAt).not.toBeNull();
    expect(Date.parse(marked.expiresAt) - Date.parse(held.expiresAt)).toBe(120 * MINUTE);
    expect(texts()[2]).toContain("Recibí tu comprobante");
    expect(texts()[2]).toContain(`hasta las ${localTime(marked.expiresAt)}`);
    expect(graph.mediaTokens).toContain(`Bearer ${WHATSAPP_TOKEN}`);

    const alerts = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data as any[];
    expect(alerts.filter((a) => a.kind === "transfer_receipt_received" && a.subjectId === held.id)).toHaveLength(1);
    const [receipt, ...more] = await receiptsOf(tenant.token, "?status=pending");
    expect(more).toHaveLength(0);
    expect(receipt).toMatchObject({ reservationId: held.id, status: "pending", contentType: "image/jpeg", holdLive: true, reservation: { code: held.code, deposit: held.deposit } });
    const file = await SELF.fetch(`http://posada.test${receipt.fileUrl}`, { headers: { authorization: `Bearer ${tenant.token}` } });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/jpeg");
    expect(file.headers.get("cache-control")).toContain("no-store");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(JPEG_BYTES);
    // Stored under the tenant's own prefix.
    expect(await env.RECEIPTS.head(`tenants/${tenant.tenantId}/receipts/${receipt.id}`)).not.toBeNull();

    const confirmed = await call("POST", `/v1/transfer-receipts/${receipt.id}/confirm`, { token: tenant.token });
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.json).toMatchObject({ receipt: { status: "confirmed" }, reservation: { status: "confirmed" } });
    await eventually(async () => expect(texts()).toHaveLength(4));
    expect(texts()[3]).toContain(`Código ${held.code}`);
    // A second tap (or a retry) records nothing more and tells the guest nothing twice.
    expect((await call("POST", `/v1/transfer-receipts/${receipt.id}/confirm`, { token: tenant.token })).status).toBe(200);

    await eventually(async () => {
      const payments = (await env.DB.prepare("SELECT provider, method, amount, status FROM payments WHERE tenant_id = ? AND reservation_id = ?").bind(tenant.tenantId, held.id).all()).results;
      expect(payments).toEqual([{ provider: "manual", method: "transfer", amount: held.deposit.amount, status: "approved" }]);
    });
    const open = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data as any[];
    expect(open.filter((a) => a.kind === "transfer_receipt_received")).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(texts()).toHaveLength(4);
  });

  it("beside a payment link, a rejected receipt: the guest hears why, the hold awaits payment again, and a second receipt is confirmed", async () => {
    const { tenant, phone, acc } = await transferTenant({ gateway: true });

    const held = await guestHolds(phone, tenant, acc, 2);
    expect(texts()[1]).toMatch(/seña.*https:\/\//is);
    expect(texts()[2]).toContain("¿Preferís pagar por transferencia?");
    expect(texts()[2]).toContain(localTime(held.expiresAt));

    graph.media.set("7002", { bytes: PDF_BYTES, mimeType: "application/pdf" });
    await guestSends(phone, { documentMediaId: "7002", filename: "comprobante.pdf" });
    await eventually(async () => expect(texts()).toHaveLength(4));
    const [receipt] = await receiptsOf(tenant.token, `?reservationId=${held.id}`);
    const extended = (await call("GET", `/v1/reservations/${held.id}`, { token: tenant.token })).json;

    const rejected = await call("POST", `/v1/transfer-receipts/${receipt.id}/reject`, { token: tenant.token, body: { reason: "amount_mismatch", note: "llegaron $10.000" } });
    expect(rejected.status, rejected.text).toBe(200);
    expect(rejected.json).toMatchObject({ receipt: { status: "rejected", rejectReason: "amount_mismatch" }, reservation: { status: "held", receiptReceivedAt: null } });
    await eventually(async () => expect(texts()).toHaveLength(5));
    expect(texts()[4]).toContain("No pudimos validar tu comprobante: el monto no coincide con la seña");
    expect(texts()[4]).toContain('("llegaron $10.000")');
    expect(texts()[4]).toContain(localTime(extended.expiresAt));
    // Rejected once, rejected for good: a late confirm tap cannot record it.
    const late = await call("POST", `/v1/transfer-receipts/${receipt.id}/confirm`, { token: tenant.token });
    expect(late.status).toBe(409);
    expect(late.json.code).toBe("receipt_rejected");
    expect((await call("POST", `/v1/transfer-receipts/${receipt.id}/reject`, { token: tenant.token, body: { reason: "amount_mismatch" } })).status).toBe(200);
    expect(texts()).toHaveLength(5);

    graph.media.set("7003", { bytes: JPEG_BYTES, mimeType: "image/jpeg" });
    await guestSends(phone, { imageMediaId: "7003" });
    await eventually(async () => expect(texts()).toHaveLength(6));
    const again = (await call("GET", `/v1/reservations/${held.id}`, { token: tenant.token })).json;
    // The automatic extension was spent on the first receipt.
    expect(again.expiresAt).toBe(extended.expiresAt);
    expect(again.receiptReceivedAt).not.toBeNull();
    const second = (await receiptsOf(tenant.token, "?status=pending"))[0];
    expect((await call("POST", `/v1/transfer-receipts/${second.id}/confirm`, { token: tenant.token })).status).toBe(200);
    await eventually(async () => expect(texts()).toHaveLength(7));
    expect(texts()[6]).toContain(`Código ${held.code}`);
  });

  it("a photo with no hold awaiting a transfer is answered as a message, not stored", async () => {
    const { tenant, phone } = await transferTenant();
    graph.media.set("7004", { bytes: JPEG_BYTES, mimeType: "image/jpeg" });
    await guestSends(phone, { imageMediaId: "7004" });
    await eventually(async () => expect(texts()).toHaveLength(1));
    expect(await receiptsOf(tenant.token)).toEqual([]);
    // Not fetched at all: nothing asked for the file.
    expect(graph.mediaTokens).toEqual([]);
  });
});
