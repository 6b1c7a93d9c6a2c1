import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireAdminSession } from "../../middleware/auth";
import { lodgingInfoOf, saveLodgingInfo } from "../../../tenancy/lodging-info";
import { authErrors, jsonBody, jsonResponse, security } from "../../common";
import { noteChanges } from "../../audit-changes";

const text = (max: number) => z.string().max(max).nullable();

const lodgingInfo = z
  .object({
    address: text(300).openapi({ description: "Where guests go; sent with every confirmation", example: "Ruta 40 km 2, Villa La Angostura" }),
    cancellationPolicy: text(2000).openapi({ description: "What happens to the deposit when a guest cancels, in the owner's words" }),
    houseRules: text(2000).openapi({ description: "Smoking, parties, visitors, quiet hours, IDs: what the assistant tells guests who ask" }),
  })
  .openapi("LodgingInfo");

const putRoute = createRoute({
  method: "put",
  path: "/v1/settings/lodging",
  tags: ["Settings"],
  summary: "Set the address, cancellation policy and house rules the assistant tells guests",
  security,
  middleware: [requireAdminSession()] as const,
  request: { body: jsonBody(lodgingInfo) },
  responses: { 200: jsonResponse("Saved", lodgingInfo), ...authErrors },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/settings/lodging",
  tags: ["Settings"],
  summary: "The address, cancellation policy and house rules the assistant tells guests",
  security,
  middleware: [requireAdminSession()] as const,
  responses: { 200: jsonResponse("Lodging info", lodgingInfo), ...authErrors },
});

export function registerLodgingSettings(app: OpenAPIHono<AppEnv>) {
  app.openapi(putRoute, async (c) => {
    const before = await lodgingInfoOf(c.var.db, c.var.principal.tenantId);
    const saved = await saveLodgingInfo(c.var.db, c.var.principal.tenantId, c.req.valid("json"));
    noteChanges(c, before, saved);
    return c.json(saved, 200);
  });
  app.openapi(getRoute, async (c) => c.json(await lodgingInfoOf(c.var.db, c.var.principal.tenantId), 200));
}
