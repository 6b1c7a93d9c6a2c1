import { describe, expect, it } from "vitest";
import { importedRanges } from "../../../shared/ical";
import { BUENOS_AIRES, concatBytes, feed, rangesOf, utf8, vevent } from "./support";

// Buenos Aires is UTC-3 all year, so every UTC example below is three hours ahead of local time.

const dec = (from: number, to: number) => ({ start: `2026-12-${String(from).padStart(2, "0")}`, end: `2026-12-${String(to).padStart(2, "0")}` });

describe("ICAL.md line handling", () => {
  it("strips a UTF-8 BOM", () => {
    const bytes = concatBytes(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(feed(vevent("UID:a", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261203"))));
    expect(rangesOf(bytes)).toEqual([dec(1, 3)]);
  });

  it("accepts a feed with bare LF line ends only", () => {
    const text = feed(vevent("UID:a", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261203")).replace(/\r\n/g, "\n");
    expect(text).not.toContain("\r");
    expect(rangesOf(text)).toEqual([dec(1, 3)]);
  });

  it("unfolds on bytes: a fold through a multibyte character in the UID still names the event", () => {
    const uid = utf8("UID:reserva-Ñandú@ota");
    const cut = uid.indexOf(0xc3) + 1;
    const event = concatBytes(utf8("BEGIN:VEVENT\r\n"), uid.slice(0, cut), utf8("\r\n "), uid.slice(cut), utf8("\r\nDTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261201\r\nEND:VEVENT\r\n"));
    const bytes = concatBytes(utf8("BEGIN:VCALENDAR\r\n"), event, utf8("END:VCALENDAR\r\n"));
    expect(importedRanges(bytes, BUENOS_AIRES).skipped).toEqual([{ uid: "reserva-Ñandú@ota", reason: "zero_length" }]);
  });

  it("unfolds a fold inside a date value", () => {
    expect(rangesOf(feed(vevent("UID:a", "DTSTART;VALUE=DATE:2026\r\n 1201", "DTEND;VALUE=DATE:202612\r\n\t03")))).toEqual([dec(1, 3)]);
  });

  it("reads property and parameter names case-insensitively", () => {
    const text = ["begin:vcalendar", "version:2.0", "begin:vevent", "uid:a", "dtstart;value=date:20261201", "Dtend;Value=Date:20261204", "status:cancelled", "end:vevent", "Begin:VEvent", "Uid:b", "DTSTART;tzid=Europe/Madrid:20261210T020000", "DTend;TZID=Europe/Madrid:20261212T020000", "End:VEvent", "end:vcalendar"].join("\r\n");
    const result = importedRanges(text, BUENOS_AIRES);
    // 02:00 in Madrid (UTC+1) is 22:00 the day before in Buenos Aires.
    expect(result.ranges).toEqual([dec(9, 11)]);
    expect(result.skipped).toEqual([{ uid: "a", reason: "cancelled" }]);
  });
});

describe("ICAL.md all-day (VALUE=DATE) events", () => {
  it("block [DTSTART, DTEND): DTEND is the check-out day", () => {
    expect(rangesOf(feed(vevent("UID:a", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261204")))).toEqual([dec(1, 4)]);
  });

  it("without DTEND or DURATION block one night", () => {
    expect(rangesOf(feed(vevent("UID:a", "DTSTART;VALUE=DATE:20261201")))).toEqual([dec(1, 2)]);
  });

  it.each([
    ["P1D", dec(1, 2)],
    ["P3D", dec(1, 4)],
    ["P1W", dec(1, 8)],
    ["P1W2D", dec(1, 10)],
  ])("without DTEND block DTSTART + DURATION:%s", (duration, expected) => {
    expect(rangesOf(feed(vevent("UID:a", "DTSTART;VALUE=DATE:20261201", `DURATION:${duration}`)))).toEqual([expected]);
  });

  it("zero-length and inverted events are reported, block nothing, and the rest of the feed is kept", () => {
    const result = importedRanges(
      feed(
        vevent("UID:zero", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261201"),
        vevent("UID:ok-1", "DTSTART;VALUE=DATE:20261203", "DTEND;VALUE=DATE:20261205"),
        vevent("UID:inverted", "DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261205"),
        vevent("UID:ok-2", "DTSTART;VALUE=DATE:20261220", "DTEND;VALUE=DATE:20261222"),
      ),
      BUENOS_AIRES,
    );
    expect(result.ranges).toEqual([dec(3, 5), dec(20, 22)]);
    expect(result.skipped).toEqual([
      { uid: "zero", reason: "zero_length" },
      { uid: "inverted", reason: "inverted" },
    ]);
    expect(result.eventCount).toBe(4);
  });

  it("back-to-back and overlapping events merge into maximal ranges", () => {
    const text = feed(
      vevent("UID:a", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261203"),
      vevent("UID:b", "DTSTART;VALUE=DATE:20261203", "DTEND;VALUE=DATE:20261205"),
      vevent("UID:c", "DTSTART;VALUE=DATE:20261204", "DTEND;VALUE=DATE:20261207"),
      vevent("UID:d", "DTSTART;VALUE=DATE:20261208", "DTEND;VALUE=DATE:20261209"),
    );
    expect(rangesOf(text)).toEqual([dec(1, 7), dec(8, 9)]);
  });

  it("nights before today are dropped, and a range running through today is cut at today", () => {
    const text = feed(vevent("UID:past", "DTSTART;VALUE=DATE:20261101", "DTEND;VALUE=DATE:20261110"), vevent("UID:now", "DTSTART;VALUE=DATE:20261120", "DTEND;VALUE=DATE:20261125"));
    expect(rangesOf(text)).toEqual([{ start: "2026-11-22", end: "2026-11-25" }]);
  });

  it("events far beyond the recurrence window still block (the window only bounds series)", () => {
    expect(rangesOf(feed(vevent("UID:a", "DTSTART;VALUE=DATE:20300101", "DTEND;VALUE=DATE:20300103")))).toEqual([{ start: "2030-01-01", end: "2030-01-03" }]);
  });
});

describe("ICAL.md date-time events block every night they touch", () => {
  it("a stay 15:00 day 1 → 11:00 day 3 blocks nights 1 and 2", () => {
    expect(rangesOf(feed(vevent("UID:a", "DTSTART:20261201T150000", "DTEND:20261203T110000")))).toEqual([dec(1, 3)]);
  });

  it("floating times are the accommodation's local time, not UTC", () => {
    // Read as UTC, 01:00 would be 22:00 the day before in Buenos Aires.
    expect(rangesOf(feed(vevent("UID:a", "DTSTART:20261201T010000", "DTEND:20261203T010000")))).toEqual([dec(1, 3)]);
  });

  it("UTC times convert to the accommodation's dates across midnight", () => {
    // 02:00Z is 23:00 the day before in Buenos Aires, at both ends.
    expect(rangesOf(feed(vevent("UID:a", "DTSTART:20261202T020000Z", "DTEND:20261204T020000Z")))).toEqual([dec(1, 3)]);
  });

  it("TZID times convert through the tz database", () => {
    // 02:00 in Madrid is 22:00 the day before in Buenos Aires; 16:00 in Tokyo is 04:00 the same day.
    expect(rangesOf(feed(vevent("UID:a", "DTSTART;TZID=Europe/Madrid:20261202T020000", "DTEND;TZID=Europe/Madrid:20261204T030000")))).toEqual([dec(1, 3)]);
    expect(rangesOf(feed(vevent("UID:b", "DTSTART;TZID=Asia/Tokyo:20261210T160000", "DTEND;TZID=Asia/Tokyo:20261212T100000")))).toEqual([dec(10, 11)]);
  });

  it("an event ending exactly at local midnight does not block the night of its end date", () => {
    expect(rangesOf(feed(vevent("UID:a", "DTSTART:20261201T140000", "DTEND:20261203T000000")))).toEqual([dec(1, 3)]);
    expect(rangesOf(feed(vevent("UID:b", "DTSTART:20261210T140000Z", "DTEND:20261212T030000Z")))).toEqual([dec(10, 12)]);
    // Midnight is what counts: one second before it, the 21st is the end date and its night is free.
    expect(rangesOf(feed(vevent("UID:c", "DTSTART:20261220T140000", "DTEND:20261221T235959")))).toEqual([dec(20, 21)]);
  });

  it("a same-day event blocks that single night", () => {
    expect(rangesOf(feed(vevent("UID:a", "DTSTART:20261201T100000", "DTEND:20261201T120000")))).toEqual([dec(1, 2)]);
  });

  it("zero-length, inverted and end-less date-time events are reported and block nothing", () => {
    const result = importedRanges(
      feed(
        vevent("UID:zero", "DTSTART:20261201T100000", "DTEND:20261201T100000"),
        vevent("UID:inverted", "DTSTART:20261201T100000", "DTEND:20261201T095959"),
        vevent("UID:no-end", "DTSTART:20261205T100000"),
        vevent("UID:ok", "DTSTART:20261210T150000", "DTEND:20261211T110000"),
      ),
      BUENOS_AIRES,
    );
    expect(result.ranges).toEqual([dec(10, 11)]);
    expect(result.skipped).toEqual([
      { uid: "zero", reason: "zero_length" },
      { uid: "inverted", reason: "inverted" },
      { uid: "no-end", reason: "no_end" },
    ]);
  });

  it.each([
    ["PT2H", dec(1, 2)],
    ["P1D", dec(1, 2)],
    ["P2DT20H", dec(1, 4)],
    ["PT33H", dec(1, 3)],
  ])("DURATION:%s from 15:00 on the 1st", (duration, expected) => {
    expect(rangesOf(feed(vevent("UID:a", "DTSTART:20261201T150000", `DURATION:${duration}`)))).toEqual([expected]);
  });

  it("an unreadable DTSTART, DTEND or DURATION is reported, not guessed", () => {
    const result = importedRanges(
      feed(vevent("UID:s", "DTSTART:2026-12-01"), vevent("UID:e", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261301"), vevent("UID:d", "DTSTART;VALUE=DATE:20261201", "DURATION:3 days"), vevent("UID:n", "SUMMARY:no start")),
      BUENOS_AIRES,
    );
    expect(result.ranges).toEqual([]);
    expect(result.skipped).toEqual([
      { uid: "s", reason: "invalid_date" },
      { uid: "e", reason: "invalid_date" },
      { uid: "d", reason: "invalid_duration" },
      { uid: "n", reason: "no_start" },
    ]);
  });
});

describe("ICAL.md STATUS", () => {
  it("CANCELLED blocks nothing; TENTATIVE, CONFIRMED and no STATUS block", () => {
    const result = importedRanges(
      feed(
        vevent("UID:cancelled", "STATUS:CANCELLED", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261203"),
        vevent("UID:tentative", "STATUS:TENTATIVE", "DTSTART;VALUE=DATE:20261205", "DTEND;VALUE=DATE:20261206"),
        vevent("UID:confirmed", "STATUS:CONFIRMED", "DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261211"),
        vevent("UID:plain", "DTSTART;VALUE=DATE:20261215", "DTEND;VALUE=DATE:20261216"),
      ),
      BUENOS_AIRES,
    );
    expect(result.ranges).toEqual([dec(5, 6), dec(10, 11), dec(15, 16)]);
    expect(result.skipped).toEqual([{ uid: "cancelled", reason: "cancelled" }]);
  });
});

describe("ICAL.md duplicate UIDs: one version per UID", () => {
  const early = ["DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261203"];
  const late = ["DTSTART;VALUE=DATE:20261220", "DTEND;VALUE=DATE:20261222"];

  it("the highest SEQUENCE wins, wherever it is in the file", () => {
    expect(rangesOf(feed(vevent("UID:x", "SEQUENCE:2", ...early), vevent("UID:x", "SEQUENCE:1", ...late)))).toEqual([dec(1, 3)]);
    expect(rangesOf(feed(vevent("UID:x", "SEQUENCE:1", ...late), vevent("UID:x", "SEQUENCE:2", ...early)))).toEqual([dec(1, 3)]);
  });

  it("a missing SEQUENCE counts as 0", () => {
    expect(rangesOf(feed(vevent("UID:x", "SEQUENCE:1", ...early), vevent("UID:x", ...late)))).toEqual([dec(1, 3)]);
  });

  it("on equal SEQUENCE the later DTSTAMP wins, wherever it is in the file", () => {
    const newerFirst = feed(vevent("UID:x", "DTSTAMP:20261110T120000Z", ...early), vevent("UID:x", "DTSTAMP:20261101T120000Z", ...late));
    expect(rangesOf(newerFirst)).toEqual([dec(1, 3)]);
    const newerLast = feed(vevent("UID:x", "SEQUENCE:0", "DTSTAMP:20261101T120000Z", ...early), vevent("UID:x", "DTSTAMP:20261110T120000Z", ...late));
    expect(rangesOf(newerLast)).toEqual([dec(20, 22)]);
  });

  it("on equal SEQUENCE and DTSTAMP the one later in the file wins", () => {
    const stamp = "DTSTAMP:20261110T120000Z";
    expect(rangesOf(feed(vevent("UID:x", stamp, ...early), vevent("UID:x", stamp, ...late)))).toEqual([dec(20, 22)]);
    expect(rangesOf(feed(vevent("UID:x", stamp, ...late), vevent("UID:x", stamp, ...early)))).toEqual([dec(1, 3)]);
  });

  it("a winning CANCELLED version makes the UID block nothing; a losing one changes nothing", () => {
    const cancelledWins = importedRanges(feed(vevent("UID:x", "SEQUENCE:0", ...early), vevent("UID:x", "SEQUENCE:1", "STATUS:CANCELLED", ...early)), BUENOS_AIRES);
    expect(cancelledWins.ranges).toEqual([]);
    expect(cancelledWins.skipped).toEqual([{ uid: "x", reason: "cancelled" }]);
    expect(cancelledWins.eventCount).toBe(2);
    expect(rangesOf(feed(vevent("UID:x", "SEQUENCE:3", ...early), vevent("UID:x", "SEQUENCE:1", "STATUS:CANCELLED", ...early)))).toEqual([dec(1, 3)]);
  });

  it("events without UID never replace one another", () => {
    expect(rangesOf(feed(vevent(...early), vevent(...late)))).toEqual([dec(1, 3), dec(20, 22)]);
  });
});

describe("importedRanges options", () => {
  it("refuses an unknown accommodation zone and a malformed today", () => {
    const text = feed(vevent("UID:a", "DTSTART;VALUE=DATE:20261201"));
    expect(() => importedRanges(text, { timeZone: "Mars/Olympus_Mons", today: "2026-11-22" })).toThrow(RangeError);
    expect(() => importedRanges(text, { timeZone: "UTC", today: "2026-02-30" })).toThrow(RangeError);
    expect(() => importedRanges(text, { timeZone: "UTC", today: "2026-11-22", windowMonths: 0 })).toThrow(RangeError);
  });
});
