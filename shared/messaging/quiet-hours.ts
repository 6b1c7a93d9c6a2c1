/**
 * Guests are not woken up: between 21:00 and 08:00 at the accommodation, non-urgent messages
 * wait for the morning. Answers when a message may go out, or null when it may go now.
 */
export const QUIET_FROM_HOUR = 21;
export const QUIET_UNTIL_HOUR = 8;

const formatters = new Map<string, Intl.DateTimeFormat>();

function localClock(now: Date, timeZone: string): { hour: number; minute: number; second: number } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", hour: "numeric", minute: "numeric", second: "numeric" });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(now)) if (part.type !== "literal") parts[part.type] = Number(part.value);
  return { hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

export function quietUntil(now: Date, timeZone: string): Date | null {
  const { hour, minute, second } = localClock(now, timeZone);
  if (hour >= QUIET_UNTIL_HOUR && hour < QUIET_FROM_HOUR) return null;
  const secondsIntoDay = hour * 3600 + minute * 60 + second;
  const wakeAt = QUIET_UNTIL_HOUR * 3600;
  const wait = secondsIntoDay < wakeAt ? wakeAt - secondsIntoDay : 86_400 - secondsIntoDay + wakeAt;
  const candidate = new Date(now.getTime() - now.getMilliseconds() + wait * 1000);
  // A DST change during the night shifts the wall clock by an hour: settle on 08:00 local.
  const check = localClock(candidate, timeZone);
  const drift = ((check.hour - QUIET_UNTIL_HOUR) * 60 + check.minute) * 60_000;
  return new Date(candidate.getTime() - drift);
}
