import { hmacSha256Hex, matchesAny } from "./hmac";

/**
 * Meta signs every webhook with `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body,
 * keyed with the app secret>`. The body must be the exact bytes received.
 */
export async function verifyWhatsAppSignature(rawBody: Uint8Array, header: string | null | undefined, appSecret: string): Promise<boolean> {
  const match = header?.trim().match(/^sha256=([0-9a-fA-F]{64})$/);
  if (!match) return false;
  return matchesAny(await hmacSha256Hex(appSecret, rawBody), [match[1]!.toLowerCase()]);
}
