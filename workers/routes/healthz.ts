import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env";

const healthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]),
    checks: z.record(z.string(), z.object({ ok: z.boolean(), detail: z.string().optional() })),
  })
  .openapi("Health");

const QUEUE_STALL_MS = 30 * 60_000;

const route = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["Operations"],
  summary: "Liveness and dependency checks",
  responses: {
    200: { description: "Health report", content: { "application/json": { schema: healthSchema } } },
  },
});

export function registerHealthz(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const checks: Record<string, { ok: boolean; detail?: string }> = {};
    try {
      await c.env.DB.prepare("SELECT 1").first();
      checks.db = { ok: true };
    } catch (error) {
      checks.db = { ok: false, detail: error instanceof Error ? error.message : "unreachable" };
    }
    try {
      // A throwaway object name: proves Durable Objects answer without touching a real calendar.
      const probe = c.env.CALENDAR.get(c.env.CALENDAR.idFromName("healthz-probe"));
      await probe.calendarVersion();
      checks.calendar = { ok: true };
    } catch (error) {
      checks.calendar = { ok: false, detail: error instanceof Error ? error.message : "unreachable" };
    }
    try {
      // Notifications stored but still unprocessed long after arrival mean the queue is not draining.
      const cutoff = Date.now() - QUEUE_STALL_MS;
      const row = await c.env.DB.prepare(
        "SELECT count(*) AS backlog FROM webhook_events WHERE processed_at IS NULL AND outcome IS NULL AND provider IN ('stripe', 'mercadopago') AND received_at < ?",
      )
        .bind(cutoff)
        .first<{ backlog: number }>();
      const backlog = row?.backlog ?? 0;
      checks.queue = backlog === 0 ? { ok: true } : { ok: false, detail: `${backlog} payment notifications waiting for more than 30 minutes` };
    } catch (error) {
      checks.queue = { ok: false, detail: error instanceof Error ? error.message : "unreachable" };
    }
    const status = Object.values(checks).every((check) => check.ok) ? "ok" : "degraded";
    return c.json({ status, checks }, 200);
  });
}
