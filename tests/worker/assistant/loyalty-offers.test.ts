import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatMoney } from "../../../shared/assistant/format";
import { call } from "../support/api";
import { eventually } from "../support/calendar";
import { installFakeServices } from "../support/fake-services";
import type { FakeWhatsApp } from "../support/fake-whatsapp";
import { connectedTenant, guestWrites } from "../support/whatsapp-guest";
import { createAccommodation } from "../support/accommodations";
import { configurePayments } from "../support/payments";
import { createTenant, type TestTenant } from "../support/tenant";
import { stayUnderWay } from "../guest-portal/helpers";
import { breakfastExtra, createPackage } from "../packages/support";

let graph: FakeWhatsApp;
beforeEach(() => {
  ({ graph } = installFakeServices());
});
afterEach(() => vi.restoreAllMocks());

const texts = () => graph.sent.filter((s) => s.body.type === "text").map((s) => s.body.text.body as string);

/**
 * A WhatsApp lodging with one cabin and a guest who stayed there before, now writing from the
 * number on their profile (so the channel vouches for them); with `tier`, the tenant's one tier
 * (reached at one stay) gives them its percent.
 */
async function returningGuest(tier?: { name: string; discountPercent: number }) {
  const { tenant, phone, acc } = await connectedTenant();
  if (tier) expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [{ ...tier, minStays: 1 }] } })).status).toBe(200);
  const past = await stayUnderWay(tenant, acc, 20, 3);
  const guestId = await eventually(async () => {
    const read = await call("GET", `/v1/reservations/${past.id}`, { token: tenant.token });
    expect(read.json.guestId).toMatch(/^gst_/);
    return read.json.guestId as string;
  });
  // The number the fake WhatsApp guest writes from (+5491100000001), written another way.
  await call("PATCH", `/v1/guests/${guestId}`, { token: tenant.token, body: { phone: "011 15 0000-0001" } }).then((r) => expect(r.status, r.text).toBe(200));
  if (tier) await eventually(async () => expect((await call("GET", `/v1/guests/${guestId}`, { token: tenant.token })).json.tierHistory).toHaveLength(1));
  let replies = 0;
  /** The guest writes; resolves with every message the assistant sent in answer. */
  const ask = async (text: string, expected = 1) => {
    const before = texts().length;
    await guestWrites(phone, text);
    replies = before + expected;
    await eventually(async () => expect(texts().length).toBeGreaterThanOrEqual(replies));
    return texts().slice(before);
  };
  const held = async () =>
    eventually(async () => {
      const list = (await call("GET", `/v1/reservations?accommodationId=${acc}&status=held`, { token: tenant.token })).json.data;
      expect(list).toHaveLength(1);
      return list[0] as { total: { amount: number; currency: string }; deposit: { amount: number }; adjustments: Array<{ kind: string; label: string; amount: { amount: number } }> };
    });
  return { tenant, acc, ask, held };
}

const LANGS = [
  { lang: "es", ask: "tienen lugar para 2 del 5 al 8/1?", yes: "dale", said: "Como huésped Oro tenés 10 % de descuento, ya descontado en estos precios 🎁", word: /descuento/ },
  { lang: "pt", ask: "oi, tem vaga para 2 pessoas de 5 a 8/1?", yes: "sim", said: "Como hóspede Oro, você tem 10 % de desconto, já descontado nestes preços 🎁", word: /desconto/ },
  { lang: "en", ask: "hi, do you have anything for 2 people from January 5 to 8?", yes: "yes please", said: "Your Oro tier gives you 10% off, already taken off these prices 🎁", word: /\boff\b/ },
] as const;

