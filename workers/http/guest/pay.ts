import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../platform/env";
import { createPaymentLink } from "../../payments/links";
import { getReservation } from "../../bookings/reservations";
import { createBalanceLink } from "../../guest-portal/balance-link";
import { jsonResponse } from "../common";
import { conflict, portalErrors, tags, tokenParam } from "./schema";
import { requireGuestToken } from "./guest-auth";

const route = createRoute({
  method: "post",
  path: "/guest-api/{token}/pay",
  tags,
  summary: "A checkout link for what the stay owes: a held stay's deposit, or a confirmed stay's balance with its unpaid extras",
  description: "A held stay gets the deposit link staff and the assistant hand out. A confirmed stay gets a link for exactly its balance (`money.due`: the rest of the stay and the extras awaiting payment); the provider's payment is applied once through the payment webhooks.",
  middleware: [requireGuestToken()] as const,
  request: { params: tokenParam },
  responses: {
    200: jsonResponse("The link", z.object({ url: z.string(), expiresAt: z.string(), amount: z.number().int().openapi({ description: "Minor units of `currency`" }), currency: z.string() })),
    ...portalErrors,
    ...conflict("not_held: the hold lapsed; not_confirmed: the stay is cancelled; nothing_due: nothing is owed; no_online_payment: the lodging takes transfers or pays at the desk"),
    502: { description: "The provider failed" },
  },
});

export function registerPortalPay(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { tenantId, reservationId } = c.var.guest;
    const reservation = await getReservation(c.var.db, c.env, tenantId, reservationId);
    const link =
      reservation.status === "held"
        ? await createPaymentLink(c.var.db, c.env, c.var.config, tenantId, reservationId)
        : await createBalanceLink(c.var.db, c.env, c.var.config, tenantId, reservationId);
    return c.json({ url: link.url, expiresAt: new Date(link.expiresAt).toISOString(), amount: link.amount, currency: link.currency }, 200);
  });
}
