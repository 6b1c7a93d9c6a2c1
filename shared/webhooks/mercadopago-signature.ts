import { hmacSha256Hex, matchesAny, parseSignatureHeader } from "./hmac";
import type { SignatureCheck } from "./stripe-signature";

export const MERCADOPAGO_TOLERANCE_SECONDS = 300;

/** data.id as the manifest carries it: lower-cased when alphanumeric. */
const signedDataId = (dataId: string) => (/^[a-z0-9]+$/i.test(dataId) ? dataId.toLowerCase() : dataId);

/**
 * The manifest Mercado Pago signs: `id:<data.id>;request-id:<x-request-id>;ts:<ts>;`, where
 * data.id comes from the query string (lower-cased when alphanumeric) and absent parts are left out.
 */
export function mercadoPagoManifest(dataId: string | null | undefined, requestId: string | null | undefined, ts: string): string {
  let manifest = "";
  if (dataId) manifest += `id:${signedDataId(dataId)};`;
  if (requestId) manifest += `request-id:${requestId};`;
  manifest += `ts:${ts};`;
  return manifest;
}

/**
 * The identity of one Mercado Pago delivery, built only from what the signature covers.
 * The body is not signed, so a replay of a signed request with an edited body (another `action`,
 * another `data.id` in the JSON) must land on the same key, or anyone who saw one notification
 * could mint "new" events from it. x-request-id names the delivery, so a redelivery of it counts once
 * whatever its `ts`; `ts` counts only when there is no request id and it is the one signed part left.
 */
export function mercadoPagoDeliveryKey(input: { dataIdFromQuery: string | null | undefined; requestId: string | null | undefined; signatureHeader: string | null | undefined }): string {
  if (input.requestId) return `${input.dataIdFromQuery ? `id:${signedDataId(input.dataIdFromQuery)};` : ""}request-id:${input.requestId};`;
  const ts = parseSignatureHeader(input.signatureHeader ?? "").get("ts")?.[0] ?? "";
  return mercadoPagoManifest(input.dataIdFromQuery, null, ts);
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
