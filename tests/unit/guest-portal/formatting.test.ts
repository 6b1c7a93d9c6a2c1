import { describe, expect, it } from "vitest";
import { clock, longDay, money } from "../../../web/guest/src/messages";

describe("the guest portal writes times, days and money the guest's way", () => {
  it("writes a lodging's times as lodgings do: 14:00 in Spanish and Portuguese, 2:00 PM in English", () => {
    expect(clock("14:00", "es")).toBe("14:00");
    expect(clock("09:30", "pt")).toBe("09:30");
    expect(clock("10:00", "es")).toBe("10:00");
    expect(clock("14:00", "en")).toMatch(/^2:00\s?PM$/);
  });

  it("writes days and pesos in each language", () => {
    expect(longDay("2026-12-11", "es")).toBe("viernes, 11 de diciembre");
    expect(money(13_860_000, "ARS", "es")).toBe("$138.600");
  });
});
