import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { readGuestToken } from "../../guest-access/guest-token";
import { guestLinkIsLive } from "../../guest-access/guest-links";

/** Requests per minute on one guest link (wrangler.toml's GUEST_PORTAL_LIMITER holds the same number). */
export const PORTAL_REQUESTS_PER_LINK = { limit: 60, periodSeconds: 60 } as const;

/**
 * Opens the reservation a portal route's token names, before the body is read: the signature
 * first (no I/O), then the link's budget for the minute, then the link's row (revoked or not).
 * A wrong, expired and revoked token all answer the same 401.
 */
export const requireGuestToken = () =>
  createMiddleware<AppEnv>(async function requireGuestTokenMiddleware(c, next) {
    const token = c.req.param("token") ?? "";
    const signed = await readGuestToken(c.var.config.jwtSecret, token);
    if (!signed) throw new AppError(401, "invalid_guest_link", "This link is not valid");
    if (!(await c.env.GUEST_PORTAL_LIMITER.limit({ key: signed.linkId })).success) {
      throw new AppError(429, "rate_limited", "Too many requests on this link; wait a minute", { retryAfterSeconds: PORTAL_REQUESTS_PER_LINK.periodSeconds });
    }
    if (!(await guestLinkIsLive(c.var.db, signed))) throw new AppError(401, "invalid_guest_link", "This link is not valid");
    c.set("guest", signed);
    await next();
  });
