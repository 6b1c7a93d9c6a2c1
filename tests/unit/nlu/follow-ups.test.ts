import { describe, expect, it } from "vitest";
import { isChoice, normalize, readDateFollowUp } from "../../../shared/nlu/index";
import { applyFollowUp } from "../../../shared/assistant/follow-up-dates";
import { formatMoney, formatStay, formatTime } from "../../../shared/assistant/format";

const followUp = (text: string) => readDateFollowUp(normalize(text));

describe("date follow-ups that need the stay on the table", () => {
  it("reads months, bare day ranges, one new end and shifts", () => {
    expect(followUp("quiero ir en enero con mi familia")).toEqual({ kind: "month", month: 1 });
    expect(followUp("del 25 al 30")).toEqual({ kind: "days", from: 25, to: 30 });
    expect(followUp("how about the 10th to the 13th?")).toEqual({ kind: "days", from: 10, to: 13 });
    expect(followUp("mejor desde el 6")).toEqual({ kind: "from", day: 6 });
    expect(followUp("podemos llegar el 4 en vez del 5?")).toEqual({ kind: "from", day: 4 });
    expect(followUp("hasta el 9 mejor")).toEqual({ kind: "until", day: 9 });
    expect(followUp("y el finde siguiente?")).toEqual({ kind: "shift", days: 7 });
    expect(followUp("una semana antes?")).toEqual({ kind: "shift", days: -7 });
    expect(followUp("3 dias despues")).toEqual({ kind: "shift", days: 3 });
    expect(followUp("somos 4 a las 10 hs")).toBeNull();
  });

  it("completes them against the stay offered or the month named", () => {
    const stay = { checkIn: "2026-12-28", checkOut: "2027-01-02" };
    const today = "2026-11-22";
    expect(applyFollowUp({ kind: "days", from: 25, to: 30 }, { stay: null, month: 1, today })).toEqual({ checkIn: "2027-01-25", checkOut: "2027-01-30" });
    expect(applyFollowUp({ kind: "days", from: 28, to: 3 }, { stay: null, month: 12, today })).toEqual({ checkIn: "2026-12-28", checkOut: "2027-01-03" });
    expect(applyFollowUp({ kind: "from", day: 30 }, { stay, month: null, today })).toEqual({ checkIn: "2026-12-30", checkOut: "2027-01-02" });
    expect(applyFollowUp({ kind: "from", day: 5 }, { stay, month: null, today })).toEqual({ checkIn: "2027-01-05", checkOut: "2027-01-10" });
    expect(applyFollowUp({ kind: "shift", days: 7 }, { stay, month: null, today })).toEqual({ checkIn: "2027-01-04", checkOut: "2027-01-09" });
    expect(applyFollowUp({ kind: "until", day: 20 }, { stay: null, month: null, today })).toBeNull();
  });
});

describe("choices among offers", () => {
  it.each(["la segunda", "dale, la primera", "opcion 2", "me quedo con el depto", "quiero la arrayan", "the apartment please", "la arrayan porfa", "quero a casa", "the second one", "la mas barata"])(
    "%s is a choice",
    (text) => expect(isChoice(normalize(text))).toBe(true),
  );
  it.each(["la primera semana de febrero", "el finde", "dale", "tenes lugar?", "la cabaña tiene wifi?", "vamos con el perro"])("%s is not", (text) => expect(isChoice(normalize(text))).toBe(false));
});

describe("money, dates and times the guest's way", () => {
  it("writes pesos with $ in every language and groups thousands per language", () => {
    expect(formatMoney(4_050_000, "ARS", "es")).toBe("$40.500");
    expect(formatMoney(4_050_000, "ARS", "en")).toBe("$40,500");
    expect(formatMoney(4_050_050, "ARS", "pt")).toBe("$40.500,50");
    expect(formatMoney(12_000, "USD", "es")).toBe("US$120");
    expect(formatMoney(12_000, "BRL", "pt")).toBe("R$120");
  });

  it("writes stays as D/M in es and pt and as “Jan 10” in en", () => {
    expect(formatStay("2027-01-05", "2027-01-08", "es")).toBe("del 5 al 8/1");
    expect(formatStay("2026-12-30", "2027-01-03", "pt")).toBe("de 30/12 a 3/1");
    expect(formatStay("2027-01-10", "2027-01-12", "en")).toBe("Jan 10 to 12");
    expect(formatStay("2026-12-30", "2027-01-03", "en")).toBe("Dec 30 to Jan 3");
  });

  it("writes the expiry in the lodging's zone", () => {
    const instant = Date.parse("2027-01-04T20:30:00Z");
    expect(formatTime(instant, "America/Argentina/Buenos_Aires", "es")).toBe("17:30");
    expect(formatTime(instant, "America/Argentina/Buenos_Aires", "en").replace(/\s/g, " ")).toBe("5:30 PM");
  });
});
