import type { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { registerClientLink } from "./client";
import { registerPartnerLink } from "./partner";

const MAX_LINK_BODY_BYTES = 16 * 1024;

/**
 * The partner and client pages' API: no account, each call scoped to its link's token, every
 * answer cut down by the room's privacy filter for the link's holder.
 */
export function registerQuotationLinks(app: OpenAPIHono<AppEnv>) {
  const limit = bodyLimit({
    maxSize: MAX_LINK_BODY_BYTES,
    onError: () => {
      throw new AppError(413, "payload_too_large", "Bodies are limited to 16 kB");
    },
  });
  for (const prefix of ["/q-api/*", "/c-api/*"]) {
    // The token is the credential (never a cookie), so any origin may call.
    app.use(prefix, cors({ origin: "*", allowHeaders: ["content-type"], allowMethods: ["GET", "POST", "PUT", "DELETE"], maxAge: 86400 }));
    app.use(prefix, limit);
  }
  registerPartnerLink(app);
  registerClientLink(app);
}
