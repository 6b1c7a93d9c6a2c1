import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { createPaymentLink } from "../../../payments/links";
import { authErrors, badGatewayError, conflictError, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { reservationIdParam } from "./schema";

const paymentLinkRequest = z.object({ provider: z.enum(["mercadopago", "stripe"]).optional() }).openapi("PaymentLinkRequest");

const route = createRoute({
  method: "post",
  path: "/v1/reservations/{id}/payment-link",
  tags: ["Reservations"],
  summary: "A checkout link for the hold's deposit (the same live link is returned if asked again)",
  security,
  middleware: [requireScope("reservations:write")] as const,
  request: { params: reservationIdParam, body: { required: false, content: { "application/json": { schema: paymentLinkRequest } } } },
  responses: {
    201: jsonResponse(
      "Link",
      z.object({ url: z.string(), provider: z.enum(["mercadopago", "stripe"]), expiresAt: z.string(), amount: z.object({ amount: z.number().int(), currency: z.string() }) }),
    ),
    ...authErrors,
    ...notFoundError,
    ...conflictError("not_held"),
    ...unprocessableError("provider_not_configured"),
    ...badGatewayError,
  },
});

export function registerPaymentLink(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const body = c.req.header("content-type")?.includes("json") ? c.req.valid("json") : {};
    const link = await createPaymentLink(database(c.env.DB), c.env, c.get("config"), c.get("principal").tenantId, c.req.valid("param").id, body.provider);
    return c.json({ url: link.url, provider: link.provider, expiresAt: new Date(link.expiresAt).toISOString(), amount: { amount: link.amount, currency: link.currency } }, 201);
  });
}
