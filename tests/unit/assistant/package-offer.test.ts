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
  it("proposes it after the stays, in the guest's words and money (es)", () => {
    const { text, state } = shown([base, { ...OTHER, package: ESCAPADA }], "es");
    expect(text.split("\n").at(-1)).toBe("¿Te interesa el paquete Escapada romántica? 2 noches + desayuno + late check-out por $150.000");
    expect(state.packageOffer).toBe(1);
    // The proposal survives the trip through storage.
    expect(dialogStateSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it.each(["dale", "sí", "el paquete", "dale, el paquete"])("%s takes the package: the hold is priced by it", (reply) => {
    const { state } = shown([{ ...base, package: ESCAPADA }], "es");
    const { step } = turn(state, reply, "es");
    expect(step).toMatchObject({ kind: "hold", offer: { accommodationId: "acc_robles", total: 15_000_000, deposit: 4_500_000, withPackage: true, package: { id: "pkg_escapada" } } });
  });

  it("choosing another stay by its number takes that stay without the package", () => {
    const { state } = shown([{ ...base, package: ESCAPADA }, OTHER], "es");
    const { step } = turn(state, "la 2", "es");
    expect(step).toMatchObject({ kind: "hold", offer: { accommodationId: "acc_depto", total: 18_000_000 } });
    expect((step as { offer: Offer }).offer.withPackage).toBeUndefined();
  });

  it("speaks English and Portuguese, and a yes takes the package there too", () => {
    const en = shown([{ ...base, package: ESCAPADA }], "en");
    expect(en.text.split("\n").at(-1)).toBe("Would you like the Escapada romántica package? 2 nights + breakfast + late check-out for $150,000");
    expect(turn(en.state, "yes please", "en").step).toMatchObject({ kind: "hold", offer: { withPackage: true, total: 15_000_000 } });
    const pt = shown([{ ...base, package: ESCAPADA }], "pt");
    expect(pt.text.split("\n").at(-1)).toBe("Você tem interesse no pacote Escapada romántica? 2 noites + café da manhã + late check-out por $150.000");
    expect(turn(pt.state, "sim, o pacote", "pt").step).toMatchObject({ kind: "hold", offer: { withPackage: true } });
  });

  it("proposes nothing when no stay fits a package, and a yes is then the usual choice", () => {
    const { text, state } = shown([base], "es");
    expect(text).not.toContain("paquete");
    expect(state.packageOffer).toBeNull();
    const { step } = turn(state, "dale", "es");
    expect(step).toMatchObject({ kind: "hold", offer: { total: 20_000_000 } });
  });
});
