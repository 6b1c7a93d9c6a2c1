import { jwtVerify, SignJWT } from "jose";

/** The web chat thread a valid session token opens. */
export interface ChatSession {
  tenantId: string;
  conversationId: string;
}

/** A web chat visitor's token: it opens one conversation and nothing else (not the console). */
const AUDIENCE = "posada-webchat";
const ISSUER = "posada";
const TTL_SECONDS = 7 * 24 * 3600;
const keyFor = (secret: string) => new TextEncoder().encode(secret);

export async function issueChatToken(secret: string, tenantId: string, conversationId: string): Promise<string> {
  return new SignJWT({ tid: tenantId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(conversationId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${TTL_SECONDS}s`)
    .sign(keyFor(secret));
}

/** True only for a valid, unexpired token of exactly this tenant and conversation. */
export async function chatTokenOpens(secret: string, token: string, tenantId: string, conversationId: string): Promise<boolean> {
  try {
    const { payload } = await jwtVerify(token, keyFor(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ["HS256"] });
    return payload.sub === conversationId && payload.tid === tenantId;
  } catch {
    return false;
  }
}
