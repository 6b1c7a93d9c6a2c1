import { describe, expect, it } from "vitest";
import { bankDetailsSchema, formatCuit, isValidAlias, isValidCbu, isValidCuit } from "../../../shared/transfer/bank-details";

describe("CBU and CVU check digits", () => {
  it("accepts a real CBU and a CVU, with or without separators", () => {
    expect(isValidCbu("2850590940090418135201")).toBe(true);
    expect(isValidCbu("28505909 40090418135201")).toBe(true);
    expect(isValidCbu("0000003100099998887779")).toBe(true);
  });

  it("refuses a wrong check digit in either block, a wrong length and letters", () => {
    expect(isValidCbu("2850590840090418135201")).toBe(false); // first block's digit
    expect(isValidCbu("2850590940090418135202")).toBe(false); // second block's digit
    expect(isValidCbu("285059094009041813520")).toBe(false);
    expect(isValidCbu("28505909400904181352011")).toBe(false);
    expect(isValidCbu("285059094009041813520A")).toBe(false);
    expect(isValidCbu("")).toBe(false);
  });

  it("catches any single mistyped digit", () => {
    const good = "2850590940090418135201";
    for (let i = 0; i < good.length; i++) {
      if (i === 7 || i === 21) continue;
      const typo = good.slice(0, i) + String((Number(good[i]) + 1) % 10) + good.slice(i + 1);
      expect(isValidCbu(typo), typo).toBe(false);
    }
  });
});

describe("CUIT check digit", () => {
  it("accepts AFIP's own CUIT and people's and companies' ones, with or without hyphens", () => {
    expect(isValidCuit("33-69345023-9")).toBe(true);
    expect(isValidCuit("20123456786")).toBe(true);
    expect(isValidCuit("30-71234567-1")).toBe(true);
  });

  it("refuses a wrong check digit, an unknown prefix and a wrong length", () => {
    expect(isValidCuit("33-69345023-8")).toBe(false);
    expect(isValidCuit("21-12345678-6")).toBe(false);
    expect(isValidCuit("2012345678")).toBe(false);
    expect(isValidCuit("201234567866")).toBe(false);
  });

  it("writes a CUIT as people do", () => {
    expect(formatCuit("30712345671")).toBe("30-71234567-1");
  });
});

describe("alias", () => {
  it("takes 6 to 20 letters, digits, dots and hyphens", () => {
    expect(isValidAlias("POSADA.LAGO.SENA")).toBe(true);
    expect(isValidAlias("casa-1.mp")).toBe(true);
    expect(isValidAlias("abcdef")).toBe(true);
    expect(isValidAlias("a".repeat(20))).toBe(true);
  });

  it("refuses too short, too long, spaces, ñ and accents", () => {
    expect(isValidAlias("abcde")).toBe(false);
    expect(isValidAlias("a".repeat(21))).toBe(false);
    expect(isValidAlias("posada lago")).toBe(false);
    expect(isValidAlias("ñandu.sena")).toBe(false);
    expect(isValidAlias("posadá.lago")).toBe(false);
  });
});

describe("bankDetailsSchema", () => {
  it("stores digits only and leaves a missing alias as null", () => {
    const parsed = bankDetailsSchema.parse({ cbu: "2850590940 090418135201", holderName: " Posada del Lago SRL ", cuit: "30-71234567-1" });
    expect(parsed).toEqual({ cbu: "2850590940090418135201", alias: null, holderName: "Posada del Lago SRL", cuit: "30712345671" });
  });
});
