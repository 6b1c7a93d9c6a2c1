import type { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { ID_PHOTO_PATH, registerPortalCheckIn } from "./check-in";
import { registerPortalMessages } from "./messages";
import { registerPortalPay } from "./pay";
import { registerPortalRating } from "./rating";
import { registerPortalStay } from "./stay";
import { registerPortalUpsells } from "./upsells";

const MAX_PORTAL_BODY_BYTES = 16 * 1024;

/** Portal bodies are JSON (but the ID photo, which is the image itself); anything else is a 400 with a reason. */
const requireJsonBody = () =>
  createMiddleware<AppEnv>(async function requirePortalJson(c, next) {
    if (ID_PHOTO_PATH.test(c.req.path)) return next();
    const type = c.req.header("content-type");
    if (c.req.method === "POST" && type !== undefined && !/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
      throw new AppError(400, "malformed_request", "The body must be JSON (content-type: application/json)");
    }
    await next();
  });

/**
 * The guest portal: a page and a small JSON API, opened by the signed token of one reservation's
 * link (no account). Same origin as the page, so no CORS; every route is rate-limited per link.
 */
export function registerGuestPortal(app: OpenAPIHono<AppEnv>) {
  const portalBodyLimit = bodyLimit({
    maxSize: MAX_PORTAL_BODY_BYTES,
    onError: () => {
      throw new AppError(413, "payload_too_large", "Portal requests are limited to 16 kB");
    },
  });
  app.use("/guest-api/*", async (c, next) => (ID_PHOTO_PATH.test(c.req.path) ? next() : portalBodyLimit(c, next)));
  app.use("/guest-api/*", requireJsonBody());
  registerPortalStay(app);
  registerPortalCheckIn(app);
  registerPortalRating(app);
  registerPortalMessages(app);
  registerPortalPay(app);
  registerPortalUpsells(app);
}
