/**
 * How much one feed may make an import do. A few bytes of iCalendar can name decades of nights
 * (one 139-byte event over 50 years was 18,262 night rows) or thousands of occurrences per
 * RRULE, so the import clips to the nights the calendar serves and refuses feeds past the caps.
 */

/** Nights past today + this are never imported: the calendar API serves at most 550 days ahead. */
export const IMPORT_HORIZON_DAYS = 550;
/** VEVENTs in one feed. A busy unit's real export lists a few hundred. */
export const MAX_FEED_EVENTS = 10_000;
/** Nights ranges before merging (one per event or occurrence inside the window). */
export const MAX_FEED_OCCURRENCES = 20_000;
/** Merged ranges handed to the calendar object, which accepts no more (durable-objects/calendar/inputs.ts). */
export const MAX_IMPORTED_RANGES = 2_000;

/** The feed is past one of the caps above: the import stops and nothing is written. */
export class FeedTooLargeError extends Error {
  override name = "FeedTooLargeError";
  constructor(
    readonly limit: "events" | "occurrences" | "ranges",
    readonly max: number,
  ) {
    super(`The feed has more than ${max.toLocaleString("en-US")} ${limit === "events" ? "events" : limit === "occurrences" ? "event occurrences in the next 18 months" : "separate blocked ranges"}`);
  }
}
