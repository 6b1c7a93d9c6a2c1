import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { syncFeed, type SyncOutcome } from "../../../ical/sync-feed";
import { requireScope } from "../../middleware/auth";
import { getFeed } from "../../../ical/feeds";
import { authErrors, badGatewayError, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { feedIdParam, syncResult } from "./schema";

/** Uploaded calendars may be far larger than JSON bodies (a year of Airbnb stays is ~100 kB). */
export const MAX_ICS_UPLOAD_BYTES = 5 * 1024 * 1024;

const syncRouteDef = createRoute({
  method: "post",
  path: "/v1/ical-feeds/{feedId}/sync",
  tags: ["iCal"],
  summary: "Import the channel's calendar now (the same work the 15-minute cron does)",
  security,
  middleware: [requireScope("accommodations:write")] as const,
  request: { params: feedIdParam },
  responses: { 200: jsonResponse("Synced", syncResult), ...authErrors, ...notFoundError, ...unprocessableError("not_icalendar or empty_feed"), ...badGatewayError },
});

const importRouteDef = createRoute({
  method: "post",
  path: "/v1/ical-feeds/{feedId}/import",
  tags: ["iCal"],
  summary: "Import an uploaded .ics file into this feed",
  security,
  middleware: [requireScope("accommodations:write")] as const,
  request: { params: feedIdParam, body: { required: true, content: { "text/calendar": { schema: { type: "string" } } } } },
  responses: { 200: jsonResponse("Imported", syncResult), ...authErrors, ...notFoundError, ...unprocessableError("not_icalendar or empty_feed") },
});

function answer(outcome: SyncOutcome) {
  if (outcome.status === "failed") {
    if (outcome.reason === "fetch_failed") throw new AppError(502, "feed_fetch_failed", outcome.message);
    throw new AppError(422, outcome.reason, outcome.message);
  }
  if (outcome.status === "not_modified") return { status: outcome.status, blocks: [], blockedNights: null, conflicts: [], eventCount: null, skipped: [] };
  return outcome;
}

export function registerIcalSync(app: OpenAPIHono<AppEnv>) {
  app.openapi(syncRouteDef, async (c) => {
    const db = c.var.db;
    const row = await getFeed(db, c.get("principal").tenantId, c.req.valid("param").feedId);
    return c.json(answer(await syncFeed(db, c.env, c.get("config"), row)), 200);
  });

  app.openapi(importRouteDef, async (c) => {
    const db = c.var.db;
    const row = await getFeed(db, c.get("principal").tenantId, c.req.valid("param").feedId);
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (body.byteLength > MAX_ICS_UPLOAD_BYTES) throw new AppError(413, "payload_too_large", "Calendar files are limited to 5 MB");
    return c.json(answer(await syncFeed(db, c.env, c.get("config"), row, body)), 200);
  });
}
