import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { stuckCalendarCount } from "../bookings/booking-events";
import { database } from "../platform/db/client";
import type { AppEnv } from "../platform/env";
import { pingDatabase } from "../platform/db/ping";
import { oldestFeedSync } from "../ical/sync-health";
import { paymentEventBacklog } from "../webhook-events/store";
import { failingSubscriptionCount } from "../integrations/webhooks/health";
import { deferredCrmCount } from "../integrations/crm/health";

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
      await pingDatabase(c.var.db);
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
      const backlog = await paymentEventBacklog(c.var.db, cutoff);
      checks.queue = backlog === 0 ? { ok: true } : { ok: false, detail: `${backlog} payment notifications waiting for more than 30 minutes` };
    } catch (error) {
      checks.queue = { ok: false, detail: error instanceof Error ? error.message : "unreachable" };
    }
    try {
      // The oldest "last good import" across feeds: how stale the worst channel calendar may be.
      const row = await oldestFeedSync(c.var.db);
      const ageSeconds = row.oldest ? Math.max(0, Math.round((Date.now() - row.oldest) / 1000)) : 0;
      checks.ical = {
        ok: ageSeconds <= ICAL_STALE_SECONDS,
        detail: row.feeds ? `oldest successful sync ${Math.round(ageSeconds / 60)} min ago across ${row.feeds} feeds` : "no feeds",
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
    try {
      // A partner's endpoint failing degrades, never downs, Posada: deliveries wait and retry.
      const failing = await failingSubscriptionCount(c.var.db);
      checks.integrations = failing === 0 ? { ok: true } : { ok: false, detail: `${failing} partner webhook endpoints failing (see GET /v1/integrations/health)` };
    } catch (error) {
      checks.integrations = { ok: false, detail: error instanceof Error ? error.message : "unreachable" };
    }
    try {
      // A CRM down degrades too: its changes are stored and go out when a probe finds it back.
      const deferred = await deferredCrmCount(c.var.db);
      checks.crm = deferred === 0 ? { ok: true } : { ok: false, detail: `${deferred} CRM adapters deferred: their provider keeps failing, changes are stored (see GET /v1/integrations/health)` };
    } catch (error) {
      checks.crm = { ok: false, detail: error instanceof Error ? error.message : "unreachable" };
    }
    const status = Object.values(checks).every((check) => check.ok) ? "ok" : "degraded";
    return c.json({ status, checks }, 200);
  });
}
