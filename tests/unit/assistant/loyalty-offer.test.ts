import { describe, expect, it } from "vitest";
import { freshState, presentSearch, type Offer } from "../../../shared/assistant/dialog";
import { dialogStateSchema } from "../../../shared/assistant/dialog-schema";

const ORO = { name: "Oro", percent: 10, before: 12_000_000 };
// Already priced with the discount, as search-stays prices them: 120.000 − 10 % = 108.000.
const ROBLES: Offer = { accommodationId: "acc_robles", name: "Cabaña Robles", kind: "cabana", capacity: 4, checkIn: "2027-01-05", checkOut: "2027-01-08", nightly: 3_600_000, total: 10_800_000, deposit: 3_240_000, depositPercent: 30, currency: "ARS", loyalty: ORO };
const DEPTO: Offer = { ...ROBLES, accommodationId: "acc_depto", name: "Depto Lago", kind: "departamento", nightly: 2_700_000, total: 8_100_000, deposit: 2_430_000, loyalty: { ...ORO, before: 9_000_000 } };
const PLAIN: Offer = { ...ROBLES, nightly: 4_000_000, total: 12_000_000, deposit: 3_600_000, loyalty: undefined };

const offers = (shown: Offer[], lang: "es" | "pt" | "en") => presentSearch(freshState(lang), { kind: "offers", offers: shown, checkIn: "2027-01-05", checkOut: "2027-01-08", quoted: false }, 30);

describe("the assistant's offers to a guest with a tier discount", () => {
  it("list what the guest will pay and say the discount once, ahead of the list (es)", () => {
    const { text, state } = offers([ROBLES, DEPTO], "es");
    expect(text).toBe(
      "Como huésped Oro tenés 10 % de descuento, ya descontado en estos precios 🎁\nDel 5 al 8/1 tengo:\n1. Cabaña Robles: $36.000/noche (total $108.000)\n2. Depto Lago: $27.000/noche (total $81.000)\n¿Cuál te reservo? Decime el número o el nombre 🙂",
    );
    expect(text.match(/descuento/g)).toHaveLength(1);
    expect(text).not.toContain("$120.000");
    // What was offered, discount included, is kept for the hold to compare against.
    expect(dialogStateSchema.parse(JSON.parse(JSON.stringify(state))).offers[0]).toEqual(ROBLES);
  });

  it("in Portuguese and English too, the percent written each language's way", () => {
    expect(offers([ROBLES], "pt").text).toBe(
      "Como hóspede Oro, você tem 10 % de desconto, já descontado nestes preços 🎁\nDe 5 a 8/1 temos Cabaña Robles: $36.000/noite (total $108.000). Quer que eu reserve por 30 min?",
    );
    expect(offers([ROBLES], "en").text).toBe("Your Oro tier gives you 10% off, already taken off these prices 🎁\nFor Jan 5 to 8 we have Cabaña Robles: $36,000/night (total $108,000). Shall I hold it for you for 30 min?");
  });

  it("alternatives and a longer minimum stay are said with the discount too", () => {
    const alternatives = presentSearch(freshState("es"), { kind: "alternatives", offers: [ROBLES], checkIn: "2027-01-04", checkOut: "2027-01-07" }, 30).text;
    expect(alternatives.startsWith("Como huésped Oro tenés 10 % de descuento")).toBe(true);
    expect(alternatives).toContain("total $108.000");
    const minStay = presentSearch(freshState("en"), { kind: "minStay", nights: 3, offer: ROBLES }, 30).text;
    expect(minStay.startsWith("Your Oro tier gives you 10% off")).toBe(true);
  });

  it("a guest without a tier sees the plain price and no word of a discount", () => {
    for (const lang of ["es", "pt", "en"] as const) {
      const { text } = offers([PLAIN], lang);
      expect(text).not.toMatch(/descuento|desconto|off,/);
      expect(text).toContain(lang === "en" ? "$120,000" : "$120.000");
    }
  });
});
