import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { presentAccommodation, rotateIcalToken } from "../../../accommodations/accommodations";
import { rotateFeedExportTokens } from "../../../ical/feeds";
import { authErrors, jsonResponse, notFoundError, security } from "../../common";
import { accommodationIdParam } from "../accommodations/schema";

const route = createRoute({
  method: "post",
  path: "/v1/accommodations/{id}/ical/rotate",
  tags: ["iCal"],
  summary: "Issue new export URLs; the old ones answer 404 at once (cached copies included)",
  security,
  middleware: [requireScope("accommodations:write")] as const,
  request: { params: accommodationIdParam },
  responses: { 200: jsonResponse("Rotated", z.object({ icalExportUrl: z.string() })), ...authErrors, ...notFoundError },
});

export function registerIcalRotate(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const db = c.var.db;
    const { secretsKey, publicBaseUrl } = c.get("config");
    const tenantId = c.get("principal").tenantId;
    const row = await rotateIcalToken(db, secretsKey, tenantId, c.req.valid("param").id);
    // A leaked URL is a leaked calendar: every export URL of the unit changes together.
    await rotateFeedExportTokens(db, secretsKey, tenantId, row.id);
    const presented = await presentAccommodation(row, secretsKey, publicBaseUrl);
    return c.json({ icalExportUrl: presented.icalExportUrl }, 200);
  });
}
