// RFC 6238 TOTP (HMAC-SHA-1, 30-second steps, 6 digits) computed independently of the Worker's
// implementation, so the browser tests check the server against the standard, not against itself.
import { createHmac } from "node:crypto";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, "");
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** RFC 4226 HOTP for one counter value. */
export function hotp(secret: Buffer, counter: number, digits = 6): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** The time step holding `at` (30 s each since the Unix epoch). */
export const totpStep = (at = Date.now()) => Math.floor(at / 30_000);

/**
 * The code for the current step plus `stepOffset`. The Worker accepts one step either side and
 * each step only once, so a second sign-in right after enrolment uses the next step's code.
 */
export function totpCode(base32Secret: string, stepOffset = 0, at = Date.now()): string {
  return hotp(base32Decode(base32Secret), totpStep(at) + stepOffset);
}
