import type { RoomEvent, Viewer } from "./model";
import { visibleTo } from "./privacy";

/** An event as the room logged it, with the item's JSON made once for the log and every frame that shows it whole. */
export type LoggedEvent = RoomEvent & { json: string };

/**
 * Events per frame when a reconnecting socket is sent what it missed: a long-lived room's log
 * goes out in a few frames rather than one of unbounded size.
 */
export const REPLAY_EVENTS_PER_FRAME = 200;

/**
 * One frame carrying, in sequence order, every event of `events` the viewer may see, or null when
 * it may see none. A burst of changes reaches each socket as one message (one write, one
 * compression, one parse in the browser) instead of one per change. What the viewer sees is
 * decided by the privacy filter alone; an item it passes through unchanged reuses the log's JSON.
 *
 * Shape: `{ "type": "events", "events": [{ "seq", "at", "item" }, …] }`.
 */
export function eventsFrame(viewer: Viewer, events: readonly LoggedEvent[]): string | null {
  const parts: string[] = [];
  let last = 0;
  for (const event of events) {
    if (event.seq <= last) throw new Error(`Room events out of order: ${event.seq} after ${last}`);
    last = event.seq;
    const item = visibleTo(viewer, event.item);
    if (!item) continue;
    parts.push(`{"seq":${event.seq},"at":${event.at},"item":${item === event.item ? event.json : JSON.stringify(item)}}`);
  }
  return parts.length === 0 ? null : `{"type":"events","events":[${parts.join(",")}]}`;
}

/** The events of a frame as a client reads them (the console's live room, the link pages, the bench). */
export interface EventsFrame {
  type: "events";
  events: RoomEvent[];
}
