import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { kpisCsv, reservationsCsv } from "../../../reports/csv-exports";
import { reportContext, resolveFilters, type ReportFilters } from "../../../reports/report-filters";
import { requireScope } from "../../middleware/auth";
import { authErrors, notFoundError, security, unprocessableError } from "../../common";
import { csvQuery } from "./schema";

const csvResponse = (description: string) => ({
  description,
  content: { "text/csv": { schema: z.string().openapi({ description: "RFC 4180, UTF-8 with a byte order mark, CRLF line ends" }) } },
});

const errors = { ...authErrors, ...notFoundError, ...unprocessableError("mixed_currencies: the range holds stays in two currencies; pass `currency`") };

const kpisRoute = createRoute({
  method: "get",
  path: "/v1/reports/kpis.csv",
  tags: ["Reports"],
  summary: "The KPIs as CSV: one line per day and unit",
  description:
    "Columns: date, accommodation_id, accommodation, currency, sold_nights, blocked_nights, available_nights, occupancy, room_revenue, adr, arrivals, cancellations, lapsed_holds, deposits_collected, balance_outstanding. Every unit on every day, so each column adds up to the JSON report. Money in major units. Streamed.",
  security,
  middleware: [requireScope("reports:read")] as const,
  request: { query: csvQuery },
  responses: { 200: csvResponse("The KPIs by day and unit"), ...errors },
});

const reservationsRoute = createRoute({
  method: "get",
  path: "/v1/reports/reservations.csv",
  tags: ["Reports"],
  summary: "Reservations with a night in the range (or arriving in it) as CSV, to check totals against another system",
  description:
    "Every status. room_revenue_in_range is a confirmed stay's share of its total on the range's nights (spread evenly over its nights), so it adds up to the report's roomRevenue. Text that a spreadsheet would run as a formula starts with an apostrophe. Streamed 500 reservations at a time.",
  security,
  middleware: [requireScope("reports:read")] as const,
  request: { query: csvQuery },
  responses: { 200: csvResponse("The reservations"), ...errors },
});

function attachment(stream: ReadableStream<Uint8Array>, name: string, filters: ReportFilters): Response {
  return new Response(stream, {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}-${filters.from}-${filters.to}.csv"`,
      "cache-control": "no-store",
    },
  });
}

export function registerReportCsv(app: OpenAPIHono<AppEnv>) {
  app.openapi(kpisRoute, async (c) => {
    const { delimiter, ...query } = c.req.valid("query");
    const context = await reportContext(c.env.DB, c.get("principal").tenantId);
    const filters = resolveFilters(context, query);
    return attachment(await kpisCsv(c.env.DB, context, filters, delimiter), "kpis", filters);
  });
  app.openapi(reservationsRoute, async (c) => {
    const { delimiter, ...query } = c.req.valid("query");
    const context = await reportContext(c.env.DB, c.get("principal").tenantId);
    const filters = resolveFilters(context, query);
    return attachment(await reservationsCsv(c.env.DB, context, filters, delimiter), "reservations", filters);
  });
}
