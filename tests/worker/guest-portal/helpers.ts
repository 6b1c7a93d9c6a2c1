import { env } from "cloudflare:test";
import { expect } from "vitest";
import { addDays, todayIn } from "../../../shared/domain/dates";
import { recordPastStay } from "../../../workers/bookings/demo-stays";
import { call } from "../support/api";
import { settleReadModel } from "../support/calendar";
import { hold } from "../support/reservations";
import type { TestTenant } from "../support/tenant";

/**
 * A date `offset` days from today at the lodging: the tests' units are in Buenos Aires, where the
 * day starts three hours after UTC's, so a UTC date would put "today" a day ahead in those hours.
 */
export const day = (offset: number) => addDays(todayIn("America/Argentina/Buenos_Aires", new Date()), offset);

/** A confirmed stay ahead (held, then its deposit recorded by hand), mirrored to the read model. */
export async function confirmedStay(tenant: TestTenant, acc: string, checkIn: string, checkOut: string, extra: Record<string, unknown> = {}) {
  const created = await hold(tenant, acc, checkIn, checkOut, extra);
  expect(created.status, created.text).toBe(201);
  const confirmed = await call("POST", `/v1/reservations/${created.json.id}/confirm`, { token: tenant.token, body: { payment: { amount: created.json.deposit, method: "cash" } } });
  expect(confirmed.status, confirmed.text).toBe(200);
  await settleReadModel(acc);
  return confirmed.json as { id: string; code: string; checkIn: string; checkOut: string };
}

/** A confirmed stay that began `daysAgo` days ago (the calendar books it as on the day it was booked). */
export async function stayUnderWay(tenant: TestTenant, acc: string, daysAgo: number, nights: number, source = "direct") {
  const stay = await recordPastStay(env, tenant.tenantId, {
    accommodationId: acc,
    checkIn: day(-daysAgo),
    checkOut: day(nights - daysAgo),
    guests: 2,
    guest: { name: "Lucía Gómez", phone: "+54 9 294 555-0199" },
    source: source as "direct",
    bookedDaysBefore: 10,
    paid: { method: "cash" },
    recordedBy: tenant.ownerId,
  });
  await settleReadModel(acc);
  return stay;
}

/** The guest's link token for a reservation, as staff hand it out. */
export async function guestToken(tenant: TestTenant, reservationId: string): Promise<string> {
  const link = await call("GET", `/v1/reservations/${reservationId}/guest-link`, { token: tenant.token });
  expect(link.status, link.text).toBe(200);
  return link.json.token;
}

export const portal = (method: string, token: string, path = "", body?: unknown) => call(method, `/guest-api/${token}${path}`, body === undefined ? {} : { body });

export const THREE_GUESTS = {
  guests: [
    { fullName: "Lucía Gómez", documentType: "dni", documentNumber: "30.123.456", nationality: "Argentina" },
    { fullName: "João Silva", documentType: "passport", documentNumber: "FX123456", nationality: "Brasil" },
    { fullName: "Emma Brown", documentType: "other", documentNumber: "C-998877", nationality: "United Kingdom" },
  ],
  holderBirthDate: "1988-04-12",
  arrivalTime: "15:30",
  vehiclePlate: "AB 123 CD",
  requests: "Cuna para bebé",
  acceptRules: true,
};
