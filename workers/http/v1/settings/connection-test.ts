import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireAdminSession } from "../../middleware/auth";
import { checkPaymentConnection } from "../../../payments/connection-check";
import { checkWhatsAppConnection } from "../../../guest-messaging/whatsapp/connection-check";
import { checkEmailConnection } from "../../../guest-messaging/email/connection-check";
import { authErrors, jsonResponse, security } from "../../common";

const result = z
  .object({
    provider: z.enum(["mercadopago", "stripe", "whatsapp", "email"]),
    ok: z.boolean(),
    account: z.string().nullable().openapi({ description: "Who the provider says the credential belongs to (account name, number)" }),
    problem: z
      .enum(["not_configured", "rejected", "unreachable", "sender_not_verified"])
      .nullable()
      .openapi({ description: "not_configured: nothing stored; rejected: the provider refused the credential; unreachable: the provider could not be asked; sender_not_verified: the email provider has not verified the sender's domain" }),
  })
  .openapi("ConnectionTest");

const route = createRoute({
  method: "post",
  path: "/v1/settings/{provider}/test",
  tags: ["Settings"],
  summary: "Test a stored credential against the provider (Mercado Pago, Stripe, WhatsApp or email)",
  description: "Calls the provider's own account endpoint with the stored credential. A credential that fails is an answer (ok false, with the reason), not an error.",
  security,
  middleware: [requireAdminSession()] as const,
  request: { params: z.object({ provider: z.enum(["mercadopago", "stripe", "whatsapp", "email"]) }) },
  responses: { 200: jsonResponse("Result", result), ...authErrors },
});

export function registerConnectionTest(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { provider } = c.req.valid("param");
    const tenantId = c.get("principal").tenantId;
    const check =
      provider === "whatsapp"
        ? await checkWhatsAppConnection(c.var.db, c.get("config"), tenantId)
        : provider === "email"
          ? await checkEmailConnection(c.var.db, c.env, c.get("config"), tenantId)
          : await checkPaymentConnection(c.var.db, c.get("config"), tenantId, provider);
    return c.json({ provider, ok: check.ok, account: check.ok ? check.account : null, problem: check.ok ? null : check.problem }, 200);
  });
}
