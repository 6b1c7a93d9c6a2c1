import { runDurableObjectAlarm } from "cloudflare:test";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { ageHold, calendarStub, settleReadModel } from "../support/calendar";
import { futureDate, hold } from "../support/reservations";
import type { TestTenant } from "../support/tenant";

/** A plain price (no weekend or holiday multipliers) so every amount below can be worked out by hand. */
const PLAIN = { minStay: 1, pricing: {}, depositPercent: 30 };
export const NIGHT = 100_000;

/** The report range of every test here: March of next year. */
export const MARCH = { from: futureDate("03-01"), to: futureDate("03-31") };

export interface Season {
  unitA: string;
  unitB: string;
  unitUsd: string;
  /** Reservation ids by the name the comments give them. */
  ids: Record<string, string>;
}

async function ok(response: ReturnType<typeof call>, expected = 200) {
  const r = await response;
  if (r.status !== expected) throw new Error(`expected ${expected}, got ${r.status}: ${r.text}`);
  return r.json;
}

async function confirm(tenant: TestTenant, id: string, amount: number, currency = "ARS") {
  return ok(call("POST", `/v1/reservations/${id}/confirm`, { token: tenant.token, body: { payment: { amount: { amount, currency }, method: "cash" } } }));
}

/**
 * The hand-built season (units A and B in pesos at $1.000 a night, one unit in dollars):
 *
 * - A1 A Feb 27 → Mar 3, whatsapp, confirmed with a 120.000 deposit: 2 of its 4 nights in March.
 * - A2 A Mar 30 → Apr 2, direct, paid in full (300.000): 2 of its 3 nights in March.
 * - A3 A Mar 10 → Mar 13, phone, price set by hand to 100.001 (33.334 + 33.334 + 33.333), 30.001 paid.
 * - A4 A Mar 20 → Mar 21, held now (counts as a reservation, sells nothing).
 * - B1 B Mar 5 → Mar 8, webchat, paid 90.000 then cancelled keeping the money.
 * - B2 B Mar 15 → Mar 17, whatsapp, a hold that lapsed.
 * - B3 B Mar 20 → Mar 22, direct, a hold released unpaid (not a cancellation).
 * - a block by the owner on B, Mar 25 → Mar 28 (3 nights).
 * - U1 on the dollar unit, Mar 3 → Mar 5, confirmed.
 */
export async function buildSeason(tenant: TestTenant): Promise<Season> {
  const unitA = await createAccommodation(tenant, { ...PLAIN, name: "Cabaña Arrayán", basePrice: { amount: NIGHT, currency: "ARS" } });
  const unitB = await createAccommodation(tenant, { ...PLAIN, name: "Depto. Bahía; \"vista\"", basePrice: { amount: NIGHT, currency: "ARS" } });
  const unitUsd = await createAccommodation(tenant, { ...PLAIN, name: "Loft", basePrice: { amount: 5_000, currency: "USD" } });
  const ids: Record<string, string> = {};
  const held = async (name: string, acc: string, checkIn: string, checkOut: string, source: string, guest = "Ana Pérez") => {
    const created = await hold(tenant, acc, futureDate(checkIn), futureDate(checkOut), { source, guest: { name: guest } });
    if (created.status !== 201) throw new Error(`hold ${name} failed: ${created.status} ${created.text}`);
    ids[name] = created.json.id;
    return created.json.id as string;
  };

  await confirm(tenant, await held("A1", unitA, "02-27", "03-03", "whatsapp", 'Pérez, "Toto"'), 120_000);
  await confirm(tenant, await held("A2", unitA, "03-30", "04-02", "direct", "Línea uno\nLínea dos"), 300_000);
  const a3 = await held("A3", unitA, "03-10", "03-13", "phone", "=HYPERLINK(\"x\")");
  await ok(call("PATCH", `/v1/reservations/${a3}`, { token: tenant.token, body: { price: { amount: { amount: 100_001, currency: "ARS" }, reason: "tarifa amigo" } } }));
  await confirm(tenant, a3, 30_001);
  await held("A4", unitA, "03-20", "03-21", "direct");

  const b1 = await held("B1", unitB, "03-05", "03-08", "webchat", "João, d'Ávila");
  await confirm(tenant, b1, 90_000);
  await ok(call("POST", `/v1/reservations/${b1}/cancel`, { token: tenant.token, body: { reason: "se enfermó", refund: { decision: "keep" } } }));
  const b2 = await held("B2", unitB, "03-15", "03-17", "whatsapp");
  await ageHold(unitB, b2);
  await runDurableObjectAlarm(calendarStub(unitB));
  const b3 = await held("B3", unitB, "03-20", "03-22", "direct");
  await ok(call("POST", `/v1/reservations/${b3}/cancel`, { token: tenant.token, body: {} }));
  await ok(call("POST", `/v1/accommodations/${unitB}/blocks`, { token: tenant.token, body: { checkIn: futureDate("03-25"), checkOut: futureDate("03-28"), note: "pintura" } }), 201);

  await confirm(tenant, await held("U1", unitUsd, "03-03", "03-05", "direct"), 3_000, "USD");

  for (const acc of [unitA, unitB, unitUsd]) await settleReadModel(acc);
  return { unitA, unitB, unitUsd, ids };
}

/** GET /v1/reports/kpis with the query given. */
export function kpis(token: string, query: Record<string, string>) {
  return call("GET", `/v1/reports/kpis?${new URLSearchParams(query)}`, { token });
}
