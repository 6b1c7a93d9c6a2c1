import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { getPayuSettings, savePayuSettings } from "../../../payments/payu-settings";
import { requireAdminSession } from "../../middleware/auth";
import { authErrors, jsonBody, jsonResponse, security } from "../../common";

const settingsRequest = z
  .object({
    merchantId: z.string().regex(/^\d{1,12}$/, "PayU's merchant id (digits)"),
    accountId: z.string().regex(/^\d{1,12}$/, "PayU's account id for the country (digits)"),
    apiKey: z.string().trim().min(8).max(200),
    apiLogin: z.string().trim().min(4).max(200).optional().openapi({ description: "PayU's API login: with it, deposits of cancelled group quotations are refunded through PayU automatically. Stored sealed, never returned; left out, the one stored is kept." }),
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1).max(20).openapi({ description: "Clients from these countries pay group deposits through PayU (ISO 3166-1), e.g. CO, PE, MX" }),
  })
  .openapi("PayuSettingsRequest");

const settingsResponse = z
  .object({
    configured: z.boolean(),
    merchantId: z.string().nullable(),
    accountId: z.string().nullable(),
    countries: z.array(z.string()),
    apiLoginSet: z.boolean().openapi({ description: "Whether the API login is stored, so refunds go through PayU" }),
  })
  .openapi("PayuSettings");

const putRoute = createRoute({
  method: "put",
  path: "/v1/settings/payments/payu",
  tags: ["Settings"],
  summary: "Connect PayU Latam for group deposits: merchant, account, API key (it signs confirmations), API login (refunds) and the countries it serves",
  description: "The API key and the API login are stored sealed and never returned. Point PayU's confirmation URL at `/webhooks/payu/{tenantId}` (the checkout sends it with each payment).",
  security,
  middleware: [requireAdminSession()] as const,
  request: { body: jsonBody(settingsRequest) },
  responses: { 200: jsonResponse("Saved", settingsResponse), ...authErrors },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/settings/payments/payu",
  tags: ["Settings"],
  summary: "Whether PayU is connected, and for which countries",
  security,
  middleware: [requireAdminSession()] as const,
  responses: { 200: jsonResponse("Settings", settingsResponse), ...authErrors },
});

export function registerPayuSettings(app: OpenAPIHono<AppEnv>) {
  app.openapi(putRoute, async (c) => c.json(await savePayuSettings(c.var.db, c.get("config").secretsKey, c.get("principal").tenantId, c.req.valid("json")), 200));
  app.openapi(getRoute, async (c) => c.json(await getPayuSettings(c.var.db, c.get("principal").tenantId), 200));
}
