import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { daysBetween, isoDateSchema } from "../../../../shared/domain/dates";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { requireScope } from "../../middleware/auth";
import { tapeChartStays } from "../../../bookings/tape-chart";
import { authErrors, isoTime, jsonResponse, security, unprocessableError } from "../../common";

/** Three months and a little: the widest view of the multi-unit calendar. */
export const MAX_TAPE_CHART_DAYS = 186;

const stay = z
  .object({
    id: z.string(),
    accommodationId: z.string(),
    kind: z.enum(["reservation", "block", "imported"]),
    status: z.enum(["held", "confirmed", "blocked"]).openapi({ description: "held: waiting for the deposit; confirmed; blocked: a manual or imported block" }),
    checkIn: z.string(),
    checkOut: z.string(),
    expiresAt: z.string().nullable().openapi({ description: "When a held reservation lapses" }),
    guestName: z.string().nullable(),
    code: z.string().nullable(),
    source: z.string().nullable().openapi({ description: "Where a reservation came from (direct, whatsapp, webchat, partner)" }),
    channel: z.string().nullable().openapi({ description: "The channel an imported block came from (airbnb, booking, vrbo, other)" }),
    feedName: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi("TapeChartStay");

const route = createRoute({
  method: "get",
  path: "/v1/calendar/stays",
  tags: ["Calendar"],
  summary: "Every unit's stays between two dates, for a multi-unit calendar (up to 186 days)",
  description: "Read from the read model in one query; each stay's nights are checkIn … the night before checkOut.",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { query: z.object({ from: isoDateSchema, to: isoDateSchema }) },
  responses: {
    200: jsonResponse("Stays", z.object({ from: z.string(), to: z.string(), data: z.array(stay) })),
    ...authErrors,
    ...unprocessableError("invalid_range"),
  },
});

export function registerTapeChart(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { from, to } = c.req.valid("query");
    const span = daysBetween(from, to);
    if (span <= 0 || span > MAX_TAPE_CHART_DAYS) throw new AppError(422, "invalid_range", `to must be after from and at most ${MAX_TAPE_CHART_DAYS} days later`);
    const stays = await tapeChartStays(database(c.env.DB), c.get("principal").tenantId, from, to);
    return c.json({ from, to, data: stays.map((row) => ({ ...row, expiresAt: isoTime(row.expiresAt) })) }, 200);
  });
}
