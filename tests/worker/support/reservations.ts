import { call } from "./api";
import type { TestTenant } from "./tenant";

/** Next year's dates, so stays are never in the past. */
export function futureDate(monthDay: string, yearsAhead = 1): string {
  return `${new Date().getUTCFullYear() + yearsAhead}-${monthDay}`;
}

export async function hold(tenant: TestTenant, accommodationId: string, checkIn: string, checkOut: string, extra: Record<string, unknown> = {}) {
  return call("POST", "/v1/reservations", {
    token: tenant.token,
    body: { accommodationId, checkIn, checkOut, guests: 2, guest: { name: "Ana Pérez", phone: "+54 9 294 555-0101" }, ...extra },
  });
}