describe("the assistant's offers to a returning guest with a tier", () => {
  it.each(LANGS)("($lang) list the price the guest will pay, the total held is that number, and the discount is said once", async ({ lang, ask: question, yes, said, word }) => {
    const { ask, held } = await returningGuest({ name: "Oro", discountPercent: 10 });
    const [offer] = await ask(question);
    expect(offer).toContain(said);
    const offered = /\(total ([^)]+)\)/.exec(offer!)?.[1];
    expect(offered, offer).toBeDefined();

    await ask(yes);
    const stay = await held();
    expect(stay.adjustments).toMatchObject([{ kind: "loyalty", label: "Oro −10%" }]);
    // The number offered is the number held: the same pricing, the discount taken off once.
    expect(offered).toBe(formatMoney(stay.total.amount, stay.total.currency, lang));
    const before = stay.total.amount - stay.adjustments[0]!.amount.amount;
    expect(stay.total.amount).toBe(Math.round(before * 0.9));
    expect(offer).not.toContain(formatMoney(before, stay.total.currency, lang));
    // Said once in the whole conversation: with the offers, not again after the hold.
    await eventually(async () => expect(texts().some((t) => /Te guardo|Seguro|is held/.test(t))).toBe(true));
    expect(texts().filter((t) => word.test(t))).toEqual([offer]);
    expect(texts().some((t) => t.includes(formatMoney(stay.deposit.amount, stay.total.currency, lang)))).toBe(true);
  });

  it("a returning guest without a tier is offered the plain price, with no word of a discount, and holds it", async () => {
    const { ask, held } = await returningGuest();
    const [offer] = await ask("tienen lugar para 2 del 5 al 8/1?");
    expect(offer).not.toContain("descuento");
    const offered = /\(total ([^)]+)\)/.exec(offer!)?.[1];
    await ask("dale");
    const stay = await held();
    expect(stay.adjustments).toEqual([]);
    expect(offered).toBe(formatMoney(stay.total.amount, stay.total.currency, "es"));
    await eventually(async () => expect(texts().some((t) => t.includes("Te guardo"))).toBe(true));
    expect(texts().some((t) => t.includes("descuento"))).toBe(false);
  });

  it("a package proposed to a tiered guest is priced as the hold prices it: the package first, then the tier's percent", async () => {
    const { tenant, acc, ask, held } = await returningGuest({ name: "Oro", discountPercent: 10 });
    const breakfast = await breakfastExtra(tenant);
    await createPackage(tenant, { name: "Escapada romántica", accommodationIds: [acc], minNights: 3, maxNights: 3, price: { amount: 15_000_000, currency: "ARS" }, extras: [breakfast] });
    const [offer] = await ask("tienen lugar para 2 del 5 al 8/1?");
    // 150.000 less 10 %: what the guest pays for the package.
    expect(offer).toContain("Como huésped Oro tenés 10 % de descuento, ya descontado en estos precios 🎁");
    expect(offer).toContain("También tengo el paquete Escapada romántica en la Cabaña Coihue: 3 noches con Desayuno por $135.000. ¿Te reservo el paquete por 30 min?");
    await ask("el paquete");
    const stay = await held();
    expect(stay.total.amount).toBe(13_500_000);
    expect(stay.adjustments.map((line) => line.kind)).toEqual(["package", "loyalty"]);
    await eventually(async () => expect(texts().some((t) => t.includes("Te guardo"))).toBe(true));
    expect(texts().filter((t) => t.includes("descuento"))).toEqual([offer]);
  });

  it("on web chat, a visitor recognised only once they give their contact is offered the plain price and told the discount with the hold, once", async () => {
    const tenant = await createTenant();
    await configurePayments(tenant);
    const acc = await createAccommodation(tenant, { name: "Depto Lago", minStay: 1 });
    expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [{ name: "Oro", minStays: 1, discountPercent: 10 }] } })).status).toBe(200);
    const past = await stayUnderWay(tenant, acc, 20, 3);
    const guestId = await eventually(async () => {
      const read = await call("GET", `/v1/reservations/${past.id}`, { token: tenant.token });
      expect(read.json.guestId).toMatch(/^gst_/);
      return read.json.guestId as string;
    });
    await eventually(async () => expect((await call("GET", `/v1/guests/${guestId}`, { token: tenant.token })).json.tierHistory).toHaveLength(1));

    const session = (await call("POST", `/chat/${tenant.slug}/sessions`, { body: {} })).json;
    const chat = async (text: string) => ((await chatSays(tenant, session, text)).json.replies as Array<{ text: string }>).map((r) => r.text);
    const [offer] = await chat("tenes lugar del 10 al 13/2 para 2?");
    expect(offer).not.toContain("descuento");
    const offered = /\(total ([^)]+)\)/.exec(offer!)?.[1];
    await chat("dale");
    const replies = await chat("Lucia, 0294 15 555-0199");
    const stay = (await call("GET", `/v1/reservations?accommodationId=${acc}&status=held`, { token: tenant.token })).json.data[0];
    expect(stay.adjustments).toMatchObject([{ kind: "loyalty" }]);
    const before = stay.total.amount - stay.adjustments[0].amount.amount;
    // The price offered was the plain one, so the hold says what changed, with both numbers.
    expect(offered).toBe(formatMoney(before, "ARS", "es"));
    const said = replies.filter((t) => t.includes("descuento"));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(`Como huésped Oro tenés 10 % de descuento: ${formatMoney(stay.total.amount, "ARS", "es")} en lugar de ${formatMoney(before, "ARS", "es")} 🎁`);
  });
});

const chatSays = (tenant: TestTenant, session: { sessionId: string; token: string }, text: string) =>
  call("POST", `/chat/${tenant.slug}/sessions/${session.sessionId}/messages`, { body: { text }, headers: { authorization: `Bearer ${session.token}` } });
