import { describe, expect, it } from "vitest";
import { normaliseEmail, normalisePhone } from "../../../shared/guests/phone";

describe("normalisePhone", () => {
  it.each([
    // Buenos Aires mobile, every way it is written.
    ["+54 9 11 5555-0000", "+5491155550000"],
    ["011 15 5555-0000", "+5491155550000"],
    ["1155550000", "+5491155550000"],
    ["11 15 5555-0000", "+5491155550000"],
    ["+54 11 5555-0000", "+5491155550000"],
    ["5491155550000", "+5491155550000"],
    ["0054 9 11 5555 0000", "+5491155550000"],
    ["(011) 5555-0000", "+5491155550000"],
    // Córdoba (three-digit area code), mobile with 15 and the same line written as a landline.
    ["0351 15 444-5566", "+5493514445566"],
    ["+54 351 444 5566", "+5493514445566"],
    ["0351 444-5566", "+5493514445566"],
    // Bariloche (four-digit area code).
    ["0294 15 455-0101", "+5492944550101"],
    ["+54 9 294 455-0101", "+5492944550101"],
  ])("reads the Argentine number %s as %s", (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each([
    ["+55 11 91234-5678", "+5511912345678"],
    ["5511912345678", "+5511912345678"],
    ["+1 415 555 2671", "+14155552671"],
    ["+34 612 34 56 78", "+34612345678"],
    ["+598 94 123 456", "+59894123456"],
  ])("leaves other countries' %s as %s", (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each(["", "abc", "123", "15 5555-0000", "+54 9 11", "1".repeat(60)])("refuses %j", (input) => {
    expect(normalisePhone(input)).toBeNull();
  });
});

describe("normaliseEmail", () => {
  it("matches addresses without case or surrounding spaces, and refuses what is not one", () => {
    expect(normaliseEmail("  Ana.Perez@Example.TEST ")).toBe("ana.perez@example.test");
    expect(normaliseEmail("ana@")).toBeNull();
    expect(normaliseEmail("ana perez@example.test")).toBeNull();
  });
});
