import { bytesToHex, timingSafeEqual } from "../crypto/encoding";

/** Hex HMAC-SHA256 of `message` (bytes, or text as UTF-8) under `secret`. */
export async function hmacSha256Hex(secret: string, message: Uint8Array | string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const data = typeof message === "string" ? new TextEncoder().encode(message) : message;
  return bytesToHex(new Uint8Array(await crypto.subtle.sign("HMAC", key, data)));
}

/** Splits `a=1,b=2,b=3` into a multimap, each element on its first `=`. */
export function parseSignatureHeader(header: string): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  for (const element of header.split(",")) {
    const at = element.indexOf("=");
    if (at <= 0) continue;
    const name = element.slice(0, at).trim();
    const value = element.slice(at + 1).trim();
    parts.set(name, [...(parts.get(name) ?? []), value]);
  }
  return parts;
}

/** True when `expected` equals any candidate; every candidate is compared in constant time. */
export function matchesAny(expected: string, candidates: readonly string[]): boolean {
  let matched = false;
  for (const candidate of candidates) matched = timingSafeEqual(expected, candidate.toLowerCase()) || matched;
  return matched;
}
