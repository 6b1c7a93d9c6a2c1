import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { listAlerts, resolveAlert, type AlertRow } from "../../../alerts/alerts";
import { authErrors, isoTime, jsonResponse, notFoundError, security } from "../../common";

const alert = z
  .object({
    id: z.string(),
    kind: z.string(),
    severity: z.enum(["info", "warning", "critical"]),
    subjectType: z.string(),
    subjectId: z.string(),
    message: z.string().openapi({ description: "The specifics in English; consoles write them from `code` and `params` instead" }),
    code: z.string().openapi({ description: "What happened, as a key to translate (the alert's kind)" }),
    params: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .openapi({ description: "The specifics as values (guest, reservation code, provider, nights, reason...): empty on alerts raised before they were recorded" }),
    createdAt: z.string(),
    resolvedAt: z.string().nullable(),
  })
  .openapi("Alert");

const present = (row: AlertRow) => ({
  id: row.id,
  kind: row.kind,
  severity: row.severity,
  subjectType: row.subjectType,
  subjectId: row.subjectId,
  message: row.message,
  code: row.kind,
  params: row.params ?? {},
  createdAt: new Date(row.createdAt).toISOString(),
  resolvedAt: isoTime(row.resolvedAt),
});

const listRoute = createRoute({
  method: "get",
  path: "/v1/alerts",
  tags: ["Operations"],
  summary: "What staff must act on: refunds, repeated rejections, iCal conflicts, failing feeds",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { query: z.object({ include: z.enum(["open", "all"]).default("open") }) },
  responses: { 200: jsonResponse("Alerts", z.object({ data: z.array(alert) })), ...authErrors },
});

const resolveRoute = createRoute({
  method: "post",
  path: "/v1/alerts/{id}/resolve",
  tags: ["Operations"],
  summary: "Mark an alert as handled",
  security,
  middleware: [requireScope("reservations:write")] as const,
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: { 200: jsonResponse("Resolved", alert), ...authErrors, ...notFoundError },
});

export function registerAlerts(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const rows = await listAlerts(c.var.db, c.get("principal").tenantId, { includeResolved: c.req.valid("query").include === "all" });
    return c.json({ data: rows.map(present) }, 200);
  });
  app.openapi(resolveRoute, async (c) => {
    const row = await resolveAlert(c.var.db, c.env, c.get("principal").tenantId, c.req.valid("param").id);
    return c.json(present(row), 200);
  });
}
