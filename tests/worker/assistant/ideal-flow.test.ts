import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatTime } from "../../../shared/assistant/format";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually } from "../support/calendar";
import type { FakePaymentProviders } from "../support/fake-payment-providers";
import { installFakeServices } from "../support/fake-services";
import type { FakeWhatsApp } from "../support/fake-whatsapp";
import { configurePayments, notifyMercadoPago } from "../support/payments";
import { createTenant } from "../support/tenant";
import { connectWhatsApp, guestWrites } from "../support/whatsapp-guest";

let graph: FakeWhatsApp;
let payments: FakePaymentProviders;
beforeEach(() => {
  ({ graph, payments } = installFakeServices());
});
afterEach(() => vi.restoreAllMocks());

const ZONE = "America/Argentina/Buenos_Aires";
const ADDRESS = "Ruta 40 km 2, Villa La Angostura";
const texts = () => graph.sent.map((s) => (s.body.type === "text" ? (s.body.text.body as string) : `[template ${s.body.template.name}]`));

/**
 * The design's tenant: one cabin at $45.000 a night (no weekend or holiday surcharge, so the
 * total is $135.000 whatever year 5–8 January falls in), a 30% deposit, Mercado Pago connected
 * and an address on file.
 */
async function robles() {
  const tenant = await createTenant();
  await configurePayments(tenant);
  const phone = await connectWhatsApp(tenant);
  const acc = await createAccommodation(tenant, {
    name: "Cabaña Robles",
    capacity: 4,
    basePrice: { amount: 4_500_000, currency: "ARS" },
    minStay: 1,
    pricing: { weekendMultiplier: 1, holidayMultiplier: 1, holidays: "AR" },
    depositPercent: 30,
  });
  expect((await call("PUT", "/v1/settings/lodging", { token: tenant.token, body: { address: ADDRESS, cancellationPolicy: null, houseRules: null } })).status).toBe(200);
  return { tenant, phone, acc };
}

/** Runs the ideal flow in one language: offer → choice in the guest's words → hold → Mercado Pago → confirmation. */
async function idealFlow(lang: "es" | "pt" | "en", lines: { ask: string; choose: string }) {
  const { tenant, phone, acc } = await robles();
  await guestWrites(phone, lines.ask);
  await eventually(async () => expect(texts()).toHaveLength(1));
  const offer = texts()[0]!;

  await guestWrites(phone, lines.choose);
  await eventually(async () => expect(texts()).toHaveLength(2));
  const held = texts()[1]!;
  const [reservation] = (await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token })).json.data;
  expect(reservation).toMatchObject({ status: "held", guests: 4, source: "whatsapp", total: { amount: 13_500_000, currency: "ARS" }, deposit: { amount: 4_050_000, currency: "ARS" }, guest: { name: "Ana", phone: "+5491100000001" } });
  expect(reservation.checkIn.slice(5)).toBe("01-05");
  expect(reservation.checkOut.slice(5)).toBe("01-08");
  const link = `pref_id=${payments.preferences[0]!.id}`;
  const expiry = formatTime(Date.parse(reservation.expiresAt), ZONE, lang);

  await notifyMercadoPago(tenant.tenantId, payments.mpPay(reservation.code));
  await eventually(async () => expect(texts()).toHaveLength(3));
  expect((await call("GET", `/v1/reservations/${reservation.id}`, { token: tenant.token })).json.status).toBe("confirmed");
  return { offer, held, link, expiry, confirmed: texts()[2]!, code: reservation.code as string, phone };
}

describe("the design's ideal flow, end to end on WhatsApp with Mercado Pago", () => {
  it("in Argentine Spanish, verbatim: offer with the total → “Cabaña” → deposit, link and expiry → webhook → code, dates, times and address", async () => {
    const flow = await idealFlow("es", { ask: "Hola, para 4 del 5 al 8/1", choose: "Cabaña" });
    expect(flow.offer).toBe("Del 5 al 8/1 tenemos Cabaña Robles: $45.000/noche (total $135.000). ¿Te reservo por 30 min?");
    expect(flow.held).toMatch(new RegExp(`^¡Listo! Te guardo Cabaña Robles ⏳ Seña 30%: \\$40\\.500\\. Pagá acá: \\S+${flow.link}\\. Vence ${flow.expiry}\\.$`));
    expect(flow.expiry).toMatch(/^\d{2}:\d{2}$/);
    expect(flow.confirmed).toBe(`✅ ¡Confirmado! Código ${flow.code}. Check-in 5/1 desde las 14:00, check-out 8/1 hasta las 10:00. Te esperamos en Cabaña Robles, ${ADDRESS}.`);
  });

  it("in Brazilian Portuguese, with no Spanish in any message", async () => {
    const flow = await idealFlow("pt", { ask: "Olá! Somos 4, de 5 a 8 de janeiro", choose: "quero o chalé" });
    expect(flow.offer).toBe("De 5 a 8/1 temos Cabaña Robles: $45.000/noite (total $135.000). Quer que eu reserve por 30 min?");
    expect(flow.held).toMatch(new RegExp(`^Pronto! Seguro Cabaña Robles para você ⏳ Sinal de 30%: \\$40\\.500\\. Pague aqui: \\S+${flow.link}\\. Vence às ${flow.expiry}\\.$`));
    expect(flow.confirmed).toBe(`✅ Confirmado! Código ${flow.code}. Check-in 5/1 a partir das 14:00, check-out 8/1 até as 10:00. Esperamos você em Cabaña Robles, ${ADDRESS}.`);
  });

  it("in English, with English dates, money and times", async () => {
    const flow = await idealFlow("en", { ask: "Hi! 4 of us from Jan 5 to Jan 8", choose: "the cabin please" });
    expect(flow.offer).toBe("For Jan 5 to 8 we have Cabaña Robles: $45,000/night (total $135,000). Shall I hold it for you for 30 min?");
    expect(flow.held).toMatch(new RegExp(`^Done! Cabaña Robles is held for you ⏳ 30% deposit: \\$40,500\\. Pay here: \\S+${flow.link}\\. It expires at ${flow.expiry}\\.$`));
    expect(flow.expiry).toMatch(/^\d{1,2}:\d{2}\s(AM|PM)$/);
    expect(flow.confirmed).toBe(`✅ Confirmed! Code ${flow.code}. Check-in Jan 5 from 2:00 PM, check-out Jan 8 by 10:00 AM. See you at Cabaña Robles, ${ADDRESS}.`);
  });

  it("greets the returning guest (same phone) by name", async () => {
    const { phone } = await idealFlow("es", { ask: "Hola, para 4 del 5 al 8/1", choose: "dale" });
    await guestWrites(phone, "hola!");
    await eventually(async () => expect(texts()).toHaveLength(4));
    expect(texts()[3]).toBe("¡Hola Ana! 👋 Qué bueno tenerte de vuelta. ¿Para qué fechas y cuántas personas?");
  });
});
