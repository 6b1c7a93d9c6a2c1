import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { moneySchema } from "../../../../shared/domain/money";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { getReservation, paymentsOf } from "../../../bookings/reservations";
import { reservationStayNumbers } from "../../../guests/stay-numbers";
import { packagesOfStays } from "../../../packages/book-package";
import { stayMoney } from "../../../guest-portal/stay-money";
import { checkInOf } from "../../../guest-portal/check-in";
import { registeredGuest } from "../../guest/schema";
import { authErrors, isoTime, jsonResponse, notFoundError, security } from "../../common";
import { presentReservation, reservation, reservationIdParam, stayOfGuest } from "./schema";

const withPayments = reservation.extend({
  ...stayOfGuest,
  package: z.object({ id: z.string(), name: z.string() }).nullable().openapi({ description: "The service package the stay was booked with (kept when the package is archived); its extras are among the stay's extras, paid inside its price" }),
  extrasTotal: moneySchema.openapi({ description: "Extras bought for the stay (paid or awaiting payment); not part of `total`, which is the stay's own price" }),
  paid: moneySchema.openapi({ description: "Money in: approved payments less refunds, plus extras paid on their own links" }),
  onlineCheckIn: z
    .object({
      status: z.enum(["not_started", "started", "completed"]),
      completedAt: z.string().nullable(),
      guests: z.array(registeredGuest),
    })
    .openapi({ description: "The guest's online check-in (or the one completed at the desk); `checkIn` is the arrival date. The whole record is at GET /v1/reservations/{id}/check-in" }),
  balanceDue: moneySchema.openapi({ description: "What the guest still owes: `total` plus `extrasTotal` less `paid`, never below zero; zero once cancelled or lapsed" }),
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
    const row = await getReservation(db, c.env, tenantId, c.req.valid("param").id, { settled: true });
    const [paid, money, checkIn, numbers, packages] = await Promise.all([
      paymentsOf(db, tenantId, row.id),
      stayMoney(db, row),
      checkInOf(db, tenantId, row.id),
      reservationStayNumbers(db, tenantId, [row]),
      packagesOfStays(db, tenantId, [row.id]),
    ]);
    const inCurrency = (amount: number) => ({ amount, currency: money.currency });
    return c.json(
      {
        ...presentReservation(row),
        guestId: numbers.get(row.id)?.guestId ?? null,
        stayNumber: numbers.get(row.id)?.stayNumber ?? null,
        package: packages.get(row.id) ?? null,
        extrasTotal: inCurrency(money.extrasTotal),
        paid: inCurrency(money.paid),
        balanceDue: inCurrency(money.balanceDue),
        onlineCheckIn: { status: checkIn?.status ?? ("not_started" as const), completedAt: isoTime(checkIn?.completedAt), guests: checkIn?.guests ?? [] },
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
