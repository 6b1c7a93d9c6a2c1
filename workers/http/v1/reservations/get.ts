import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { moneySchema } from "../../../../shared/domain/money";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { getReservation, paymentsOf } from "../../../bookings/reservations";
import { liveGuestIdOf } from "../../../guests/link-subjects";
import { authErrors, jsonResponse, notFoundError, security } from "../../common";
import { presentReservation, reservation, reservationIdParam } from "./schema";

const withPayments = reservation.extend({
  guestId: z.string().nullable().openapi({ description: "The guest profile this stay belongs to (null for a few moments after it is made, or when it names no phone or email)" }),
  payments: z.array(
    z.object({
      id: z.string(),
      provider: z.string(),
      method: z.string(),
      amount: moneySchema,
      status: z.string(),
      reference: z.string().nullable(),
      providerPaymentId: z.string().nullable(),
      flag: z.string().nullable(),
      kind: z.enum(["payment", "refund"]).openapi({ description: "A payment, or money given back against the payment named in refundOf" }),
      refundOf: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});

const route = createRoute({
  method: "get",
  path: "/v1/reservations/{id}",
  tags: ["Reservations"],
  summary: "Get a reservation with its payments",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { params: reservationIdParam },
  responses: { 200: jsonResponse("Reservation", withPayments), ...authErrors, ...notFoundError },
});

export function registerGetReservation(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const db = database(c.env.DB);
    const tenantId = c.get("principal").tenantId;
    const row = await getReservation(db, c.env, tenantId, c.req.valid("param").id);
    const [paid, guestId] = await Promise.all([paymentsOf(db, tenantId, row.id), liveGuestIdOf(db, tenantId, "reservation", row.id)]);
    return c.json(
      {
        ...presentReservation(row),
        guestId,
        payments: paid.map((p) => ({
          id: p.id,
          provider: p.provider,
          method: p.method,
          amount: { amount: p.amount, currency: p.currency },
          status: p.status,
          reference: p.reference,
          providerPaymentId: p.providerPaymentId,
          flag: p.flag,
          kind: p.kind,
          refundOf: p.refundOf,
          createdAt: new Date(p.createdAt).toISOString(),
        })),
      },
      200,
    );
  });
}
