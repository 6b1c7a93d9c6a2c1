import { describe, expect, it } from "vitest";
import { amenityAnswer } from "../../../shared/assistant/amenity-answer";

describe("amenityAnswer", () => {
  it("says yes to what the place has", () => {
    expect(amenityAnswer(["cochera"], ["wifi", "cochera"], "es")).toBe("¡Sí! Tenemos cochera ✨ ¿Para qué fechas buscás?");
  });

  it("never says a flat no: what is missing comes with what there is", () => {
    expect(amenityAnswer(["pileta"], ["wifi", "parrilla"], "es")).toBe("Pileta no tenemos 😕, pero sí wifi y parrilla. ¿Para qué fechas buscás?");
    expect(amenityAnswer(["pileta", "wifi"], ["wifi"], "en")).toBe("Yes! We have wifi ✨ We don't have a pool 😕. Which dates are you looking at?");
  });

  it("lists everything when nothing specific was asked, in the guest's language", () => {
    expect(amenityAnswer([], ["wifi", "pet_friendly", "aire"], "pt")).toBe("Temos wi-fi, espaço para pets e ar-condicionado ✨ Para quais datas?");
  });

  it("does not ask for dates again when the guest already gave them", () => {
    expect(amenityAnswer(["wifi"], ["wifi"], "en", { askDates: false })).toBe("Yes! We have wifi ✨");
    expect(amenityAnswer(["pileta"], ["wifi"], "es", { askDates: false })).toBe("Pileta no tenemos 😕, pero sí wifi.");
  });

  it("has no answer when the place lists no amenities, so a person answers", () => {
    expect(amenityAnswer(["cochera"], [], "es")).toBeNull();
  });
});
