// API shortcuts for the reservation screens' tests: the state a test needs, made without the UI.
import { api, type E2eTenant } from "./tenant";

export const TENANT_ZONE = "America/Argentina/Buenos_Aires";

/** Today's date in the test tenant's zone (where "today" on the console is computed). */
export function todayIn(timeZone = TENANT_ZONE, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

export interface ApiReservation {
  id: string;
  code: string;
  status: string;
  checkIn: string;
  checkOut: string;
  expiresAt: string | null;
  extensionUsed: boolean;
  deposit: { amount: number; currency: string };
  total: { amount: number; currency: string };
  guest: { name: string; phone: string | null; email: string | null };
  payments?: { amount: { amount: number; currency: string }; method: string; reference: string | null }[];
}

export async function holdViaApi(tenant: E2eTenant, input: { accommodationId: string; checkIn: string; checkOut: string; guestName: string; guests?: number; phone?: string }): Promise<ApiReservation> {
  const created = await api("/v1/reservations", {
    token: tenant.token,
    body: { accommodationId: input.accommodationId, checkIn: input.checkIn, checkOut: input.checkOut, guests: input.guests ?? 2, guest: { name: input.guestName, phone: input.phone ?? "+54 9 294 555 0000" } },
  });
  if (created.status !== 201) throw new Error(`hold failed: ${created.status} ${JSON.stringify(created.json)}`);
  return created.json;
}

export async function confirmViaApi(tenant: E2eTenant, reservation: ApiReservation): Promise<ApiReservation> {
  const confirmed = await api(`/v1/reservations/${reservation.id}/confirm`, { token: tenant.token, body: { payment: { amount: reservation.deposit, method: "cash" } } });
  if (confirmed.status !== 200) throw new Error(`confirm failed: ${confirmed.status} ${JSON.stringify(confirmed.json)}`);
  return confirmed.json;
}

export async function reservationViaApi(tenant: E2eTenant, id: string): Promise<ApiReservation> {
  const found = await api(`/v1/reservations/${id}`, { token: tenant.token });
  if (found.status !== 200) throw new Error(`get failed: ${found.status} ${JSON.stringify(found.json)}`);
  return found.json;
}

/** "29:41" → seconds; what a <Countdown> shows. */
export function countdownSeconds(text: string): number {
  const match = text.trim().match(/^(\d+):(\d{2})$/);
  if (!match) throw new Error(`not a countdown: ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}
