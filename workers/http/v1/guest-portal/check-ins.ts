import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { isValidDate } from "../../../../shared/domain/dates";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { arrivalsWithCheckIn } from "../../../guest-portal/check-in";
import { guestRegisterCsv } from "../../../guest-portal/guest-register";
import { requireScope } from "../../middleware/auth";
import { authErrors, isoTime, jsonResponse, security } from "../../common";

const dateParam = z.string().refine(isValidDate, "must be a real date (YYYY-MM-DD)");
const rangeQuery = z.object({ from: dateParam, to: dateParam });
const MAX_RANGE_DAYS = 400;

function checkRange({ from, to }: { from: string; to: string }) {
  if (to < from) throw new AppError(400, "validation_failed", "`to` is before `from`", { errors: [{ path: "to", message: "must not be before from" }] });
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_RANGE_DAYS) throw new AppError(400, "validation_failed", `At most ${MAX_RANGE_DAYS} days at a time`, { errors: [{ path: "to", message: "range too long" }] });
}

const listRoute = createRoute({
  method: "get",
  path: "/v1/check-ins",
  tags: ["Guest portal"],
  summary: "Check-in status of the confirmed stays arriving from..to (both included), for Today",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { query: rangeQuery },
  responses: {
    200: jsonResponse(
      "Arrivals and their check-in",
      z.object({
        data: z.array(
          z.object({
            reservationId: z.string(),
            code: z.string(),
            guestName: z.string(),
            unitName: z.string(),
            checkIn: z.string(),
            status: z.enum(["not_started", "started", "completed"]),
            completedAt: z.string().nullable(),
            completedBy: z.enum(["guest", "staff"]).nullable(),
            arrivalTime: z.string().nullable(),
            guestsRegistered: z.number().int(),
          }),
        ),
      }),
    ),
    ...authErrors,
  },
});

const csvRoute = createRoute({
  method: "get",
  path: "/v1/check-ins/register.csv",
  tags: ["Guest portal"],
  summary: "The guest register (libro de pasajeros) for stays arriving from..to, as CSV",
  description:
    "One line per registered guest: code, unit, dates, name, document type and number, nationality, the holder's date of birth, arrival time and plate on the first line. A confirmed stay without check-in has one line with the holder's name. RFC 4180, UTF-8 with a BOM; `delimiter=semicolon` for Excel in es-AR and pt-BR.",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { query: rangeQuery.extend({ delimiter: z.enum(["comma", "semicolon"]).default("comma") }) },
  responses: { 200: { description: "The register", content: { "text/csv": { schema: z.string() } } }, ...authErrors },
});

export function registerCheckInLists(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const range = c.req.valid("query");
    checkRange(range);
    const rows = await arrivalsWithCheckIn(c.var.db, c.var.principal.tenantId, range.from, range.to);
    return c.json(
      {
        data: rows.map(({ reservation, unitName, checkIn }) => ({
          reservationId: reservation.id,
          code: reservation.code,
          guestName: reservation.guestName,
          unitName,
          checkIn: reservation.checkIn,
          status: checkIn?.status ?? ("not_started" as const),
          completedAt: isoTime(checkIn?.completedAt),
          completedBy: checkIn?.completedBy ?? null,
          arrivalTime: checkIn?.arrivalTime ?? null,
          guestsRegistered: checkIn?.guests.length ?? 0,
        })),
      },
      200,
    );
  });
  app.openapi(csvRoute, async (c) => {
    const { delimiter, ...range } = c.req.valid("query");
    checkRange(range);
    const stream = await guestRegisterCsv(c.var.db, c.var.principal.tenantId, range.from, range.to, delimiter);
    return new Response(stream, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="guest-register-${range.from}-${range.to}.csv"`, "cache-control": "no-store" },
    });
  });
}
