import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { listReservations } from "../../../bookings/reservations";
import { authErrors, jsonResponse, security } from "../../common";
import { listReservationsQuery, presentReservation, reservation } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/reservations",
  tags: ["Reservations"],
  summary: "List reservations (newest first, at most 500)",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { query: listReservationsQuery },
  responses: { 200: jsonResponse("Reservations", z.object({ data: z.array(reservation) })), ...authErrors },
});

export function registerListReservations(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const rows = await listReservations(database(c.env.DB), c.get("principal").tenantId, c.req.valid("query"));
    return c.json({ data: rows.map(presentReservation) }, 200);
  });
}
