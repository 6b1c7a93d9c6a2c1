import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { confirmByHand } from "../../../bookings/confirm-stay";
import { extendReservation } from "../../../bookings/reservations";
import { cancelStay } from "../../../payments/cancel-with-refund";
import { database } from "../../../platform/db/client";
import { forbidden } from "../../../platform/errors";
import { isAdmin } from "../../../tenancy/principal";
import { authErrors, conflictError, jsonBody, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { cancelRequest, confirmRequest, presentReservation, refundView, reservation, reservationIdParam } from "./schema";

const action = (path: string, summary: string) => ({
  method: "post" as const,
  path: `/v1/reservations/{id}/${path}`,
  tags: ["Reservations"],
  summary,
  security,
  middleware: [requireScope("reservations:write")],
});

const extendRoute = createRoute({
  ...action("extend", "Extend a hold by 15 minutes, once"),
  request: { params: reservationIdParam },
  responses: {
    200: jsonResponse("Extended", z.object({ expiresAt: z.string() })),
    ...authErrors,
    ...notFoundError,
    ...conflictError("extension_used or not_held"),
  },
});

const confirmRoute = createRoute({
  ...action("confirm", "Confirm a hold, recording a payment taken by hand"),
  request: { params: reservationIdParam, body: jsonBody(confirmRequest) },
  responses: {
    200: jsonResponse("Confirmed", reservation),
    ...authErrors,
    ...notFoundError,
    ...conflictError("not_held, expired or dates_unavailable"),
    ...unprocessableError("currency_mismatch, or below_deposit without an owner's or admin's override"),
  },
});

const cancelRoute = createRoute({
  ...action("cancel", "Cancel; the nights are free again"),
  description:
    "With `refund`, what happens to the money already paid is recorded with the cancellation: kept, or given back in full or in part, " +
    "through Mercado Pago or Stripe when it came that way (idempotent: cancelling again with the same decision retries a pending refund " +
    "and never refunds twice) or as already given back by hand (`via: manual`). A cancelled reservation can have its decision recorded afterwards.",
  request: { params: reservationIdParam, body: { required: false, content: { "application/json": { schema: cancelRequest } } } },
  responses: {
    200: jsonResponse("Cancelled", reservation.extend({ refunds: z.array(refundView) })),
    ...authErrors,
    ...notFoundError,
    ...conflictError("not_cancellable (expired), or refund_already_decided"),
    ...unprocessableError("nothing_to_refund, refund_too_large, refund_amount_required, no_provider_payment, currency_mismatch, provider_not_configured"),
  },
});

export function registerReservationActions(app: OpenAPIHono<AppEnv>) {
  app.openapi(extendRoute, async (c) => {
    const row = await extendReservation(c.env, c.get("principal").tenantId, c.req.valid("param").id);
    return c.json({ expiresAt: new Date(row.expiresAt ?? Date.now()).toISOString() }, 200);
  });

  app.openapi(confirmRoute, async (c) => {
    const { payment, override = false } = c.req.valid("json");
    const principal = c.get("principal");
    if (override && !isAdmin(principal)) throw forbidden("Only an owner or admin may confirm with less than the deposit");
    const row = await confirmByHand(c.env, principal.tenantId, c.req.valid("param").id, {
      ...payment,
      recordedBy: principal.kind === "session" ? principal.userId : principal.keyId,
      override,
    });
    return c.json(presentReservation(row), 200);
  });

  app.openapi(cancelRoute, async (c) => {
    const body = c.req.header("content-type")?.includes("json") ? c.req.valid("json") : {};
    const principal = c.get("principal");
    const { reservation: row, refunds } = await cancelStay(c.env, database(c.env.DB), c.get("config"), principal.tenantId, c.req.valid("param").id, {
      ...body,
      recordedBy: principal.kind === "session" ? principal.userId : principal.keyId,
    });
    return c.json({ ...presentReservation(row), refunds: refunds.map(({ amount, currency, id, refundOf, provider, status }) => ({ id, refundOf, provider, status, amount: { amount, currency } })) }, 200);
  });
}
