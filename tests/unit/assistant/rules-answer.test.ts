import { describe, expect, it } from "vitest";
import { rulesAnswer, type HouseRules } from "../../../shared/assistant/rules-answer";
import { normalize } from "../../../shared/nlu/index";

const RULES: HouseRules = { checkInTime: "14:00", checkOutTime: "10:00", minStay: 2, depositPercent: 30, capacity: 6, cancellationPolicy: null, houseRules: "No se fuma adentro. Silencio desde las 23." };
const answer = (question: string, lang: "es" | "pt" | "en" = "es", rules = RULES) => rulesAnswer(normalize(question), rules, lang);

describe("rules answers from the tenant's settings", () => {
  it("answers what was asked, in the guest's language", () => {
    expect(answer("a que hora es el check out?")).toBe("Check-in desde las 14:00 y check-out hasta las 10:00. 🙂");
    expect(answer("what time is check-in?", "en")).toBe("Check-in is from 2:00 PM and check-out by 10:00 AM. 🙂");
    expect(answer("tem estadia minima?", "pt")).toBe("A estadia mínima é de 2 noites. 🙂");
    expect(answer("que porcentaje de seña piden?")).toBe("Para reservar se abona una seña del 30%. 🙂");
    expect(answer("aceptan chicos?")).toBe("Los chicos son bienvenidos y cuentan como huéspedes: hasta 6 personas en total. 🙂");
    expect(answer("se puede fumar?")).toBe("Las normas de la casa: No se fuma adentro. Silencio desde las 23. 🙂");
  });

  it("says there is no minimum when the minimum is one night", () => {
    expect(answer("cuantas noches minimo?", "es", { ...RULES, minStay: 1 })).toBe("No hay estadía mínima: podés venir una sola noche. 🙂");
  });

  it("is null when the answer is not on file, so a person answers", () => {
    expect(answer("si cancelo me devuelven la seña?")).toBeNull();
    expect(answer("se puede fumar?", "es", { ...RULES, houseRules: null })).toBeNull();
  });

  it("with nothing specific asked, gives the essentials", () => {
    expect(answer("cuales son las politicas?")).toBe("Check-in desde las 14:00 y check-out hasta las 10:00. La estadía mínima es de 2 noches. Para reservar se abona una seña del 30%. 🙂");
  });
});
