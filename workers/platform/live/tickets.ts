import { jwtVerify, SignJWT } from "jose";

/**
 * A browser cannot set headers on a WebSocket, so the console trades its session for a
 * one-minute ticket that goes in the socket's URL. The ticket opens the live feed and nothing
 * else, and it is useless by the time a log line could leak it.
 */
const AUDIENCE = "posada-live";
const ISSUER = "posada";
export const LIVE_TICKET_TTL_SECONDS = 60;
const keyFor = (secret: string) => new TextEncoder().encode(secret);

export async function issueLiveTicket(secret: string, tenantId: string, userId: string, now = Date.now()) {
  const issuedAt = Math.floor(now / 1000);
  const ticket = await new SignJWT({ tid: tenantId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + LIVE_TICKET_TTL_SECONDS)
    .sign(keyFor(secret));
  return { ticket, expiresAt: new Date((issuedAt + LIVE_TICKET_TTL_SECONDS) * 1000).toISOString() };
}

export async function verifyLiveTicket(secret: string, ticket: string): Promise<{ tenantId: string; userId: string } | null> {
  try {
    const { payload } = await jwtVerify(ticket, keyFor(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ["HS256"] });
    if (typeof payload.tid !== "string" || typeof payload.sub !== "string") return null;
    return { tenantId: payload.tid, userId: payload.sub };
  } catch {
    return null;
  }
}
