import type { Hono } from "hono";
import { addDays, todayIn } from "../../../shared/domain/dates";
import { mergeRanges, renderCalendar } from "../../../shared/ical";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { calendarOf } from "../../bookings/calendar";
import { openCalendarExport } from "../../ical/export-access";

/** Stays that ended this long ago are left out: OTAs only care about what is still ahead. */
const PAST_DAYS_EXPORTED = 30;
const CACHE_HOST = "https://ical-cache.posada.internal";

const notFound = () => new AppError(404, "not_found", "No such calendar");

/**
 * GET /ical/:accommodationId/:token.ics. The token is checked first, so a rotated URL is dead
 * at once even while cached copies exist. The ETag is the calendar version: it moves exactly
 * when a night changes, and renderings are cached under it, so a changed calendar is never
 * served stale and an unchanged one is rendered once.
 */
export function registerIcalExport(app: Hono<AppEnv>) {
  app.get("/ical/:accommodationId/:file", async (c) => {
    const { accommodationId, file } = c.req.param();
    if (!file.endsWith(".ics") || !/^acc_[0-9A-Z]{26}$/.test(accommodationId)) throw notFound();
    const token = file.slice(0, -4);
    const access = await openCalendarExport(c.var.db, c.var.config.secretsKey, accommodationId, token);
    if (!access) throw notFound();
    const { accommodation, variant } = access;

    const calendar = calendarOf(c.env, accommodationId);
    const version = await calendar.calendarVersion();
    const etag = `"${version}${variant === "all" ? "" : `-${variant.slice(-8)}`}"`;
    const clientHeaders = { etag, "cache-control": "no-cache", "content-type": "text/calendar; charset=utf-8" };
    if (matchesEtag(c.req.header("if-none-match"), etag)) return c.body(null, 304, { etag, "cache-control": "no-cache" });

    const cache = await caches.open("ical-export");
    const key = new Request(`${CACHE_HOST}/${accommodationId}/${variant}/${version}`);
    const cached = await cache.match(key);
    if (cached) return new Response(cached.body, { status: 200, headers: { ...clientHeaders, "x-cache": "HIT" } });

    const today = todayIn(accommodation.timezone, new Date());
    const stays = (await calendar.occupyingStays()).filter((s) => s.feedId !== variant && s.checkOut >= addDays(today, -PAST_DAYS_EXPORTED));
    const ranges = mergeRanges(stays.map((s) => ({ start: s.checkIn, end: s.checkOut })));
    const body = renderCalendar({
      prodId: "-//Posada//Availability 1.0//ES",
      calendarName: accommodation.name,
      accommodationId,
      stamp: new Date(),
      // A range keeps its UID while its start stays put, so an OTA updates the event instead of duplicating it.
      events: ranges.map((r) => ({ ...r, uid: `${accommodationId}-${r.start.replace(/-/g, "")}@posada.app`, summary: "Not available" })),
    });
    const stored = new Response(body, { headers: { ...clientHeaders, "cache-control": "public, max-age=86400" } });
    c.executionCtx.waitUntil(cache.put(key, stored));
    return new Response(body, { status: 200, headers: { ...clientHeaders, "x-cache": "MISS" } });
  });
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((candidate) => {
    const value = candidate.trim().replace(/^W\//, "");
    return value === etag || value === "*";
  });
}
