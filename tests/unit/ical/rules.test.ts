import { describe, expect, it } from "vitest";
import { NotICalendarError } from "../../../shared/ical/calendar-parser";
import { unfoldedLines } from "../../../shared/ical/content-lines";
import { importedNights } from "../../../shared/ical/imported-nights";

const BA = { timeZone: "America/Argentina/Buenos_Aires", today: "2026-11-22" };
const feed = (...events: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", ...events, "END:VCALENDAR", ""].join("\r\n");
const vevent = (...lines: string[]) => ["BEGIN:VEVENT", ...lines, "END:VEVENT"].join("\r\n");
const nights = (text: string | Uint8Array, options = BA) => importedNights(text, options).ranges;

describe("ICAL.md import semantics", () => {
  describe("line handling", () => {
    it("strips a UTF-8 BOM and accepts bare LF", () => {
      const text = "\uFEFF" + feed(vevent("UID:a", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261203")).replace(/\r\n/g, "\n");
      expect(nights(text)).toEqual([{ start: "2026-12-01", end: "2026-12-03" }]);
    });

    it("unfolds on bytes, so a fold through a multibyte character decodes whole", () => {
      const summary = new TextEncoder().encode("SUMMARY:Cabaña");
      // Fold between the two bytes of "ñ" (0xC3 0xB1).
      const at = summary.indexOf(0xc3) + 1;
      const bytes = new Uint8Array([...new TextEncoder().encode("BEGIN:VCALENDAR\r\n"), ...summary.slice(0, at), 0x0d, 0x0a, 0x20, ...summary.slice(at), ...new TextEncoder().encode("\r\nEND:VCALENDAR\r\n")]);
      expect(unfoldedLines(bytes)).toEqual(["BEGIN:VCALENDAR", "SUMMARY:Cabaña", "END:VCALENDAR"]);
    });

    it("unfolds LF + tab as well, and treats property names case-insensitively", () => {
      const text = feed(vevent("uid:a", "dtstart;value=DATE:2026\n\t1201", "Dtend;VALUE=DATE:20261204"));
      expect(nights(text)).toEqual([{ start: "2026-12-01", end: "2026-12-04" }]);
    });

    it("refuses what is not iCalendar", () => {
      expect(() => importedNights("<html><body>Login required</body></html>", BA)).toThrow(NotICalendarError);
      expect(() => importedNights("", BA)).toThrow(NotICalendarError);
    });
  });

  describe("all-day events", () => {
    it("block [DTSTART, DTEND); without DTEND one night, or DURATION", () => {
      expect(nights(feed(vevent("UID:a", "DTSTART;VALUE=DATE:20261201")))).toEqual([{ start: "2026-12-01", end: "2026-12-02" }]);
      expect(nights(feed(vevent("UID:a", "DTSTART;VALUE=DATE:20261201", "DURATION:P3D")))).toEqual([{ start: "2026-12-01", end: "2026-12-04" }]);
      expect(nights(feed(vevent("UID:a", "DTSTART;VALUE=DATE:20261201", "DURATION:P1W")))).toEqual([{ start: "2026-12-01", end: "2026-12-08" }]);
    });

    it("reports zero-length and inverted events and keeps the rest of the feed", () => {
      const result = importedNights(
        feed(
          vevent("UID:zero", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261201"),
          vevent("UID:inverted", "DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261205"),
          vevent("UID:ok", "DTSTART;VALUE=DATE:20261220", "DTEND;VALUE=DATE:20261222"),
        ),
        BA,
      );
      expect(result.ranges).toEqual([{ start: "2026-12-20", end: "2026-12-22" }]);
      expect(result.skipped).toEqual([
        { uid: "zero", reason: "zero_length" },
        { uid: "inverted", reason: "inverted" },
      ]);
    });

    it("merges back-to-back and overlapping events into maximal ranges", () => {
      const result = nights(
        feed(
          vevent("UID:a", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261203"),
          vevent("UID:b", "DTSTART;VALUE=DATE:20261203", "DTEND;VALUE=DATE:20261205"),
          vevent("UID:c", "DTSTART;VALUE=DATE:20261204", "DTEND;VALUE=DATE:20261207"),
          vevent("UID:d", "DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261211"),
        ),
      );
      expect(result).toEqual([
        { start: "2026-12-01", end: "2026-12-07" },
        { start: "2026-12-10", end: "2026-12-11" },
      ]);
    });
  });

  describe("date-time events block every night they touch", () => {
    it("15:00 day 1 → 11:00 day 3 (floating = accommodation time) blocks nights 1 and 2", () => {
      expect(nights(feed(vevent("UID:a", "DTSTART:20261201T150000", "DTEND:20261203T110000")))).toEqual([{ start: "2026-12-01", end: "2026-12-03" }]);
    });

    it("UTC times convert to the accommodation's zone (02:00Z is 23:00 the day before in Buenos Aires)", () => {
      expect(nights(feed(vevent("UID:a", "DTSTART:20261202T020000Z", "DTEND:20261204T140000Z")))).toEqual([{ start: "2026-12-01", end: "2026-12-04" }]);
    });

    it("TZID times convert through the tz database", () => {
      // 22:00 in Madrid (UTC+1) is 18:00 in Buenos Aires; 09:00 Madrid is 05:00.
      expect(nights(feed(vevent("UID:a", "DTSTART;TZID=Europe/Madrid:20261201T220000", "DTEND;TZID=Europe/Madrid:20261203T090000")))).toEqual([{ start: "2026-12-01", end: "2026-12-03" }]);
      // A Windows zone name from an Exchange-style feed.
      expect(nights(feed(vevent("UID:b", 'DTSTART;TZID="Argentina Standard Time":20261210T140000', 'DTEND;TZID="Argentina Standard Time":20261212T100000')))).toEqual([{ start: "2026-12-10", end: "2026-12-12" }]);
    });

    it("an event ending exactly at local midnight does not block the night of its end date", () => {
      expect(nights(feed(vevent("UID:a", "DTSTART:20261201T140000", "DTEND:20261203T000000")))).toEqual([{ start: "2026-12-01", end: "2026-12-03" }]);
      expect(nights(feed(vevent("UID:b", "DTSTART:20261210T140000Z", "DTEND:20261212T030000Z")))).toEqual([{ start: "2026-12-10", end: "2026-12-12" }]);
    });

    it("a same-day event blocks that single night", () => {
      expect(nights(feed(vevent("UID:a", "DTSTART:20261201T100000", "DTEND:20261201T120000")))).toEqual([{ start: "2026-12-01", end: "2026-12-02" }]);
    });

    it("zero-length, inverted and end-less date-time events block nothing", () => {
      const result = importedNights(
        feed(
          vevent("UID:zero", "DTSTART:20261201T100000", "DTEND:20261201T100000"),
          vevent("UID:inverted", "DTSTART:20261201T100000", "DTEND:20261130T100000"),
          vevent("UID:open", "DTSTART:20261205T100000"),
        ),
        BA,
      );
      expect(result.ranges).toEqual([]);
      expect(result.skipped.map((s) => s.reason)).toEqual(["zero_length", "inverted", "no_end"]);
    });

    it("DURATION on a date-time start", () => {
      expect(nights(feed(vevent("UID:a", "DTSTART:20261201T150000", "DURATION:P2DT20H")))).toEqual([{ start: "2026-12-01", end: "2026-12-04" }]);
      expect(nights(feed(vevent("UID:b", "DTSTART:20261210T150000", "DURATION:PT2H")))).toEqual([{ start: "2026-12-10", end: "2026-12-11" }]);
    });
  });

  describe("status and versions", () => {
    it("CANCELLED blocks nothing; TENTATIVE and CONFIRMED block", () => {
      const result = importedNights(
        feed(
          vevent("UID:a", "STATUS:CANCELLED", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261203"),
          vevent("UID:b", "STATUS:TENTATIVE", "DTSTART;VALUE=DATE:20261205", "DTEND;VALUE=DATE:20261206"),
          vevent("UID:c", "STATUS:CONFIRMED", "DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261211"),
        ),
        BA,
      );
      expect(result.ranges).toEqual([
        { start: "2026-12-05", end: "2026-12-06" },
        { start: "2026-12-10", end: "2026-12-11" },
      ]);
      expect(result.skipped).toEqual([{ uid: "a", reason: "cancelled" }]);
    });

    it("duplicate UIDs: the highest SEQUENCE wins, even when it comes first", () => {
      const text = feed(
        vevent("UID:x", "SEQUENCE:2", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261203"),
        vevent("UID:x", "SEQUENCE:1", "DTSTART;VALUE=DATE:20261220", "DTEND;VALUE=DATE:20261222"),
      );
      expect(nights(text)).toEqual([{ start: "2026-12-01", end: "2026-12-03" }]);
    });

    it("duplicate UIDs with equal SEQUENCE: the later DTSTAMP wins, then the later one in the file", () => {
      const byStamp = feed(
        vevent("UID:x", "DTSTAMP:20261110T120000Z", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261203"),
        vevent("UID:x", "DTSTAMP:20261101T120000Z", "DTSTART;VALUE=DATE:20261220", "DTEND;VALUE=DATE:20261222"),
      );
      expect(nights(byStamp)).toEqual([{ start: "2026-12-01", end: "2026-12-03" }]);
      const byOrder = feed(
        vevent("UID:x", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261203"),
        vevent("UID:x", "DTSTART;VALUE=DATE:20261220", "DTEND;VALUE=DATE:20261222"),
      );
      expect(nights(byOrder)).toEqual([{ start: "2026-12-20", end: "2026-12-22" }]);
    });

    it("a winning CANCELLED version removes the UID's nights", () => {
      const text = feed(
        vevent("UID:x", "SEQUENCE:0", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261203"),
        vevent("UID:x", "SEQUENCE:1", "STATUS:CANCELLED", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261203"),
      );
      expect(nights(text)).toEqual([]);
    });
  });

  describe("recurrence within [today, today + 18 months)", () => {
    it("COUNT counts occurrences before EXDATE removes one", () => {
      const text = feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261202", "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;VALUE=DATE:20261208"));
      expect(nights(text)).toEqual([
        { start: "2026-12-01", end: "2026-12-02" },
        { start: "2026-12-15", end: "2026-12-16" },
        { start: "2026-12-22", end: "2026-12-23" },
      ]);
    });

    it("UNTIL is inclusive; each occurrence lasts as long as the master", () => {
      const text = feed(vevent("UID:r", "DTSTART:20261204T150000", "DTEND:20261206T110000", "RRULE:FREQ=WEEKLY;UNTIL=20261218T150000"));
      expect(nights(text)).toEqual([
        { start: "2026-12-04", end: "2026-12-06" },
        { start: "2026-12-11", end: "2026-12-13" },
        { start: "2026-12-18", end: "2026-12-20" },
      ]);
    });

    it("expands only starts inside the window: not before today, not 18 months ahead", () => {
      const text = feed(vevent("UID:r", "DTSTART;VALUE=DATE:20200115", "DTEND;VALUE=DATE:20200116", "RRULE:FREQ=MONTHLY"));
      const result = nights(text);
      expect(result[0]).toEqual({ start: "2026-12-15", end: "2026-12-16" });
      expect(result.at(-1)).toEqual({ start: "2028-05-15", end: "2028-05-16" });
      expect(result).toHaveLength(18);
    });

    it("supports BYDAY with ordinals, BYMONTHDAY, INTERVAL and YEARLY", () => {
      const lastFriday = nights(feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261127", "RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=3")));
      expect(lastFriday.map((r) => r.start)).toEqual(["2026-11-27", "2026-12-25", "2027-01-29"]);
      const weekends = nights(feed(vevent("UID:w", "DTSTART;VALUE=DATE:20261204", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=FR,SA;COUNT=4")));
      expect(weekends).toEqual([
        { start: "2026-12-04", end: "2026-12-06" },
        { start: "2026-12-18", end: "2026-12-20" },
      ]);
      const yearly = nights(feed(vevent("UID:y", "DTSTART;VALUE=DATE:20251224", "DTEND;VALUE=DATE:20251226", "RRULE:FREQ=YEARLY")));
      expect(yearly).toEqual([
        { start: "2026-12-24", end: "2026-12-26" },
        { start: "2027-12-24", end: "2027-12-26" },
      ]);
    });

    it("an overridden instance (RECURRENCE-ID) replaces its slot in the series", () => {
      const text = feed(
        vevent("UID:r", "DTSTART;VALUE=DATE:20261201", "RRULE:FREQ=WEEKLY;COUNT=2"),
        vevent("UID:r", "RECURRENCE-ID;VALUE=DATE:20261208", "DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261211"),
      );
      expect(nights(text)).toEqual([
        { start: "2026-12-01", end: "2026-12-02" },
        { start: "2026-12-10", end: "2026-12-11" },
      ]);
    });
  });
});
