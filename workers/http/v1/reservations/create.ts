import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { holdStay } from "../../../packages/book-package";
import { authErrors, conflictError, jsonBody, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { createReservationRequest, presentReservation, reservation } from "./schema";

const route = createRoute({
  method: "post",
  path: "/v1/reservations",
  tags: ["Reservations"],
  summary: "Hold dates for 30 minutes (a reservation with status held)",
  description:
    "The same `idempotencyKey` (for the same accommodation and request) returns the first answer instead of a second hold; reused for a different request it answers 422 `idempotency_key_reused`.",
  security,
  middleware: [requireScope("reservations:write")] as const,
  request: { body: jsonBody(createReservationRequest) },
  responses: {
    201: jsonResponse("Held", reservation),
    ...authErrors,
    ...notFoundError,
    ...conflictError("dates_unavailable"),
    ...unprocessableError("As the quote: invalid_range, min_stay, over_capacity, in_the_past, too_long; idempotency_key_reused; unknown_package, package_archived, package_does_not_fit"),
  },
});

export function registerCreateReservation(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const principal = c.get("principal");
    const input = c.req.valid("json");
    const source = input.source ?? (principal.kind === "api_key" ? "partner" : "direct");
    const row = await holdStay(c.var.db, c.env, principal.tenantId, { ...input, source });
    return c.json(presentReservation(row), 201);
  });
}
