import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../platform/env";
import { routePath } from "hono/route";
import { log } from "../../../shared/log";
import { recordMetric } from "../../platform/metrics";

/** One JSON line per request, carrying the request id, so a support ticket leads to its log. */
export const accessLog = () =>
  createMiddleware<AppEnv>(async function accessLogMiddleware(c, next) {
    const started = Date.now();
    await next();
    const durationMs = Date.now() - started;
    // The route's pattern, not the path: ids would make every request a series of its own.
    const route = `${c.req.method} ${routePath(c, -1)}`;
    recordMetric(c.env ?? {}, "request", { tenantId: c.get("principal")?.tenantId, route, status: c.res.status, latencyMs: durationMs, outcome: c.res.status >= 500 ? "error" : "ok" });
    // Tests make thousands of requests; their lines would drown the failures worth reading.
    if (c.get("config")?.environment === "test" && c.res.status < 500) return;
    log(c.res.status >= 500 ? "error" : "info", "request", {
      requestId: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      route,
      status: c.res.status,
      durationMs,
      tenantId: c.get("principal")?.tenantId,
    });
  });
