import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireAdminSession } from "../../middleware/auth";
import { getWhatsAppSettings, saveWhatsAppSettings } from "../../../guest-messaging/whatsapp/settings";
import { authErrors, conflictError, jsonBody, jsonResponse, security } from "../../common";

const secret = z.string().trim().min(8).max(1024);

const settingsRequest = z
  .object({
    phoneNumberId: z.string().trim().regex(/^\d{5,32}$/, "the numeric phone number id from Meta"),
    accessToken: secret,
    appSecret: secret,
    verifyToken: secret,
  })
  .openapi("WhatsAppSettingsRequest");

const settingsResponse = z.object({ configured: z.boolean(), phoneNumberId: z.string().nullable() }).openapi("WhatsAppSettings");

const putRoute = createRoute({
  method: "put",
  path: "/v1/settings/whatsapp",
  tags: ["Settings"],
  summary: "Connect a WhatsApp Cloud API number (secrets stored encrypted, never returned)",
  security,
  middleware: [requireAdminSession()] as const,
  request: { body: jsonBody(settingsRequest) },
  responses: { 200: jsonResponse("Saved", settingsResponse), ...authErrors, ...conflictError("whatsapp_number_taken") },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/settings/whatsapp",
  tags: ["Settings"],
  summary: "Whether a WhatsApp number is connected (no secrets)",
  security,
  middleware: [requireAdminSession()] as const,
  responses: { 200: jsonResponse("Settings", settingsResponse), ...authErrors },
});

export function registerWhatsAppSettings(app: OpenAPIHono<AppEnv>) {
  app.openapi(putRoute, async (c) => {
    const saved = await saveWhatsAppSettings(c.var.db, c.get("config").secretsKey, c.get("principal").tenantId, c.req.valid("json"));
    return c.json(saved, 200);
  });
  app.openapi(getRoute, async (c) => c.json(await getWhatsAppSettings(c.var.db, c.get("principal").tenantId), 200));
}
