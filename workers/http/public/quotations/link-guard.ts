import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";

/**
 * Every request on a quotation link counts against that link's budget (the Rate Limiting binding,
 * keyed by the token), so a leaked link cannot be used to flood the room or its operator.
 */
export const limitLink = () =>
  createMiddleware<AppEnv>(async function limitLinkMiddleware(c, next) {
    const token = c.req.param("token") ?? "";
    const { success } = await c.env.QUOTATION_LINK_LIMITER.limit({ key: token.slice(0, 200) });
    if (!success) throw new AppError(429, "rate_limited", "Too many requests on this link; try again in a minute", { retryAfterSeconds: 60 });
    await next();
  });
