import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../platform/env";
import { portalStay } from "../../guest-portal/portal-stay";
import { jsonResponse } from "../common";
import { portalErrors, portalStayResponse, tags, tokenParam } from "./schema";
import { requireGuestToken } from "./guest-auth";
import { portalPage } from "./portal-page";

const stayRoute = createRoute({
  method: "get",
  path: "/guest-api/{token}",
  tags,
  summary: "The stay a guest link opens, as the portal shows it",
  description: "Dates, times, unit and address, money paid and due, the check-in and the rating. Dates are YYYY-MM-DD and money is in minor units; the portal writes them in `lang`.",
  middleware: [requireGuestToken()] as const,
  request: { params: tokenParam },
  responses: { 200: jsonResponse("The stay", portalStayResponse), ...portalErrors },
});

const pageRoute = createRoute({
  method: "get",
  path: "/guest/{token}",
  tags,
  summary: "The guest portal page (HTML) of the reservation the link opens",
  description: "The stay comes inside the page, so the first view needs no second request. A link that is not valid answers a page saying so (401).",
  request: { params: tokenParam },
  responses: {
    200: { description: "The portal", content: { "text/html": { schema: { type: "string" as const } } } },
    401: { description: "The link is not valid: wrong, expired or revoked", content: { "text/html": { schema: { type: "string" as const } } } },
  },
});

export function registerPortalStay(app: OpenAPIHono<AppEnv>) {
  app.openapi(stayRoute, async (c) => c.json(await portalStay(c.var.db, c.env, c.var.guest), 200));
  app.openapi(pageRoute, async (c) => {
    const html = await portalPage(c, c.req.valid("param").token);
    return c.html(html.body, html.status);
  });
}
