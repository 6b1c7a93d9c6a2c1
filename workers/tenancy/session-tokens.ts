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

/** Verifies signature, issuer, audience and expiry; null for anything that is not a valid session. */
export async function verifySessionToken(secret: string, token: string): Promise<SessionClaims | null> {
  try {
    const { payload } = await jwtVerify(token, await keyFor(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["HS256"],
    });
    const parsed = claimsSchema.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
