import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { kpiReport as buildKpiReport } from "../../../reports/kpis";
import { reportContext, resolveFilters } from "../../../reports/report-filters";
import { requireScope } from "../../middleware/auth";
import { authErrors, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { kpiReport, reportQuery } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/reports/kpis",
  tags: ["Reports"],
  summary: "Occupancy, ADR, RevPAR, revenue by source and unit, the booking funnel and a daily series",
  description:
    "Read from daily rows kept per unit as the calendars change, so a year costs the same few reads as a week. Days are the tenant's; amounts are in one currency (see `currency`).",
  security,
  middleware: [requireScope("reports:read")] as const,
  request: { query: reportQuery },
  responses: {
    200: jsonResponse("The report", kpiReport),
    ...authErrors,
    ...notFoundError,
    ...unprocessableError("mixed_currencies: the range holds stays in two currencies; pass `currency`"),
  },
});

export function registerKpiReport(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const context = await reportContext(c.env.DB, c.get("principal").tenantId);
    const filters = resolveFilters(context, c.req.valid("query"));
    return c.json(await buildKpiReport(c.env.DB, context, filters), 200);
  });
}
