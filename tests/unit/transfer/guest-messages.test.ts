import { describe, expect, it } from "vitest";
import { guestMoney, guestTime, TRANSFER_MESSAGES } from "../../../shared/transfer/guest-messages";

const ZONE = "America/Argentina/Buenos_Aires";
// 17:30 in Buenos Aires (UTC-3) on 5 January.
const AT = Date.UTC(2027, 0, 5, 20, 30);
const SAME_DAY = Date.UTC(2027, 0, 5, 20, 0);
const account = { cbu: "2850590940090418135201", alias: "POSADA.LAGO.SENA", holderName: "Posada del Lago SRL", cuit: "30712345671" };

describe("times and money as each guest reads them", () => {
  it("says the expiry in the lodging's zone, on a 24-hour clock in Spanish and Portuguese", () => {
    expect(guestTime(AT, ZONE, "es", SAME_DAY)).toBe("17:30");
    expect(guestTime(AT, ZONE, "pt", SAME_DAY)).toBe("17:30");
    expect(guestTime(AT, ZONE, "en", SAME_DAY)).toBe("5:30 PM");
  });

  it("names the day when the expiry falls on another local day", () => {
    const evening = Date.UTC(2027, 0, 5, 2, 0); // 23:00 on the 4th in Buenos Aires
    expect(guestTime(AT, ZONE, "es", evening)).toBe("17:30 del 5/1");
    expect(guestTime(AT, ZONE, "en", evening)).toBe("5:30 PM on Jan 5");
  });

  it("writes pesos as each language does", () => {
    expect(guestMoney(4_050_000, "ARS", "es")).toMatch(/^\$\s40\.500$/);
    expect(guestMoney(4_050_000, "ARS", "pt")).toMatch(/^ARS\s40\.500$/);
    expect(guestMoney(4_050_000, "ARS", "en")).toMatch(/^ARS\s40,500$/);
  });
});

describe("transfer messages", () => {
  const facts = { unitName: "Cabaña Robles", deposit: "$ 40.500", expires: "17:30", account };

  it("hold by transfer only: unit, expiry, amount and the whole account, CUIT written with hyphens", () => {
    const text = TRANSFER_MESSAGES.only.es(facts);
    expect(text).toContain("Te guardo Cabaña Robles hasta las 17:30");
    expect(text).toContain("transferí la seña de $ 40.500");
    expect(text).toContain("CBU/CVU: 2850590940090418135201\nAlias: POSADA.LAGO.SENA\nTitular: Posada del Lago SRL\nCUIT: 30-71234567-1");
  });

  it("leaves out the alias line when there is none", () => {
    expect(TRANSFER_MESSAGES.alternative.en({ ...facts, account: { ...account, alias: null } })).not.toContain("Alias");
  });

  it("has no Spanish inside the Portuguese and English messages", () => {
    const spanish = /\b(seña|transferí|mandame|comprobante|reserva guardada|Te guardo|hasta las)\b/;
    for (const lang of ["pt", "en"] as const) {
      for (const text of [
        TRANSFER_MESSAGES.only[lang](facts),
        TRANSFER_MESSAGES.alternative[lang](facts),
        TRANSFER_MESSAGES.received[lang]("17:30"),
        TRANSFER_MESSAGES.receivedLate[lang],
        TRANSFER_MESSAGES.rejected[lang]("not_received", null, "17:30"),
        TRANSFER_MESSAGES.rejectedLapsed[lang]("unreadable", null),
      ]) {
        expect(text, text).not.toMatch(spanish);
      }
    }
  });

  it("gives the reason of a rejection in the guest's language, with staff's note as written", () => {
    expect(TRANSFER_MESSAGES.rejected.pt("amount_mismatch", "chegaram R$ 100", "17:30")).toContain('o valor não confere com o sinal ("chegaram R$ 100")');
    expect(TRANSFER_MESSAGES.rejected.en("wrong_account", null, "5:30 PM")).toContain("the transfer did not go to our account");
  });
});
