import { describe, expect, it } from "vitest";
import { formatPhone } from "../../../web/console/src/ui/phone-format";
import { normalisePhone } from "../../../shared/guests/phone";

describe("phones as the console shows them", () => {
  it("writes stored E.164 numbers the way people read them, with the area code apart", () => {
    expect(formatPhone("+5491155550105")).toBe("+54 9 11 5555 0105");
    expect(formatPhone("+5492944550103")).toBe("+54 9 294 455 0103");
    expect(formatPhone("+5511988880107")).toBe("+55 11 98888 0107");
    expect(formatPhone("+59899123456")).toBe("+598 99 123 456");
  });

  it("reads a number written without its country as Argentine, as staff write them", () => {
    // "15" after the area code marks a mobile at home: abroad it is dialled with a 9.
    expect(formatPhone("011 15 5555-0105")).toBe("+54 9 11 5555 0105");
    expect(formatPhone("0294 455-0103")).toBe("+54 294 455 0103");
  });

  it("shows what it cannot read exactly as it was written", () => {
    expect(formatPhone("pedir por recepción")).toBe("pedir por recepción");
    expect(formatPhone("+54 12")).toBe("+54 12");
  });

  it("is what the guest form shows for editing, and saving it untouched stores the same number", () => {
    for (const stored of ["+5491155550105", "+5492944550103", "+5511988880107", "+59899123456", "+34612345678", "+14155550123"]) {
      expect(normalisePhone(formatPhone(stored)), stored).toBe(stored);
    }
  });
});
