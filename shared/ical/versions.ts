/**
 * One version per event (ICAL.md "Duplicate UIDs"): the highest SEQUENCE (missing = 0); on a
 * tie the later DTSTAMP; on a tie the one later in the file. An overridden instance of a
 * series (same UID with a RECURRENCE-ID) is a separate component of that event, so versions
 * compete per UID and RECURRENCE-ID.
 */
import { propertyOf, type VEvent } from "./parse";
import { parseTimeValue } from "./values";

/** The winning version of each event, in file order. */
export function latestVersions(events: readonly VEvent[]): VEvent[] {
  const winners = new Map<string, VEvent>();
  for (const event of events) {
    const key = versionKey(event);
    const current = winners.get(key);
    if (!current || !outranks(current, event)) winners.set(key, event);
  }
  return [...winners.values()].sort((a, b) => a.index - b.index);
}

/** UID plus RECURRENCE-ID; an event without UID only competes with itself. */
export function versionKey(event: VEvent): string {
  const recurrenceId = propertyOf(event, "RECURRENCE-ID")?.value.trim() ?? "";
  return event.uid === null ? `\u0000#${event.index}` : `${event.uid}\u0000${recurrenceId}`;
}

/** True when `kept` beats `later`, which comes after it in the file. */
function outranks(kept: VEvent, later: VEvent): boolean {
  const [a, b] = [sequenceOf(kept), sequenceOf(later)];
  if (a !== b) return a > b;
  const [stampA, stampB] = [stampOf(kept), stampOf(later)];
  if (stampA !== stampB) return stampA > stampB;
  return false;
}

function sequenceOf(event: VEvent): number {
  const value = Number.parseInt(propertyOf(event, "SEQUENCE")?.value.trim() ?? "", 10);
  return Number.isFinite(value) ? value : 0;
}

/** DTSTAMP as ms (always UTC by the RFC); a missing or unreadable one sorts first. */
function stampOf(event: VEvent): number {
  const line = propertyOf(event, "DTSTAMP");
  const value = line ? parseTimeValue(line.value) : null;
  if (!value) return Number.NEGATIVE_INFINITY;
  return value.kind === "date" ? Date.parse(`${value.date}T00:00:00Z`) : value.wallMs;
}
