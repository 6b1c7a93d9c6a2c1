import { jwtVerify, SignJWT } from "jose";

/** What a guest portal token names: one link (revocable in D1) of one reservation of one tenant. */
export interface GuestTokenClaims {
  linkId: string;
  tenantId: string;
  reservationId: string;
}

/** Its own audience: a guest token never opens the console or a web chat session, nor they it. */
const AUDIENCE = "posada-guest-portal";
const ISSUER = "posada";
const keyFor = (secret: string) => new TextEncoder().encode(secret);

export async function issueGuestToken(secret: string, claims: GuestTokenClaims, expiresAt: number): Promise<string> {
  return new SignJWT({ tid: claims.tenantId, rid: claims.reservationId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.linkId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt / 1000))
    .sign(keyFor(secret));
}

/** The claims of a valid, unexpired guest token, or null (a bad signature and an expired token look alike). */
export async function readGuestToken(secret: string, token: string): Promise<GuestTokenClaims | null> {
  if (token.length > 2048) return null;
  try {
    const { payload } = await jwtVerify(token, keyFor(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ["HS256"] });
    if (typeof payload.sub !== "string" || typeof payload.tid !== "string" || typeof payload.rid !== "string") return null;
    return { linkId: payload.sub, tenantId: payload.tid, reservationId: payload.rid };
  } catch {
    return null;
  }
}
