import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { listReservations } from "../../../bookings/reservations";
import { reservationStayNumbers } from "../../../guests/stay-numbers";
import { authErrors, jsonResponse, security } from "../../common";
import { listReservationsQuery, presentReservation, reservation, stayOfGuest } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/reservations",
  tags: ["Reservations"],
  summary: "List reservations (newest first, at most 500)",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { query: listReservationsQuery },
  responses: { 200: jsonResponse("Reservations", z.object({ data: z.array(reservation.extend(stayOfGuest)) })), ...authErrors },
});

export function registerListReservations(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const db = database(c.env.DB);
    const tenantId = c.get("principal").tenantId;
    const rows = await listReservations(db, tenantId, c.req.valid("query"));
    const numbers = await reservationStayNumbers(db, tenantId, rows);
    return c.json({ data: rows.map((row) => ({ ...presentReservation(row), guestId: numbers.get(row.id)?.guestId ?? null, stayNumber: numbers.get(row.id)?.stayNumber ?? null })) }, 200);
  });
}
