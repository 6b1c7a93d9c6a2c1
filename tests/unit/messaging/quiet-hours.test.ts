import { describe, expect, it } from "vitest";
import { quietUntil } from "../../../shared/messaging/quiet-hours";

const BA = "America/Argentina/Buenos_Aires"; // UTC-3, no DST

describe("quiet hours 21:00–08:00 local", () => {
  it("lets messages out during the day", () => {
    expect(quietUntil(new Date("2026-11-22T11:00:00Z"), BA)).toBeNull(); // 08:00 local
    expect(quietUntil(new Date("2026-11-22T23:59:59Z"), BA)).toBeNull(); // 20:59:59 local
  });

  it("holds evening and night messages until 08:00 local", () => {
    expect(quietUntil(new Date("2026-11-23T00:00:00Z"), BA)).toEqual(new Date("2026-11-23T11:00:00Z")); // 21:00 → next 08:00
    expect(quietUntil(new Date("2026-11-23T03:15:00Z"), BA)).toEqual(new Date("2026-11-23T11:00:00Z")); // 00:15 → 08:00
    expect(quietUntil(new Date("2026-11-23T10:59:00Z"), BA)).toEqual(new Date("2026-11-23T11:00:00Z")); // 07:59 → 08:00
  });

  it("wakes at 08:00 wall-clock time across a DST change", () => {
    // São Paulo has no DST now; Madrid moves to summer time on 2027-03-28 at 02:00.
    expect(quietUntil(new Date("2027-03-27T22:00:00Z"), "Europe/Madrid")).toEqual(new Date("2027-03-28T06:00:00Z")); // 23:00 CET → 08:00 CEST
    expect(quietUntil(new Date("2026-10-24T21:00:00Z"), "Europe/Madrid")).toEqual(new Date("2026-10-25T07:00:00Z")); // 23:00 CEST → 08:00 CET
  });
});
