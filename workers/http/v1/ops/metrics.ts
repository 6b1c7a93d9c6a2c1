import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireAdminSession } from "../../middleware/auth";
import { METRIC_WINDOWS, metricsSummary, type MetricWindow } from "../../../ops/metrics-summary";
import { authErrors, jsonResponse, security } from "../../common";

const rate = z.number().nullable().openapi({ description: "0–1; null when nothing happened in the window" });
const channel = z.object({ sent: z.number().int(), delivered: z.number().int(), failed: z.number().int(), successRate: rate });
const queue = z.object({ waiting: z.number().int(), oldestAgeSeconds: z.number().int().nullable().openapi({ description: "The queue's lag: age of the oldest item waiting" }), deadLetters: z.number().int() });

const summary = z
  .object({
    window: z.enum(["1h", "24h", "7d"]),
    from: z.string(),
    to: z.string(),
    whatsapp: channel,
    email: channel,
    webhooks: z.object({
      deliveries: z.number().int(),
      succeeded: z.number().int(),
      failed: z.number().int(),
      attempts: z.number().int(),
      successRate: rate,
      meanLatencyMs: z.number().int().nullable(),
      queued: z.number().int(),
      oldestQueuedAgeSeconds: z.number().int().nullable(),
    }),
    calendarSync: z.object({ feeds: z.number().int(), failing: z.number().int(), oldestSyncAgeSeconds: z.number().int().nullable() }),
    queues: z.object({ payments: queue, outbound: queue, webhooks: queue }),
  })
  .openapi("OpsMetrics");

const route = createRoute({
  method: "get",
  path: "/v1/ops/metrics",
  tags: ["Operations"],
  summary: "The tenant's operational numbers over a window: message delivery, partner webhooks, calendar sync, queue lag and dead letters",
  description: "Request latency and errors per route are written to Workers Analytics Engine (dataset posada_metrics) in production and are read there.",
  security,
  middleware: [requireAdminSession()] as const,
  request: { query: z.object({ window: z.enum(Object.keys(METRIC_WINDOWS) as [MetricWindow, ...MetricWindow[]]).default("24h") }) },
  responses: { 200: jsonResponse("Metrics", summary), ...authErrors },
});

export function registerOpsMetrics(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => c.json(await metricsSummary(c.var.db, c.env.DB, c.get("principal").tenantId, c.req.valid("query").window), 200));
}
