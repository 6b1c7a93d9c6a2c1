import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { confirmByHand } from "../../../bookings/confirm-stay";
import { cancelReservation, extendReservation } from "../../../bookings/reservations";
import { forbidden } from "../../../platform/errors";
import { isAdmin } from "../../../tenancy/principal";
import { authErrors, conflictError, jsonBody, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { cancelRequest, confirmRequest, presentReservation, reservation, reservationIdParam } from "./schema";

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
  request: { params: reservationIdParam, body: { required: false, content: { "application/json": { schema: cancelRequest } } } },
  responses: { 200: jsonResponse("Cancelled", reservation), ...authErrors, ...notFoundError, ...conflictError("Already expired") },
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
    const row = await cancelReservation(c.env, c.get("principal").tenantId, c.req.valid("param").id, body.reason);
    return c.json(presentReservation(row), 200);
  });
}
