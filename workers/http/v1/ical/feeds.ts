import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { calendarOf } from "../../../bookings/calendar";
import { createFeed, getFeed, listFeeds, markFeedDeleted, presentFeed } from "../../../ical/feeds";
import { authErrors, jsonBody, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { accommodationIdParam } from "../accommodations/schema";
import { createFeedRequest, feed, feedIdParam } from "./schema";

const createRouteDef = createRoute({
  method: "post",
  path: "/v1/accommodations/{id}/ical-feeds",
  tags: ["iCal"],
  summary: "Connect a channel's calendar (Airbnb, Booking.com, Vrbo ...) to import every 15 minutes",
  security,
  middleware: [requireScope("accommodations:write")] as const,
  request: { params: accommodationIdParam, body: jsonBody(createFeedRequest) },
  responses: { 201: jsonResponse("Feed", feed), ...authErrors, ...notFoundError, ...unprocessableError("url_not_allowed") },
});

const listRouteDef = createRoute({
  method: "get",
  path: "/v1/accommodations/{id}/ical-feeds",
  tags: ["iCal"],
  summary: "Imported calendars with their sync status",
  security,
  middleware: [requireScope("accommodations:read")] as const,
  request: { params: accommodationIdParam },
  responses: { 200: jsonResponse("Feeds", z.object({ data: z.array(feed) })), ...authErrors, ...notFoundError },
});

const deleteRouteDef = createRoute({
  method: "delete",
  path: "/v1/ical-feeds/{feedId}",
  tags: ["iCal"],
  summary: "Disconnect a calendar; the nights it blocked are freed",
  security,
  middleware: [requireScope("accommodations:write")] as const,
  request: { params: feedIdParam },
  responses: { 204: { description: "Disconnected" }, ...authErrors, ...notFoundError },
});

export function registerIcalFeeds(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRouteDef, async (c) => {
    const config = c.get("config");
    const row = await createFeed(c.var.db, config, c.get("principal").tenantId, c.req.valid("param").id, c.req.valid("json"));
    return c.json(await presentFeed(row, config), 201);
  });

  app.openapi(listRouteDef, async (c) => {
    const config = c.get("config");
    const rows = await listFeeds(c.var.db, c.get("principal").tenantId, c.req.valid("param").id);
    return c.json({ data: await Promise.all(rows.map((row) => presentFeed(row, config))) }, 200);
  });

  app.openapi(deleteRouteDef, async (c) => {
    const db = c.var.db;
    const tenantId = c.get("principal").tenantId;
    const row = await getFeed(db, tenantId, c.req.valid("param").feedId);
    // Free the nights first: a feed marked deleted with its blocks still in place would be unreachable.
    await calendarOf(c.env, row.accommodationId).replaceImportedBlocks({ tenantId, accommodationId: row.accommodationId, feedId: row.id, ranges: [] });
    await markFeedDeleted(db, tenantId, row.id);
    return c.body(null, 204);
  });
}
