import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../platform/env";
import { log } from "../../../shared/log";

/** One JSON line per request, carrying the request id, so a support ticket leads to its log. */
export const accessLog = () =>
  createMiddleware<AppEnv>(async function accessLogMiddleware(c, next) {
    const started = Date.now();
    await next();
    // Tests make thousands of requests; their lines would drown the failures worth reading.
    if (c.get("config")?.environment === "test" && c.res.status < 500) return;
    log(c.res.status >= 500 ? "error" : "info", "request", {
      requestId: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Date.now() - started,
      tenantId: c.get("principal")?.tenantId,
    });
  });
