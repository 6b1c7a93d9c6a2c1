import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mercadoPagoDeliveryKey, mercadoPagoManifest, verifyMercadoPagoSignature } from "../../../shared/webhooks/mercadopago-signature";
import { verifyStripeSignature } from "../../../shared/webhooks/stripe-signature";

const fixtures = path.join(import.meta.dirname, "../../fixtures");

describe("Stripe-Signature (fixtures/stripe worked example)", () => {
  const body = new Uint8Array(readFileSync(path.join(fixtures, "stripe/worked-example.body.json")));
  const secret = "whsec_test_NOT_REAL_3b8f0d6a2c4e";
  const right = "05043ff01c9582aeaeaaad20d4aaacc5efa6e5723f16317be85b27bcc84c5231";
  const t = 1795352400;

  it("accepts the worked example over the raw bytes", async () => {
    expect(body.length).toBe(601);
    expect(await verifyStripeSignature(body, `t=${t},v1=${right}`, secret, t + 10)).toEqual({ ok: true });
  });

  it("rejects one changed body byte and an added trailing newline", async () => {
    const changed = body.slice();
    changed[100] = changed[100]! ^ 1;
    expect((await verifyStripeSignature(changed, `t=${t},v1=${right}`, secret, t)).ok).toBe(false);
    const newline = new Uint8Array([...body, 10]);
    expect(await verifyStripeSignature(newline, `t=${t},v1=${right}`, secret, t)).toEqual({ ok: false, reason: "signature_mismatch" });
  });

  it("rejects a timestamp 301 s old and accepts 300 s", async () => {
    expect(await verifyStripeSignature(body, `t=${t},v1=${right}`, secret, t + 301)).toEqual({ ok: false, reason: "timestamp_out_of_tolerance" });
    expect((await verifyStripeSignature(body, `t=${t},v1=${right}`, secret, t + 300)).ok).toBe(true);
  });

  it("accepts when any v1 matches (secret rotation) and ignores v0", async () => {
    expect((await verifyStripeSignature(body, `t=${t},v1=${"0".repeat(64)},v1=${right},v0=abc`, secret, t)).ok).toBe(true);
  });

  it("rejects a missing or malformed header and the wrong secret", async () => {
    expect(await verifyStripeSignature(body, null, secret, t)).toEqual({ ok: false, reason: "malformed_header" });
    expect(await verifyStripeSignature(body, `v1=${right}`, secret, t)).toEqual({ ok: false, reason: "malformed_header" });
    expect((await verifyStripeSignature(body, `t=${t},v1=${right}`, "whsec_other", t)).ok).toBe(false);
  });
});

describe("Mercado Pago x-signature (fixtures/mercadopago worked example)", () => {
  const secret = "mp_test_secret_NOT_REAL_4f2b9c1e";
  const requestId = "bb56a2f1-6aae-46ac-982e-9dcd3581d08e";
  const ts = "1795352400";
  const header = `ts=${ts},v1=59e3718932f4e76ad688b5ff207a74ced8dfb5f4d3cabf2229c354f1fc5e441f`;

  it("builds the documented manifest", () => {
    expect(mercadoPagoManifest("123456789012", requestId, ts)).toBe(`id:123456789012;request-id:${requestId};ts:${ts};`);
    expect(mercadoPagoManifest(null, requestId, ts)).toBe(`request-id:${requestId};ts:${ts};`);
  });

  it("accepts the worked example", async () => {
    const check = await verifyMercadoPagoSignature({ signatureHeader: header, requestId, dataIdFromQuery: "123456789012" }, secret, Number(ts) + 5);
    expect(check).toEqual({ ok: true });
  });

  it("signs the query-string data.id, not the body's", async () => {
    const check = await verifyMercadoPagoSignature({ signatureHeader: header, requestId, dataIdFromQuery: "999999999999" }, secret, Number(ts));
    expect(check).toEqual({ ok: false, reason: "signature_mismatch" });
  });

  it("rejects another x-request-id, an old ts and a malformed header", async () => {
    expect((await verifyMercadoPagoSignature({ signatureHeader: header, requestId: "other", dataIdFromQuery: "123456789012" }, secret, Number(ts))).ok).toBe(false);
    expect(await verifyMercadoPagoSignature({ signatureHeader: header, requestId, dataIdFromQuery: "123456789012" }, secret, Number(ts) + 301)).toEqual({
      ok: false,
      reason: "timestamp_out_of_tolerance",
    });
    expect((await verifyMercadoPagoSignature({ signatureHeader: "v1=abc", requestId, dataIdFromQuery: "1" }, secret, Number(ts))).ok).toBe(false);
  });
});

describe("mercadoPagoDeliveryKey", () => {
  it("is built from the signed parts only", () => {
    const requestId = "bb56a2f1-6aae-46ac-982e-9dcd3581d08e";
    expect(mercadoPagoDeliveryKey({ dataIdFromQuery: "123456789012", requestId, signatureHeader: "ts=1,v1=a" })).toBe(`id:123456789012;request-id:${requestId};`);
    // The same delivery signed again later is still the same delivery.
    expect(mercadoPagoDeliveryKey({ dataIdFromQuery: "ABC1", requestId, signatureHeader: "ts=2,v1=b" })).toBe(`id:abc1;request-id:${requestId};`);
    // Without x-request-id, ts is the only signed part that tells deliveries apart.
    expect(mercadoPagoDeliveryKey({ dataIdFromQuery: "1", requestId: null, signatureHeader: "ts=1795352400,v1=a" })).toBe("id:1;ts:1795352400;");
  });
});
