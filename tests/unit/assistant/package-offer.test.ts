import { describe, expect, it } from "vitest";
import { freshState, nextStep, presentSearch, type DialogState, type Offer } from "../../../shared/assistant/dialog";
import { dialogStateSchema } from "../../../shared/assistant/dialog-schema";
import { parseMessage } from "../../../shared/nlu/index";

const NOW = Date.parse("2026-11-22T13:00:00Z");
const TODAY = "2026-11-22";
const turn = (state: DialogState, text: string, lang: "es" | "pt" | "en") => {
  const p = parseMessage(text, { now: new Date(NOW), timeZone: "America/Argentina/Buenos_Aires" });
  return nextStep(state, { ...p, lang }, text, NOW, TODAY);
};

const ESCAPADA = {
  id: "pkg_escapada",
  name: "Escapada romántica",
  total: 15_000_000,
  deposit: 4_500_000,
  extras: [{ es: "desayuno", pt: "café da manhã", en: "breakfast" }, { es: "late check-out", en: "late check-out" }],
};
const base: Offer = { accommodationId: "acc_robles", name: "Cabaña Robles", kind: "cabana", capacity: 4, checkIn: "2027-02-12", checkOut: "2027-02-14", nightly: 10_000_000, total: 20_000_000, deposit: 6_000_000, depositPercent: 30, currency: "ARS" };
const OTHER: Offer = { ...base, accommodationId: "acc_depto", name: "Depto Lago", kind: "departamento", total: 18_000_000, deposit: 5_400_000, nightly: 9_000_000 };

function shown(offers: Offer[], lang: "es" | "pt" | "en") {
  const asked = { ...freshState(lang), guest: { name: "Ana", phone: "+5491100000001", email: null }, lastActivityAt: NOW, slots: { checkIn: base.checkIn, checkOut: base.checkOut, guests: 2, unitType: null, amenities: [] } };
  return presentSearch(asked, { kind: "offers", offers, checkIn: base.checkIn, checkOut: base.checkOut, quoted: false }, 30);
}

