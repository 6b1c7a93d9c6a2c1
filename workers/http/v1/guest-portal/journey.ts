import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { getReservation } from "../../../bookings/reservations";
import { journeyOf } from "../../../guest-portal/journey";
import { requireScope } from "../../middleware/auth";
import { authErrors, jsonResponse, notFoundError, security } from "../../common";
import { reservationIdParam } from "../reservations/schema";

const step = z
  .object({
    at: z.string(),
    kind: z.enum([
      "held",
      "payment",
      "refund",
      "confirmed",
      "cancelled",
      "message_sent",
      "message_delivered",
      "message_read",
      "message_failed",
      "guest_replied",
      "check_in_started",
      "check_in_completed",
      "upsell_offered",
      "upsell_requested",
      "upsell_paid",
      "rated",
    ]),
    detail: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  })
  .openapi("JourneyStep");

const route = createRoute({
  method: "get",
  path: "/v1/reservations/{id}/journey",
  tags: ["Guest portal"],
  summary: "The guest's journey, every step in order: hold, payments, messages sent/delivered/read and replies, check-in, extras offered and bought, rating",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { params: reservationIdParam },
  responses: { 200: jsonResponse("The steps, oldest first", z.object({ data: z.array(step) })), ...authErrors, ...notFoundError },
});

export function registerJourney(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const reservation = await getReservation(c.var.db, c.env, c.var.principal.tenantId, c.req.valid("param").id);
    const steps = await journeyOf(c.var.db, reservation);
    return c.json({ data: steps.map((s) => ({ at: new Date(s.at).toISOString(), kind: s.kind, detail: s.detail })) }, 200);
  });
}
