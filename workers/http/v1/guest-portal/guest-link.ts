import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { getReservation } from "../../../bookings/reservations";
import { guestLinkFor, revokeGuestLinks } from "../../../guest-access/guest-links";
import { requireScope } from "../../middleware/auth";
import { authErrors, jsonResponse, notFoundError, security } from "../../common";
import { reservationIdParam } from "../reservations/schema";

const guestLink = z
  .object({
    url: z.string().openapi({ description: "The portal page to send the guest" }),
    token: z.string().openapi({ description: "The signed token in the URL; opens this reservation's portal only" }),
    expiresAt: z.string().openapi({ description: "A week after check-out" }),
  })
  .openapi("GuestLink");

const getRoute = createRoute({
  method: "get",
  path: "/v1/reservations/{id}/guest-link",
  tags: ["Guest portal"],
  summary: "The guest's portal link for this reservation (made on first request; the same link until revoked)",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { params: reservationIdParam },
  responses: { 200: jsonResponse("The link", guestLink), ...authErrors, ...notFoundError },
});

const revokeRoute = createRoute({
  method: "post",
  path: "/v1/reservations/{id}/guest-link/revoke",
  tags: ["Guest portal"],
  summary: "Revoke the reservation's portal link: its tokens open nothing from now on (asking for the link again makes a new one)",
  security,
  middleware: [requireScope("reservations:write")] as const,
  request: { params: reservationIdParam },
  responses: { 200: jsonResponse("Revoked", z.object({ revoked: z.number().int() })), ...authErrors, ...notFoundError },
});

export function registerGuestLink(app: OpenAPIHono<AppEnv>) {
  app.openapi(getRoute, async (c) => {
    const reservation = await getReservation(c.var.db, c.env, c.var.principal.tenantId, c.req.valid("param").id);
    const link = await guestLinkFor(c.var.db, c.var.config.jwtSecret, c.var.config.publicBaseUrl, reservation);
    return c.json({ url: link.url, token: link.token, expiresAt: new Date(link.expiresAt).toISOString() }, 200);
  });
  app.openapi(revokeRoute, async (c) => {
    const reservation = await getReservation(c.var.db, c.env, c.var.principal.tenantId, c.req.valid("param").id);
    return c.json({ revoked: await revokeGuestLinks(c.var.db, reservation.tenantId, reservation.id) }, 200);
  });
}
