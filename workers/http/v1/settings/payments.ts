import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireAdminSession } from "../../middleware/auth";
import { paymentSettingsOf, savePaymentSettings } from "../../../payments/settings";
import { authErrors, jsonBody, jsonResponse, security, unprocessableError } from "../../common";
import { noteChanges } from "../../audit-changes";

const secret = z.string().trim().min(8).max(512);

const settingsRequest = z
  .object({
    mercadopago: z.object({ accessToken: secret, webhookSecret: secret }).optional(),
    stripe: z.object({ secretKey: secret.regex(/^(sk|rk)_(test|live)_/, "a Stripe secret or restricted key"), webhookSecret: secret.regex(/^whsec_/, "a Stripe webhook secret") }).optional(),
    defaultProvider: z.enum(["mercadopago", "stripe"]),
    depositPercent: z.number().int().min(0).max(100),
  })
  .openapi("PaymentSettingsRequest");

const settingsResponse = z
  .object({
    mercadopago: z.object({ configured: z.boolean() }),
    stripe: z.object({ configured: z.boolean() }),
    defaultProvider: z.enum(["mercadopago", "stripe"]),
    depositPercent: z.number().int(),
  })
  .openapi("PaymentSettings");

const putRoute = createRoute({
  method: "put",
  path: "/v1/settings/payments",
  tags: ["Settings"],
  summary: "Set payment provider credentials (stored encrypted, never returned)",
  security,
  middleware: [requireAdminSession()] as const,
  request: { body: jsonBody(settingsRequest) },
  responses: { 200: jsonResponse("Saved", settingsResponse), ...authErrors, ...unprocessableError("provider_not_configured") },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/settings/payments",
  tags: ["Settings"],
  summary: "Which providers are configured (no secrets)",
  security,
  middleware: [requireAdminSession()] as const,
  responses: { 200: jsonResponse("Settings", settingsResponse), ...authErrors },
});

export function registerPaymentSettings(app: OpenAPIHono<AppEnv>) {
  app.openapi(putRoute, async (c) => {
    const before = await paymentSettingsOf(c.var.db, c.var.principal.tenantId);
    const saved = await savePaymentSettings(c.var.db, c.var.config.secretsKey, c.var.principal.tenantId, c.req.valid("json"));
    noteChanges(c, before, saved);
    return c.json(saved, 200);
  });
  app.openapi(getRoute, async (c) => {
    const settings = await paymentSettingsOf(c.var.db, c.var.principal.tenantId);
    return c.json(settingsResponse.parse(settings), 200);
  });
}
