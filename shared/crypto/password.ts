import { base64ToBytes, bytesToBase64, randomBytes, timingSafeEqual } from "./encoding";

/**
 * workerd caps PBKDF2 at 100,000 iterations (a higher count throws NotSupportedError),
 * so that is the strongest setting that runs at the edge. The count is stored with each
 * hash so it can be raised later and old hashes still verify.
 */
export const PBKDF2_ITERATIONS = 100_000;
const SCHEME = "pbkdf2-sha256";

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(password), "PBKDF2", false, [
    "deriveBits",
  ]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

/** Hashes a password as `pbkdf2-sha256$<iterations>$<salt>$<hash>`. */
export async function hashPassword(password: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, iterations);
  return `${SCHEME}$${iterations}$${bytesToBase64(salt)}$${bytesToBase64(hash)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iterationsText, saltText, hashText] = stored.split("$");
  if (scheme !== SCHEME || !iterationsText || !saltText || !hashText) return false;
  const hash = await derive(password, base64ToBytes(saltText), Number(iterationsText));
  return timingSafeEqual(bytesToBase64(hash), hashText);
}

/** A hash of a random password, verified against when the account does not exist, so timing does not reveal it. */
export const DUMMY_PASSWORD_HASH = `${SCHEME}$${PBKDF2_ITERATIONS}$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`;
