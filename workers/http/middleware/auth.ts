import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { database } from "../../platform/db/client";
import type { AppEnv } from "../../platform/env";
import { forbidden, unauthorized } from "../../platform/errors";
import { findActiveApiKey, looksLikeApiKey, touchApiKey } from "../../tenancy/api-keys";
import { currentMember } from "../../../durable-objects/members/roster";
import { assertApiKeyWithinLimit, isLastUsedStale } from "../../tenancy/api-key-usage";
import { scopesForRole, type Principal, type Scope } from "../../tenancy/principal";
import { verifySessionToken } from "../../tenancy/session-tokens";
import { bearerToken } from "../bearer-token";

/** The console's httpOnly session cookie, an alternative to the Authorization header. */
const SESSION_COOKIE = "posada_session";

/** Resolves the bearer credential (session JWT or API key) to a principal, or answers 401. */
export const authenticate = () =>
  createMiddleware<AppEnv>(async function authenticateMiddleware(c, next) {
    const token = bearerToken(c.req.header("authorization")) ?? getCookie(c, SESSION_COOKIE) ?? null;
    if (!token) throw unauthorized();
    const db = database(c.env.DB);

    let principal: Principal;
    if (looksLikeApiKey(token)) {
      const key = await findActiveApiKey(db, token);
      if (!key) throw unauthorized("Unknown or revoked API key");
      // The hot path costs no D1 write: the per-key limit lives in the Rate Limiting binding,
      // and lastUsedAt (bookkeeping, so after the answer) is written at most once a minute.
      await assertApiKeyWithinLimit(c.env.API_KEY_LIMITER, key.id);
      if (isLastUsedStale(key.lastUsedAt)) c.executionCtx.waitUntil(touchApiKey(db, key.id));
      principal = { kind: "api_key", tenantId: key.tenantId, keyId: key.id, scopes: key.scopes as Scope[] };
    } else {
      const claims = await verifySessionToken(c.get("config").jwtSecret, token);
      if (!claims) throw unauthorized("Invalid or expired session");
      // Asked of the tenant's roster object on every request, so a removed user or a changed role
      // applies at once, without a D1 read: the roster keeps its members in memory and is told of
      // every change (see durable-objects/members). KV, the Cache API or isolate memory could not
      // keep that promise: their copies are per location and only eventually consistent.
      const user = await currentMember(c.env, claims.tid, claims.sub);
      if (!user) throw unauthorized("Invalid or expired session");
      principal = { kind: "session", tenantId: user.tenantId, userId: user.id, role: user.role, scopes: scopesForRole(user.role) };
    }
    c.set("principal", principal);
    await next();
  });

/** Fails closed: the principal must hold the scope. */
export const requireScope = (scope: Scope) =>
  createMiddleware<AppEnv>(async function requireScopeMiddleware(c, next) {
    if (!c.get("principal").scopes.includes(scope)) throw forbidden(`This credential lacks the ${scope} scope`);
    await next();
  });

/** Team, keys and settings: only an owner's or admin's own session, never an API key. */
export const requireAdminSession = () =>
  createMiddleware<AppEnv>(async function requireAdminSessionMiddleware(c, next) {
    const principal = c.get("principal");
    if (principal.kind !== "session" || (principal.role !== "owner" && principal.role !== "admin")) {
      throw forbidden("Only an owner or admin, signed in, may do this");
    }
    await next();
  });

/** Only the tenant's owner, signed in: resetting another person's 2FA. */
export const requireOwnerSession = () =>
  createMiddleware<AppEnv>(async function requireOwnerSessionMiddleware(c, next) {
    const principal = c.get("principal");
    if (principal.kind !== "session" || principal.role !== "owner") throw forbidden("Only the owner, signed in, may do this");
    await next();
  });

/** Routes about the signed-in person (2FA) need a session, not a partner key. */
export const requireSession = () =>
  createMiddleware<AppEnv>(async function requireSessionMiddleware(c, next) {
    if (c.get("principal").kind !== "session") throw forbidden("This route needs a staff session");
    await next();
  });

/** The principal's session user id (for routes behind requireSession). */
export function sessionUserId(principal: Principal): string {
  if (principal.kind !== "session") throw forbidden("This route needs a staff session");
  return principal.userId;
}
