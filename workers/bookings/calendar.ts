import type { Env } from "../platform/env";

/** The calendar object that owns every night of one accommodation. */
export function calendarOf(env: Env, accommodationId: string) {
  return env.CALENDAR.get(env.CALENDAR.idFromName(accommodationId));
}
