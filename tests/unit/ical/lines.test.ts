import { describe, expect, it } from "vitest";
import { contentLines, parseContentLine, unfoldLines } from "../../../shared/ical";
import { concatBytes, utf8 } from "./support";

describe("unfoldLines", () => {
  it("accepts CRLF, bare LF and both in one input, and drops blank lines", () => {
    expect(unfoldLines("A:1\r\nB:2\nC:3\r\n\r\n\nD:4")).toEqual(["A:1", "B:2", "C:3", "D:4"]);
  });

  it("strips a UTF-8 BOM, from bytes and from a string", () => {
    expect(unfoldLines(concatBytes(new Uint8Array([0xef, 0xbb, 0xbf]), utf8("BEGIN:VCALENDAR\r\n")))).toEqual(["BEGIN:VCALENDAR"]);
    expect(unfoldLines("\uFEFFBEGIN:VCALENDAR\n")).toEqual(["BEGIN:VCALENDAR"]);
  });

  it("unfolds a line break followed by one space or one tab, removing exactly that one character", () => {
    expect(unfoldLines("DESCRIPTION:ab\r\n cd\n\tef\r\n  gh\r\n")).toEqual(["DESCRIPTION:abcdef gh"]);
  });

  it("unfolds on bytes, so a fold through a multibyte character decodes to that character", () => {
    const line = utf8("SUMMARY:Cabaña 🏔");
    const inÑ = line.indexOf(0xc3) + 1; // between the two bytes of "ñ"
    const inEmoji = line.indexOf(0xf0) + 2; // inside the four bytes of the emoji
    const folded = concatBytes(line.slice(0, inÑ), utf8("\r\n "), line.slice(inÑ, inEmoji), utf8("\n\t"), line.slice(inEmoji), utf8("\r\n"));
    // Decoding each physical line first would leave U+FFFD where the characters were cut.
    expect(unfoldLines(folded)).toEqual(["SUMMARY:Cabaña 🏔"]);
  });

  it("a break followed by anything else is a new line, even mid-value", () => {
    expect(unfoldLines("A:1\r\nB:2")).toEqual(["A:1", "B:2"]);
  });
});

describe("parseContentLine", () => {
  it("upper-cases the property name and parameter keys, keeps the value as written", () => {
    expect(parseContentLine("dtStart;value=date;Tzid=Europe/Paris:20260101")).toEqual({ name: "DTSTART", params: { VALUE: "date", TZID: "Europe/Paris" }, value: "20260101" });
  });

  it("unquotes parameter values; colons, semicolons and commas inside quotes belong to them", () => {
    expect(parseContentLine('ATTENDEE;CN="Pérez; Ana: host";DELEGATED-TO="mailto:a@x","mailto:b@x":mailto:c@x')).toEqual({
      name: "ATTENDEE",
      params: { CN: "Pérez; Ana: host", "DELEGATED-TO": "mailto:a@x,mailto:b@x" },
      value: "mailto:c@x",
    });
  });

  it("splits at the first colon outside quotes, so URLs in the value survive", () => {
    expect(parseContentLine("URL:https://example.com:8443/a;b")?.value).toBe("https://example.com:8443/a;b");
    expect(parseContentLine("PRODID;X-RICAL-TZSOURCE=TZINFO:-//Airbnb Inc//Hosting Calendar 0.8.8//EN")).toEqual({
      name: "PRODID",
      params: { "X-RICAL-TZSOURCE": "TZINFO" },
      value: "-//Airbnb Inc//Hosting Calendar 0.8.8//EN",
    });
  });

  it("answers null for what is not a content line", () => {
    expect(parseContentLine("<html><head><title>Login</title>")).toBeNull();
    expect(parseContentLine("no colon here")).toBeNull();
    expect(parseContentLine('X;P="unterminated:value')).toBeNull();
  });
});

describe("contentLines", () => {
  it("reports lines that are not content lines and keeps the others", () => {
    const invalid: string[] = [];
    const lines = contentLines("BEGIN:VCALENDAR\r\n<p>oops</p>\r\nEND:VCALENDAR\r\n", (line) => invalid.push(line));
    expect(lines.map((l) => l.name)).toEqual(["BEGIN", "END"]);
    expect(invalid).toEqual(["<p>oops</p>"]);
  });
});
