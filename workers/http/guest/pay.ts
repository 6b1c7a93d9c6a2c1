import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../platform/env";
import { createPaymentLink } from "../../payments/links";
import { jsonResponse } from "../common";
import { conflict, portalErrors, tags, tokenParam } from "./schema";
import { requireGuestToken } from "./guest-auth";

const route = createRoute({
  method: "post",
  path: "/guest-api/{token}/pay",
  tags,
  summary: "A checkout link for the deposit of a held stay (the same link staff and the assistant hand out)",
  middleware: [requireGuestToken()] as const,
  request: { params: tokenParam },
  responses: { 200: jsonResponse("The link", z.object({ url: z.string(), expiresAt: z.string() })), ...portalErrors, ...conflict("not_held: only a live hold is paid online"), 502: { description: "The provider failed" } },
});

export function registerPortalPay(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const link = await createPaymentLink(c.var.db, c.env, c.var.config, c.var.guest.tenantId, c.var.guest.reservationId);
    return c.json({ url: link.url, expiresAt: new Date(link.expiresAt).toISOString() }, 200);
  });
}
