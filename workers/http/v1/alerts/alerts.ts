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
    message: z.string(),
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
