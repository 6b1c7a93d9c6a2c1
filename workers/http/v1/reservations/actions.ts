import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { cancelReservation, confirmReservation, extendReservation } from "../../../bookings/reservations";
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
    ...unprocessableError("currency_mismatch"),
  },
});

const cancelRoute = createRoute({
  ...action("cancel", "Cancel; the nights are free again"),
  request: { params: reservationIdParam, body: { required: false, content: { "application/json": { schema: cancelRequest } } } },
  responses: { 200: jsonResponse("Cancelled", reservation), ...authErrors, ...notFoundError, ...conflictError("Already expired") },
});

export function registerReservationActions(app: OpenAPIHono<AppEnv>) {
  app.openapi(extendRoute, async (c) => {
    const row = await extendReservation(database(c.env.DB), c.env, c.get("principal").tenantId, c.req.valid("param").id);
    return c.json({ expiresAt: new Date(row.expiresAt ?? Date.now()).toISOString() }, 200);
  });

  app.openapi(confirmRoute, async (c) => {
    const { payment } = c.req.valid("json");
    const row = await confirmReservation(database(c.env.DB), c.env, c.get("principal").tenantId, c.req.valid("param").id, payment);
    return c.json(presentReservation(row), 200);
  });

  app.openapi(cancelRoute, async (c) => {
    const body = c.req.header("content-type")?.includes("json") ? c.req.valid("json") : {};
    const row = await cancelReservation(database(c.env.DB), c.env, c.get("principal").tenantId, c.req.valid("param").id, body.reason);
    return c.json(presentReservation(row), 200);
  });
}
