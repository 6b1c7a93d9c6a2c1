/** HOTP (RFC 4226) and TOTP (RFC 6238) over WebCrypto. */

export type TotpAlgorithm = "SHA-1" | "SHA-256" | "SHA-512";

export interface TotpOptions {
  digits?: number;
  periodSeconds?: number;
  algorithm?: TotpAlgorithm;
}

/** The HOTP value for a 64-bit counter; BigInt keeps counters beyond 2^32 exact. */
export async function hotp(
  secret: Uint8Array,
  counter: bigint,
  digits = 6,
  algorithm: TotpAlgorithm = "SHA-1",
): Promise<string> {
  const message = new Uint8Array(8);
  new DataView(message.buffer).setBigUint64(0, counter);
  const key = await crypto.subtle.importKey("raw", secret, { name: "HMAC", hash: algorithm }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, message));
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary =
    ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** The time step that contains `unixSeconds`. */
export function totpCounter(unixSeconds: number, periodSeconds = 30): bigint {
  return BigInt(Math.floor(unixSeconds / periodSeconds));
}

export async function totp(secret: Uint8Array, unixSeconds: number, options: TotpOptions = {}): Promise<string> {
  const { digits = 6, periodSeconds = 30, algorithm = "SHA-1" } = options;
  return hotp(secret, totpCounter(unixSeconds, periodSeconds), digits, algorithm);
}

/**
 * Finds the step (now, one before or one after) whose code matches, so clock drift of ±30 s is tolerated.
 * Returns the matched counter, which callers store to refuse a second use of the same code.
 */
export async function matchTotp(
  secret: Uint8Array,
  code: string,
  unixSeconds: number,
  options: TotpOptions = {},
): Promise<bigint | null> {
  const { digits = 6, periodSeconds = 30, algorithm = "SHA-1" } = options;
  if (!new RegExp(`^\\d{${digits}}$`).test(code)) return null;
  const current = totpCounter(unixSeconds, periodSeconds);
  let matched: bigint | null = null;
  for (const counter of [current - 1n, current, current + 1n]) {
    // Check every candidate so the time taken does not say which step matched.
    const candidate = await hotp(secret, counter, digits, algorithm);
    if (constantTimeDigits(candidate, code) && matched === null) matched = counter;
  }
  return matched;
}

function constantTimeDigits(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** The otpauth:// URI that authenticator apps scan from a QR code. */
export function otpauthUri(issuer: string, account: string, base32Secret: string): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const params = new URLSearchParams({ secret: base32Secret, issuer, algorithm: "SHA1", digits: "6", period: "30" });
  return `otpauth://totp/${label}?${params.toString()}`;
}
