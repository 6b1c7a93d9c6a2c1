import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { stuckCalendarCount } from "../bookings/booking-events";
import { database } from "../platform/db/client";
import type { AppEnv } from "../platform/env";

const healthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]),
    checks: z.record(z.string(), z.object({ ok: z.boolean(), detail: z.string().optional(), oldestSyncAgeSeconds: z.number().int().optional() })),
  })
  .openapi("Health");

const QUEUE_STALL_MS = 30 * 60_000;
/** Four missed 15-minute runs. */
const ICAL_STALE_SECONDS = 60 * 60;

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
    const checks: Record<string, { ok: boolean; detail?: string; oldestSyncAgeSeconds?: number }> = {};
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
    try {
      // The oldest "last good import" across feeds: how stale the worst channel calendar may be.
      const row = await c.env.DB.prepare("SELECT min(coalesce(last_success_at, created_at)) AS oldest, count(*) AS feeds FROM ical_feeds WHERE deleted_at IS NULL").first<{ oldest: number | null; feeds: number }>();
      const ageSeconds = row?.oldest ? Math.max(0, Math.round((Date.now() - row.oldest) / 1000)) : 0;
      checks.ical = {
        ok: ageSeconds <= ICAL_STALE_SECONDS,
        detail: row?.feeds ? `oldest successful sync ${Math.round(ageSeconds / 60)} min ago across ${row.feeds} feeds` : "no feeds",
        oldestSyncAgeSeconds: ageSeconds,
      };
    } catch (error) {
      checks.ical = { ok: false, detail: error instanceof Error ? error.message : "unreachable" };
    }
    try {
      // A calendar whose changes stopped reaching the database: bookings are safe, searches are stale.
      const stuck = await stuckCalendarCount(database(c.env.DB));
      checks.readModel = stuck === 0 ? { ok: true } : { ok: false, detail: `${stuck} calendars cannot update the database (see alerts)` };
    } catch (error) {
      checks.readModel = { ok: false, detail: error instanceof Error ? error.message : "unreachable" };
    }
    const status = Object.values(checks).every((check) => check.ok) ? "ok" : "degraded";
    return c.json({ status, checks }, 200);
  });
}
