import { hmacSha256Hex, matchesAny, parseSignatureHeader } from "./hmac";
import type { SignatureCheck } from "./stripe-signature";

export const MERCADOPAGO_TOLERANCE_SECONDS = 300;

/**
 * The manifest Mercado Pago signs: `id:<data.id>;request-id:<x-request-id>;ts:<ts>;`, where
 * data.id comes from the query string (lower-cased when alphanumeric) and absent parts are left out.
 */
export function mercadoPagoManifest(dataId: string | null | undefined, requestId: string | null | undefined, ts: string): string {
  let manifest = "";
  if (dataId) manifest += `id:${/^[a-z0-9]+$/i.test(dataId) ? dataId.toLowerCase() : dataId};`;
  if (requestId) manifest += `request-id:${requestId};`;
  manifest += `ts:${ts};`;
  return manifest;
}

/** Verifies `x-signature: ts=…,v1=…`; the body is not signed, so callers fetch the payment server to server. */
export async function verifyMercadoPagoSignature(
  input: { signatureHeader: string | null | undefined; requestId: string | null | undefined; dataIdFromQuery: string | null | undefined },
  secret: string,
  nowSeconds: number,
  toleranceSeconds = MERCADOPAGO_TOLERANCE_SECONDS,
): Promise<SignatureCheck> {
  if (!input.signatureHeader) return { ok: false, reason: "malformed_header" };
  const parts = parseSignatureHeader(input.signatureHeader);
  const ts = parts.get("ts")?.[0];
  const signatures = parts.get("v1") ?? [];
  if (!ts || !/^\d+$/.test(ts) || signatures.length === 0) return { ok: false, reason: "malformed_header" };
  // MP has sent ts in seconds and in milliseconds; compare in seconds either way.
  const tsSeconds = ts.length > 11 ? Math.floor(Number(ts) / 1000) : Number(ts);
  if (Math.abs(nowSeconds - tsSeconds) > toleranceSeconds) return { ok: false, reason: "timestamp_out_of_tolerance" };
  const expected = await hmacSha256Hex(secret, mercadoPagoManifest(input.dataIdFromQuery, input.requestId, ts));
  return matchesAny(expected, signatures) ? { ok: true } : { ok: false, reason: "signature_mismatch" };
}
