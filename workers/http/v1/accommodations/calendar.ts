import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { daysBetween, isoDateSchema, isValidDate, todayIn } from "../../../../shared/domain/dates";
import { moneySchema } from "../../../../shared/domain/money";
import { priceNight } from "../../../../shared/domain/pricing";
import { newId } from "../../../../shared/ids";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { requireScope } from "../../middleware/auth";
import { getAccommodation } from "../../../accommodations/accommodations";
import { calendarOf } from "../../../bookings/calendar";
import { authErrors, conflictError, jsonBody, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { accommodationIdParam } from "./schema";

export const MAX_CALENDAR_DAYS = 550;

const bothReal = (b: { checkIn: unknown; checkOut: unknown }) => isValidDate(b.checkIn) && isValidDate(b.checkOut);

const calendarRoute = createRoute({
  method: "get",
  path: "/v1/accommodations/{id}/calendar",
  tags: ["Calendar"],
  summary: "Night-by-night status and price (up to 550 days)",
  security,
  middleware: [requireScope("accommodations:read")] as const,
  request: { params: accommodationIdParam, query: z.object({ from: isoDateSchema, to: isoDateSchema }) },
  responses: {
    200: jsonResponse(
      "Days",
      z.object({
        version: z.number().int(),
        days: z.array(z.object({ date: z.string(), status: z.enum(["free", "held", "booked", "blocked"]), price: moneySchema, stayId: z.string().nullable() })),
      }),
    ),
    ...authErrors,
    ...notFoundError,
  },
});

const blockBody = z
  .object({ checkIn: isoDateSchema, checkOut: isoDateSchema, note: z.string().trim().max(500).optional() })
  // Object checks run even when a date failed its own check, so they look at real dates only.
  .refine((b) => !bothReal(b) || b.checkIn < b.checkOut, { message: "checkOut must be after checkIn", path: ["checkOut"] })
  .refine((b) => !bothReal(b) || daysBetween(b.checkIn, b.checkOut) <= 365, { message: "at most 365 nights", path: ["checkOut"] })
  .openapi("BlockRequest");

const createBlockRoute = createRoute({
  method: "post",
  path: "/v1/accommodations/{id}/blocks",
  tags: ["Calendar"],
  summary: "Block nights by hand",
  security,
  middleware: [requireScope("accommodations:write")] as const,
  request: { params: accommodationIdParam, body: jsonBody(blockBody) },
  responses: {
    201: jsonResponse("Blocked", z.object({ id: z.string(), checkIn: z.string(), checkOut: z.string(), note: z.string().nullable() })),
    ...authErrors,
    ...notFoundError,
    ...conflictError("dates_unavailable"),
    ...unprocessableError("in_the_past"),
  },
});

const deleteBlockRoute = createRoute({
  method: "delete",
  path: "/v1/accommodations/{id}/blocks/{blockId}",
  tags: ["Calendar"],
  summary: "Remove a manual block",
  security,
  middleware: [requireScope("accommodations:write")] as const,
  request: { params: accommodationIdParam.extend({ blockId: z.string().min(1).max(64) }) },
  responses: { 204: { description: "Removed" }, ...authErrors, ...notFoundError },
});

export function registerCalendar(app: OpenAPIHono<AppEnv>) {
  app.openapi(calendarRoute, async (c) => {
    const { from, to } = c.req.valid("query");
    const span = daysBetween(from, to);
    if (span <= 0 || span > MAX_CALENDAR_DAYS) {
      throw new AppError(422, "invalid_range", `to must be after from and at most ${MAX_CALENDAR_DAYS} days later`);
    }
    const row = await getAccommodation(database(c.env.DB), c.get("principal").tenantId, c.req.valid("param").id);
    const snapshot = await calendarOf(c.env, row.id).snapshot({ from, to });
    const basePrice = { amount: row.basePriceAmount, currency: row.currency };
    const days = snapshot.days.map((day) => ({ ...day, price: priceNight(basePrice, row.pricing, day.date) }));
    return c.json({ version: snapshot.version, days }, 200);
  });

  app.openapi(createBlockRoute, async (c) => {
    const tenantId = c.get("principal").tenantId;
    const row = await getAccommodation(database(c.env.DB), tenantId, c.req.valid("param").id);
    const body = c.req.valid("json");
    // A night already gone cannot be sold, so blocking it means a mistyped year.
    if (body.checkIn < todayIn(row.timezone, new Date())) throw new AppError(422, "in_the_past", `checkIn ${body.checkIn} is before today at the unit`);
    const blockId = newId("blk");
    const result = await calendarOf(c.env, row.id).block({ blockId, tenantId, accommodationId: row.id, ...body });
    if (!result.ok) throw new AppError(409, "dates_unavailable", "Some of those nights are taken", { conflicts: result.conflicts });
    return c.json({ id: blockId, checkIn: body.checkIn, checkOut: body.checkOut, note: body.note ?? null }, 201);
  });

  app.openapi(deleteBlockRoute, async (c) => {
    const { id, blockId } = c.req.valid("param");
    const row = await getAccommodation(database(c.env.DB), c.get("principal").tenantId, id);
    const result = await calendarOf(c.env, row.id).unblock({ blockId });
    if (!result.ok) throw new AppError(404, "not_found", "Block not found");
    return c.body(null, 204);
  });
}
