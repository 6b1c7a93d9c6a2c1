import { z } from "@hono/zod-openapi";

export const feedSource = z.enum(["airbnb", "booking", "vrbo", "other"]);

export const createFeedRequest = z
  .object({
    url: z.string().trim().min(1).max(2048),
    source: feedSource,
    name: z.string().trim().min(1).max(120).optional(),
  })
  .openapi("CreateIcalFeed");

export const feed = z
  .object({
    id: z.string(),
    accommodationId: z.string(),
    url: z.string().nullable(),
    source: feedSource,
    name: z.string().nullable(),
    exportUrl: z.string().openapi({ description: "The URL to paste into this channel: it leaves out the nights this channel sent us" }),
    lastSyncAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    lastStatus: z.string().nullable(),
    lastError: z.string().nullable(),
    lastErrorCode: z
      .string()
      .nullable()
      .optional()
      .openapi({ description: "The last miss as a code to translate: network, timeout, http_error, url_not_allowed, too_large, feed_too_large, not_icalendar, empty_feed, no_url, internal" }),
    eventCount: z.number().int().nullable(),
    blockedNights: z.number().int().nullable(),
    consecutiveFailures: z.number().int(),
    createdAt: z.string(),
  })
  .openapi("IcalFeed");

export const syncResult = z
  .object({
    status: z.enum(["ok", "not_modified"]),
    blocks: z.array(z.object({ start: z.string(), end: z.string() })),
    blockedNights: z.number().int().nullable(),
    conflicts: z.array(z.object({ night: z.string(), reservationId: z.string() })),
    eventCount: z.number().int().nullable(),
    skipped: z.array(z.object({ uid: z.string(), reason: z.string() })),
  })
  .openapi("IcalSyncResult");

export const feedIdParam = z.object({ feedId: z.string().min(1).max(64) });
