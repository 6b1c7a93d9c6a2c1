import { jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import type { Role } from "./principal";

export const SESSION_TTL_SECONDS = 12 * 60 * 60;
const ISSUER = "posada";
const AUDIENCE = "posada-console";

const claimsSchema = z.object({
  sub: z.string().startsWith("usr_"),
  tid: z.string().startsWith("ten_"),
  role: z.enum(["owner", "admin", "staff"]),
});

export type SessionClaims = z.infer<typeof claimsSchema>;

/** HMAC keys imported once per secret and isolate, not on every verification. */
const keys = new Map<string, Promise<CryptoKey>>();
const keyFor = (secret: string): Promise<CryptoKey> => {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    keys.set(secret, key);
  }
  return key;
};

/** Signs a staff session JWT (HS256). */
export async function issueSessionToken(
  secret: string,
  claims: { userId: string; tenantId: string; role: Role },
  now = Date.now(),
): Promise<{ token: string; expiresAt: string }> {
  const issuedAt = Math.floor(now / 1000);
  const expiresAtSeconds = issuedAt + SESSION_TTL_SECONDS;
  const token = await new SignJWT({ tid: claims.tenantId, role: claims.role })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAtSeconds)
    .setJti(crypto.randomUUID())
    .sign(await keyFor(secret));
  return { token, expiresAt: new Date(expiresAtSeconds * 1000).toISOString() };
}

/**
 * Tokens this isolate has verified, with their claims and expiry. A console sends the same token
 * with every request for hours, and verifying it (parsing, an HMAC, the claims' schema) was a large
 * share of an authenticated request's work in the Worker. The same string under the same
 * secret always verifies alike, so only the expiry is checked again. Revocation is not a token's
 * business: every request still asks the tenant's roster whether the user may act (auth.ts).
 */
const VERIFIED_KEPT = 2_000;
const verified = new Map<string, { secret: string; claims: SessionClaims; expiresAtMs: number }>();

/** Verifies signature, issuer, audience and expiry; null for anything that is not a valid session. */
export async function verifySessionToken(secret: string, token: string, now = Date.now()): Promise<SessionClaims | null> {
  const known = verified.get(token);
  if (known && known.secret === secret && known.expiresAtMs > now) return known.claims;
  try {
    const { payload } = await jwtVerify(token, await keyFor(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["HS256"],
      currentDate: new Date(now),
    });
    const parsed = claimsSchema.safeParse(payload);
    if (!parsed.success || typeof payload.exp !== "number") return null;
    // Oldest first out: a Map keeps insertion order.
    if (verified.size >= VERIFIED_KEPT) verified.delete(verified.keys().next().value!);
    verified.set(token, { secret, claims: Object.freeze(parsed.data), expiresAtMs: payload.exp * 1000 });
    return parsed.data;
  } catch {
    return null;
  }
}
