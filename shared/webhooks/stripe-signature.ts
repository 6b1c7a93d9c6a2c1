import { hmacSha256Hex, matchesAny, parseSignatureHeader } from "./hmac";

export const STRIPE_TOLERANCE_SECONDS = 300;

export type SignatureCheck = { ok: true } | { ok: false; reason: "malformed_header" | "timestamp_out_of_tolerance" | "signature_mismatch" };

/**
 * Verifies `Stripe-Signature: t=…,v1=…` over the raw body bytes: HMAC-SHA256 of `t + "." + body`
 * under the endpoint secret, any `v1` may match (secret rotation), and |now - t| ≤ 300 s stops replays.
 */
export async function verifyStripeSignature(
  rawBody: Uint8Array,
  header: string | null | undefined,
  secret: string,
  nowSeconds: number,
  toleranceSeconds = STRIPE_TOLERANCE_SECONDS,
): Promise<SignatureCheck> {
  if (!header) return { ok: false, reason: "malformed_header" };
  const parts = parseSignatureHeader(header);
  const timestamp = parts.get("t")?.[0];
  const signatures = parts.get("v1") ?? [];
  if (!timestamp || !/^\d+$/.test(timestamp) || signatures.length === 0) return { ok: false, reason: "malformed_header" };
  if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return { ok: false, reason: "timestamp_out_of_tolerance" };

  const prefix = new TextEncoder().encode(`${timestamp}.`);
  const signed = new Uint8Array(prefix.length + rawBody.length);
  signed.set(prefix);
  signed.set(rawBody, prefix.length);
  const expected = await hmacSha256Hex(secret, signed);
  return matchesAny(expected, signatures) ? { ok: true } : { ok: false, reason: "signature_mismatch" };
}
