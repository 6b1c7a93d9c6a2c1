import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireAdminSession } from "../../middleware/auth";
import { getEmailSettings, saveEmailSettings } from "../../../guest-messaging/email/settings";
import { authErrors, conflictError, emailSchema, jsonBody, jsonResponse, security } from "../../common";

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "a domain name such as mail.example.com");

const settingsRequest = z
  .object({
    provider: z.enum(["resend", "cloudflare"]).openapi({ description: "resend: Resend's HTTP API; cloudflare: the Worker's send_email binding (Email Routing)" }),
    fromAddress: emailSchema.openapi({ description: "The verified sender, on a domain the provider has verified" }),
    fromName: z.string().trim().min(1).max(80).nullable().optional(),
    inboundDomain: domain.openapi({ description: "The domain whose mail Email Routing delivers to Posada: replies and forwarded enquiries" }),
    resendApiKey: z.string().trim().min(8).max(1024).optional().openapi({ description: "Required with Resend the first time; left out, the stored key is kept" }),
    resendWebhookSecret: z
      .string()
      .trim()
      .regex(/^whsec_[A-Za-z0-9+/=]{16,}$/, "the signing secret Resend shows for the webhook (whsec_…)")
      .optional()
      .openapi({ description: "Required with Resend the first time; left out, the stored secret is kept" }),
  })
  .openapi("EmailSettingsRequest");

const settingsResponse = z
  .object({
    configured: z.boolean(),
    provider: z.enum(["resend", "cloudflare"]).nullable(),
    fromAddress: z.string().nullable(),
    fromName: z.string().nullable(),
    inboundDomain: z.string().nullable(),
    resendApiKeyStored: z.boolean().openapi({ description: "A Resend API key is stored (it is never returned)" }),
    resendWebhookSecretStored: z.boolean().openapi({ description: "A Resend webhook signing secret is stored (it is never returned)" }),
  })
  .openapi("EmailSettings");

const putRoute = createRoute({
  method: "put",
  path: "/v1/settings/email",
  tags: ["Settings"],
  summary: "Connect email: provider, verified sender and inbound domain (secrets stored encrypted, never returned)",
  description: "With Resend, point its webhook at `/webhooks/resend/{tenantId}` for bounces, complaints and deliveries.",
  security,
  middleware: [requireAdminSession()] as const,
  request: { body: jsonBody(settingsRequest) },
  responses: { 200: jsonResponse("Saved", settingsResponse), ...authErrors, ...conflictError("email_domain_taken") },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/settings/email",
  tags: ["Settings"],
  summary: "How email is connected (no secrets)",
  security,
  middleware: [requireAdminSession()] as const,
  responses: { 200: jsonResponse("Settings", settingsResponse), ...authErrors },
});

export function registerEmailSettings(app: OpenAPIHono<AppEnv>) {
  app.openapi(putRoute, async (c) => c.json(await saveEmailSettings(c.var.db, c.get("config").secretsKey, c.get("principal").tenantId, c.req.valid("json")), 200));
  app.openapi(getRoute, async (c) => c.json(await getEmailSettings(c.var.db, c.get("principal").tenantId), 200));
}