describe("the assistant offers a package the stay fits", () => {
  it("proposes it inside the question, naming its unit, in the guest's words and money (es)", () => {
    const { text, state } = shown([base, { ...OTHER, package: ESCAPADA }], "es");
    const lines = text.split("\n");
    // The package's sentence follows the question in the same line: one question, not two.
    expect(lines.at(-1)).toBe("¿Cuál te reservo? También tengo el paquete Escapada romántica en el Depto Lago: 2 noches con desayuno y late check-out por $150.000. Decime el número, el nombre o «el paquete» 🙂");
    expect(text.match(/\?/g)).toHaveLength(1);
    expect(state.packageOffer).toBe(1);
    // The proposal survives the trip through storage.
    expect(dialogStateSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it("for a single stay, the question is the package's, and names its unit", () => {
    const { text } = shown([{ ...base, package: ESCAPADA }], "es");
    expect(text).toBe(
      "Del 12 al 14/2 tenemos Cabaña Robles: $100.000/noche (total $200.000). También tengo el paquete Escapada romántica en la Cabaña Robles: 2 noches con desayuno y late check-out por $150.000. ¿Te reservo el paquete por 30 min? Si preferís solo las noches, decime «sin paquete» 🙂",
    );
  });

  it("names a unit without an article when its name does not say what it is", () => {
    const { text } = shown([{ ...base, name: "Coihue", package: { ...ESCAPADA, extras: [] } }, OTHER], "es");
    expect(text).toContain("También tengo el paquete Escapada romántica en Coihue: 2 noches por $150.000.");
  });

  it.each(["dale", "sí", "el paquete", "dale, el paquete"])("%s takes the package: the hold is priced by it", (reply) => {
    const { state } = shown([{ ...base, package: ESCAPADA }], "es");
    const { step } = turn(state, reply, "es");
    expect(step).toMatchObject({ kind: "hold", offer: { accommodationId: "acc_robles", total: 15_000_000, deposit: 4_500_000, withPackage: true, package: { id: "pkg_escapada" } } });
  });

  it.each([
    ["sin paquete", "es"],
    ["solo las noches", "es"],
    ["Robles", "es"],
    ["sem pacote", "pt"],
    ["só as noites", "pt"],
    ["no package", "en"],
    ["just the nights please", "en"],
  ] as const)("%s (%s) takes the single stay without its package", (reply, lang) => {
    const { state } = shown([{ ...base, package: ESCAPADA }], lang);
    const { step } = turn(state, reply, lang);
    expect(step).toMatchObject({ kind: "hold", offer: { accommodationId: "acc_robles", total: 20_000_000, deposit: 6_000_000 } });
    expect((step as { offer: Offer }).offer.withPackage).toBeUndefined();
  });

  it("choosing another stay by its number takes that stay without the package", () => {
    const { state } = shown([{ ...base, package: ESCAPADA }, OTHER], "es");
    const { step } = turn(state, "la 2", "es");
    expect(step).toMatchObject({ kind: "hold", offer: { accommodationId: "acc_depto", total: 18_000_000 } });
    expect((step as { offer: Offer }).offer.withPackage).toBeUndefined();
  });

  it.each([
    ["la primera", "es", "acc_robles"],
    ["la segunda", "es", "acc_depto"],
    ["a primeira", "pt", "acc_robles"],
    ["a segunda", "pt", "acc_depto"],
    ["the first one", "en", "acc_robles"],
    ["the second", "en", "acc_depto"],
  ] as const)("%s (%s) still picks a unit, without the package the other one fits", (reply, lang, unit) => {
    const { state } = shown([base, { ...OTHER, package: ESCAPADA }], lang);
    const { step } = turn(state, reply, lang);
    expect(step).toMatchObject({ kind: "hold", offer: { accommodationId: unit } });
    expect((step as { offer: Offer }).offer.withPackage).toBeUndefined();
  });

  it("speaks English and Portuguese, the package inside the question with its unit, and a yes or its name takes it", () => {
    const en = shown([base, { ...OTHER, package: ESCAPADA }], "en");
    expect(en.text.split("\n").at(-1)).toBe(
      'Which one should I hold for you? I also have the Escapada romántica package at Depto Lago: 2 nights with breakfast and late check-out for $150,000. Tell me the number, the name or "the package" 🙂',
    );
    expect(turn(en.state, "the package", "en").step).toMatchObject({ kind: "hold", offer: { accommodationId: "acc_depto", withPackage: true, total: 15_000_000 } });
    const enOne = shown([{ ...base, package: ESCAPADA }], "en");
    expect(enOne.text).toContain("I also have the Escapada romántica package at Cabaña Robles: 2 nights with breakfast and late check-out for $150,000. Shall I hold the package for you for 30 min?");
    expect(turn(enOne.state, "yes please", "en").step).toMatchObject({ kind: "hold", offer: { withPackage: true, total: 15_000_000 } });

    const pt = shown([base, { ...OTHER, package: ESCAPADA }], "pt");
    expect(pt.text.split("\n").at(-1)).toBe("Qual eu reservo? Também tenho o pacote Escapada romántica no Depto Lago: 2 noites com café da manhã e late check-out por $150.000. Me diga o número, o nome ou «o pacote» 🙂");
    expect(turn(pt.state, "o pacote", "pt").step).toMatchObject({ kind: "hold", offer: { accommodationId: "acc_depto", withPackage: true } });
    const ptOne = shown([{ ...base, package: ESCAPADA }], "pt");
    expect(ptOne.text).toContain("Também tenho o pacote Escapada romántica na Cabaña Robles: 2 noites com café da manhã e late check-out por $150.000. Quer que eu reserve o pacote por 30 min?");
    expect(turn(ptOne.state, "sim, o pacote", "pt").step).toMatchObject({ kind: "hold", offer: { withPackage: true } });
  });

  it("proposes nothing when no stay fits a package, and a yes is then the usual choice", () => {
    const { text, state } = shown([base], "es");
    expect(text).not.toContain("paquete");
    expect(state.packageOffer).toBeNull();
    const { step } = turn(state, "dale", "es");
    expect(step).toMatchObject({ kind: "hold", offer: { total: 20_000_000 } });
  });
});
