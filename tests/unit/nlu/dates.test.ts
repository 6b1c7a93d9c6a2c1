import { describe, expect, it } from "vitest";
import { resolveStay } from "../../../shared/nlu/dates";
import { normalize } from "../../../shared/nlu/normalize";

// NLU.md's reference moment: Sunday 2026-11-22, 10:00 in Buenos Aires, inside a long weekend.
const today = "2026-11-22";
const stay = (text: string, lang: "es" | "pt" | "en" = "es") => resolveStay(normalize(text), { today, lang });
const expectStay = (text: string, checkIn: string | null, checkOut: string | null, lang: "es" | "pt" | "en" = "es") =>
  expect(stay(text, lang), text).toEqual(checkIn && checkOut ? { checkIn, checkOut } : null);

describe("everyday phrasings", () => {
  it.each([
    ["de 5 a 8 de janeiro", "pt", "2027-01-05", "2027-01-08"],
    ["del 5 al 8 de enero", "es", "2027-01-05", "2027-01-08"],
    ["5/1 al 8/1", "es", "2027-01-05", "2027-01-08"],
    ["dia 10/1 por 3 noites", "pt", "2027-01-10", "2027-01-13"],
    ["somos 3, del 2 al 5 de marzo 😀", "es", "2027-03-02", "2027-03-05"],
    ["quiero reservar del 15 al 20 de febrero para 2 adultos y 1 nene", "es", "2027-02-15", "2027-02-20"],
    ["a partir del 3/2 por una semana", "es", "2027-02-03", "2027-02-10"],
    ["from dec 4th to dec 7th", "en", "2026-12-04", "2026-12-07"],
    ["hola! precio x noche para 4 pax en enero?", "es", null, null],
  ] as const)("%s (%s)", (text, lang, checkIn, checkOut) => expectStay(text, checkIn, checkOut, lang));
});

describe("NLU.md date rules, on their worked examples", () => {
  it("1. weekends: the first one whose Friday is after today, or the one around a date", () => {
    expectStay("tenes lugar este finde?", "2026-11-27", "2026-11-29");
    expectStay("el finde que viene somos 4", "2026-11-27", "2026-11-29");
    expectStay("this coming weekend?", "2026-11-27", "2026-11-29", "en");
    expectStay("el finde del 12 de diciembre", "2026-12-11", "2026-12-13");
  });

  it("2. long weekends and holiday stays: the day before the first day off → the last day off", () => {
    expectStay("finde largo de diciembre tenes algo?", "2026-12-04", "2026-12-08");
    expectStay("para navidad", "2026-12-24", "2026-12-27");
    expectStay("para año nuevo", "2026-12-31", "2027-01-03");
    expectStay("réveillon", "2026-12-31", "2027-01-03", "pt");
    expectStay("y para carnaval?", "2027-02-05", "2027-02-09");
  });

  it("3. Semana Santa: Jueves Santo → Domingo de Pascua", () => {
    expectStay("semana santa", "2027-03-25", "2027-03-28");
  });

  it("4. D/M without a year: next occurrence on or after today; check-out the first such date after", () => {
    expectStay("del 20/11 al 23/11", "2027-11-20", "2027-11-23");
    expectStay("del 31/1 al 2/2", "2027-01-31", "2027-02-02");
    expectStay("from 1/31 to 2/2", "2027-01-31", "2027-02-02", "en");
  });

  it("5. del X al Y, ranges with the month once, and across the year end", () => {
    expectStay("hola, tenes lugar del 5 al 8/1 para 4?", "2027-01-05", "2027-01-08");
    expectStay("4-7 dic", "2026-12-04", "2026-12-07");
    expectStay("del 30/12 al 3/1", "2026-12-30", "2027-01-03");
  });

  it("6. N nights from a day, weekday names, tomorrow and tonight", () => {
    expectStay("una semana desde el 10/1", "2027-01-10", "2027-01-17");
    expectStay("3 noches desde el viernes", "2026-11-27", "2026-11-30");
    expectStay("el 10/1 por 3 noches", "2027-01-10", "2027-01-13");
    expectStay("el sabado", "2026-11-28", "2026-11-29");
    expectStay("el jueves", "2026-11-26", "2026-11-27");
    expectStay("para mañana", "2026-11-23", "2026-11-24");
    expectStay("hoy a la noche", "2026-11-22", "2026-11-23");
  });

  it("7. month parts", () => {
    expectStay("la primera semana de febrero", "2027-02-01", "2027-02-08");
    expectStay("segunda quincena de enero", "2027-01-16", "2027-02-01");
  });

  it("8. what cannot be resolved leaves both ends null", () => {
    for (const text of ["en enero", "una semana en febrero", "del 3 al 7", "fin de mes", "2 noches", "29/2"]) expectStay(text, null, null);
  });

  it("9. the last range counts, and a partial correction keeps the other end", () => {
    expectStay("del 5 al 8/1, no perdon, mejor del 6 al 9/1", "2027-01-06", "2027-01-09");
    expectStay("teniamos del 10 al 14/1, seria del 9", "2027-01-09", "2027-01-14");
    expectStay("teniamos del 2 al 4/1, quiero extender hasta el 5/1", "2027-01-02", "2027-01-05");
  });

  it("10. prices, phones, times and counts are not dates", () => {
    expectStay("sale $45.000 la noche?", null, null);
    expectStay("80 lucas por 2 noches?", null, null);
    expectStay("llamame al 11 5555 1234", null, null);
    expectStay("llegamos 9 am, somos 4 personas y 2 perros", null, null);
    expectStay("del 5 al 8/1, pago $60 USD de seña", "2027-01-05", "2027-01-08");
  });
});
