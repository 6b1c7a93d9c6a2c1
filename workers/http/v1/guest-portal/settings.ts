import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { RESERVATION_SOURCES } from "../../../../shared/domain/reservation-sources";
import type { AppEnv } from "../../../platform/env";
import { portalSettingsOf, savePortalSettings } from "../../../guest-portal/portal-settings";
import { requireAdminSession } from "../../middleware/auth";
import { authErrors, jsonBody, jsonResponse, security } from "../../common";

const portalSettings = z
  .object({
    idPhotoRetentionDays: z.number().int().min(1).max(365).openapi({ description: "Days after check-out that guests' ID photos are kept (then deleted)" }),
    reviewLinks: z
      .partialRecord(z.enum(["default", ...RESERVATION_SOURCES]), z.url().max(500))
      .openapi({ description: "Where a guest who rates 9 or 10 is invited to review, per booking source; `default` for the rest" }),
    kpiWindowDays: z.number().int().min(1).max(90).openapi({ description: "The window journey KPIs are compared over (an alert after three worse windows in a row)" }),
  })
  .openapi("GuestPortalSettings");

const getRoute = createRoute({
  method: "get",
  path: "/v1/settings/guest-portal",
  tags: ["Settings"],
  summary: "ID photo retention, review links per channel and the KPI window of the guest portal",
  security,
  middleware: [requireAdminSession()] as const,
  responses: { 200: jsonResponse("Settings", portalSettings), ...authErrors },
});

const putRoute = createRoute({
  method: "put",
  path: "/v1/settings/guest-portal",
  tags: ["Settings"],
  summary: "Set the guest portal's ID photo retention, review links and KPI window",
  security,
  middleware: [requireAdminSession()] as const,
  request: { body: jsonBody(portalSettings) },
  responses: { 200: jsonResponse("Saved", portalSettings), ...authErrors },
});

export function registerGuestPortalSettings(app: OpenAPIHono<AppEnv>) {
  app.openapi(getRoute, async (c) => c.json(await portalSettingsOf(c.var.db, c.var.principal.tenantId), 200));
  app.openapi(putRoute, async (c) => c.json(await savePortalSettings(c.var.db, c.var.principal.tenantId, { ...c.req.valid("json"), reviewLinks: definedLinks(c.req.valid("json").reviewLinks) }), 200));
}

function definedLinks(links: Partial<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(links).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
