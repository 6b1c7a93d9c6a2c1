import { describe, expect, it } from "vitest";
import { minorUnitsOf, payuAmount, payuNewValue } from "../../../workers/payments/payu";
import { QUOTATION_EMAILS, renderQuotationEmail } from "../../../shared/quotations/email-templates";

describe("PayU's numbers", () => {
  it("signs the value with one decimal when the second is zero, as PayU's confirmation does", () => {
    expect(payuNewValue("150.00")).toBe("150.0");
    expect(payuNewValue("150.10")).toBe("150.1");
    expect(payuNewValue("150.26")).toBe("150.26");
    expect(payuNewValue("150")).toBe("150.0");
  });
  it("reads and writes amounts in minor units without floats", () => {
    expect(minorUnitsOf("1234567.89", "ARS")).toBe(123456789);
    expect(minorUnitsOf("10.5", "ARS")).toBe(1050);
    expect(minorUnitsOf("1e5", "ARS")).toBeNull();
    expect(minorUnitsOf("-3.00", "ARS")).toBeNull();
    expect(payuAmount({ amount: 123456789, currency: "ARS" })).toBe("1234567.89");
  });
});

describe("quotation emails", () => {
  const params = { lodging: "Cabañas <del> Lago", groupName: "Colegio & Co", checkIn: "2030-03-10", checkOut: "2030-03-13", people: 40, link: "https://posada.test/q/abc", amount: { amount: 150_000_000, currency: "ARS" } };
  it("exist in Spanish, Portuguese and English, as text and escaped HTML", () => {
    for (const kind of QUOTATION_EMAILS) {
      const texts = (["es", "pt", "en"] as const).map((lang) => renderQuotationEmail(kind, lang, params));
      expect(new Set(texts.map((t) => t.text)).size, kind).toBe(3);
      for (const { text, html } of texts) {
        expect(text).toContain("Cabañas <del> Lago");
        expect(html).toContain("Cabañas &lt;del&gt; Lago");
        expect(html).not.toContain("<del>");
      }
    }
  });
  it("write money and dates the reader's way", () => {
    expect(renderQuotationEmail("quotation_sent", "es", params).text).toContain("$1.500.000");
    expect(renderQuotationEmail("quotation_sent", "en", params).text).toContain("$1,500,000");
    expect(renderQuotationEmail("quotation_sent", "es", params).html).toContain('<a href="https://posada.test/q/abc">');
  });
});
