import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { getReservation } from "../../../bookings/reservations";
import { checkInOf, completeCheckIn, idPhotosOf } from "../../../guest-portal/check-in";
import { readIdPhoto } from "../../../guest-portal/id-photos";
import { notFound } from "../../../platform/errors";
import { requireScope, sessionUserId } from "../../middleware/auth";
import { authErrors, conflictError, isoTime, jsonBody, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { reservationIdParam } from "../reservations/schema";
import { checkInRequest, checkInView } from "../../guest/schema";
import { presentCheckIn } from "../../guest/present-check-in";
import { todayAtUnit } from "../../../guest-portal/stay-today";

const staffCheckIn = checkInView.extend({
  completedBy: z.enum(["guest", "staff"]).nullable(),
  idPhotos: z.array(z.object({ id: z.string(), createdAt: z.string(), deleted: z.boolean(), url: z.string().nullable() })),
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/reservations/{id}/check-in",
  tags: ["Guest portal"],
  summary: "The reservation's check-in: status, every guest's document, arrival time, ID photos",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { params: reservationIdParam },
  responses: { 200: jsonResponse("The check-in", z.object({ checkIn: staffCheckIn })), ...authErrors, ...notFoundError },
});

const completeRoute = createRoute({
  method: "post",
  path: "/v1/reservations/{id}/check-in",
  tags: ["Guest portal"],
  summary: "Complete the check-in at the desk (the same record as the guest's online check-in)",
  security,
  middleware: [requireScope("reservations:write")] as const,
  request: { params: reservationIdParam, body: jsonBody(checkInRequest) },
  responses: {
    200: jsonResponse("Checked in", z.object({ checkIn: staffCheckIn })),
    ...authErrors,
    ...notFoundError,
    ...conflictError("not_confirmed or stay_over"),
    ...unprocessableError("too_many_guests"),
  },
});

const photoRoute = createRoute({
  method: "get",
  path: "/v1/reservations/{id}/id-photos/{photoId}",
  tags: ["Guest portal"],
  summary: "One of the reservation's ID photos (until the retention deletes it)",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { params: reservationIdParam.extend({ photoId: z.string().min(1).max(80) }) },
  responses: { 200: { description: "The image", content: { "image/jpeg": { schema: z.string().openapi({ format: "binary" }) } } }, ...authErrors, ...notFoundError },
});

async function staffView(c: { var: AppEnv["Variables"] }, tenantId: string, reservationId: string) {
  const [row, photos] = await Promise.all([checkInOf(c.var.db, tenantId, reservationId), idPhotosOf(c.var.db, tenantId, reservationId)]);
  return {
    ...presentCheckIn(row),
    idPhotos: photos.map((p) => ({ id: p.id, createdAt: isoTime(p.createdAt)!, deleted: p.deletedAt !== null, url: p.deletedAt === null ? `/v1/reservations/${reservationId}/id-photos/${p.id}` : null })),
  };
}

export function registerStaffCheckIn(app: OpenAPIHono<AppEnv>) {
  app.openapi(getRoute, async (c) => {
    const reservation = await getReservation(c.var.db, c.env, c.var.principal.tenantId, c.req.valid("param").id);
    return c.json({ checkIn: await staffView(c, reservation.tenantId, reservation.id) }, 200);
  });
  app.openapi(completeRoute, async (c) => {
    const principal = c.var.principal;
    const reservation = await getReservation(c.var.db, c.env, principal.tenantId, c.req.valid("param").id);
    const today = await todayAtUnit(c.var.db, reservation.accommodationId);
    const by = { kind: "staff" as const, userId: principal.kind === "session" ? sessionUserId(principal) : null };
    await completeCheckIn(c.var.db, c.env, reservation, c.req.valid("json"), by, today);
    return c.json({ checkIn: await staffView(c, reservation.tenantId, reservation.id) }, 200);
  });
  app.openapi(photoRoute, async (c) => {
    const { id, photoId } = c.req.valid("param");
    const reservation = await getReservation(c.var.db, c.env, c.var.principal.tenantId, id);
    const photo = await readIdPhoto(c.var.db, c.env, reservation.tenantId, photoId);
    if (!photo || photo.row.reservationId !== reservation.id) throw notFound("ID photo");
    return new Response(photo.object.body, { headers: { "content-type": photo.row.contentType, "cache-control": "private, no-store" } });
  });
}
