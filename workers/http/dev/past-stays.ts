import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { isoDateSchema } from "../../../shared/domain/dates";
import { RESERVATION_SOURCES } from "../../../shared/domain/reservation-sources";
import { recordPastStay } from "../../bookings/demo-stays";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { authenticate, requireAdminSession, sessionUserId } from "../middleware/auth";
import { presentReservation } from "../v1/reservations/schema";

const pastStay = z.object({
  accommodationId: z.string().min(1).max(64),
  checkIn: isoDateSchema,
  checkOut: isoDateSchema,
  guests: z.number().int().min(1).max(100),
  guest: z.object({ name: z.string().min(1).max(120), phone: z.string().max(40).optional(), email: z.string().max(254).optional() }),
  source: z.enum(RESERVATION_SOURCES),
  bookedDaysBefore: z.number().int().min(1).max(365),
  paid: z.object({ method: z.enum(["cash", "transfer", "card", "other"]), reference: z.string().max(200).optional() }).optional(),
});

/**
 * `POST /dev/past-stays`, for seeding the demo of `npm run dev` only: a stay booked days before it
 * began, so the demo can show guests in the house and stays already over. It answers 404 outside
 * development and is not part of the API (no OpenAPI entry).
 */
export function registerDevPastStays(app: OpenAPIHono<AppEnv>) {
  app.post(
    "/dev/past-stays",
    async function developmentOnly(c, next) {
      if (c.get("config").environment !== "development") throw new AppError(404, "not_found", "No such route");
      await next();
    },
    authenticate(),
    requireAdminSession(),
    async (c) => {
      const parsed = pastStay.safeParse(await c.req.json().catch(() => null));
      if (!parsed.success) throw new AppError(400, "invalid_input", "Not a past stay", { errors: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) });
      const principal = c.get("principal");
      const row = await recordPastStay(c.env, principal.tenantId, { ...parsed.data, recordedBy: sessionUserId(principal) });
      return c.json(presentReservation(row), 201);
    },
  );
}
