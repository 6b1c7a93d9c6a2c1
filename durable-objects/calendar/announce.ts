import type { LiveEvent } from "../../shared/live/events";
import type { Env } from "../../workers/platform/env";
import { publishLive } from "../../workers/platform/live/publish";
import type { StayState } from "./read-model-sync";

/**
 * Tells the tenant's consoles about stays that just reached the read model, so a console that
 * refetches sees them. Holds, expiries, confirmations and cancellations are reservation changes;
 * blocks and imported nights change only the calendar.
 */
export async function announce(env: Env, states: StayState[]): Promise<void> {
  const byTenant = new Map<string, LiveEvent[]>();
  const calendars = new Set<string>();
  for (const state of states) {
    const events = byTenant.get(state.tenant_id) ?? [];
    if (state.kind === "reservation") {
      events.push({ type: "reservation.changed", reservationId: state.id, accommodationId: state.accommodation_id, status: state.status });
    }
    const calendarKey = `${state.tenant_id}:${state.accommodation_id}`;
    if (!calendars.has(calendarKey)) {
      calendars.add(calendarKey);
      events.push({ type: "calendar.changed", accommodationId: state.accommodation_id });
    }
    byTenant.set(state.tenant_id, events);
  }
  await Promise.all([...byTenant].map(([tenantId, events]) => publishLive(env, tenantId, ...events)));
}
