import { describe, expect, it } from "vitest";
import { parseMessage, type ParsedMessage } from "../../../shared/nlu/index";

// NLU.md's reference moment: Sunday 2026-11-22 10:00 in Buenos Aires, inside the long weekend
// of Monday 23/11 (Día de la Soberanía Nacional, moved from Friday 20/11).
const NOW = new Date("2026-11-22T10:00:00-03:00");
const ZONE = "America/Argentina/Buenos_Aires";

const parse = (text: string, now: Date = NOW): ParsedMessage => parseMessage(text, { now, timeZone: ZONE });
const stayOf = (text: string, now?: Date) => {
  const { checkIn, checkOut } = parse(text, now);
  return { checkIn, checkOut };
};
const stay = (checkIn: string | null, checkOut: string | null) => ({ checkIn, checkOut });
const NO_STAY = stay(null, null);

describe("rule 1: weekends are Friday → Sunday of the first weekend whose Friday is after today", () => {
  it.each(["este finde", "el finde", "el finde que viene", "this coming weekend"])("%s → 27/11 → 29/11", (text) => {
    expect(stayOf(text)).toEqual(stay("2026-11-27", "2026-11-29"));
  });

  it("a date inside a weekend names that weekend: el finde del 12 de diciembre", () => {
    expect(stayOf("el finde del 12 de diciembre")).toEqual(stay("2026-12-11", "2026-12-13"));
  });

  it("on a Friday the coming weekend is next week's, because its Friday must be after today", () => {
    expect(stayOf("este finde", new Date("2026-11-27T09:00:00-03:00"))).toEqual(stay("2026-12-04", "2026-12-06"));
  });
});

describe("rule 2: long weekends and holidays run from the day before the first day off to the last day off", () => {
  it("finde largo de diciembre: off Sat 5 – Tue 8 (tourist day 7 + holiday 8)", () => {
    expect(stayOf("finde largo de diciembre")).toEqual(stay("2026-12-04", "2026-12-08"));
  });

  it.each(["navidad", "para navidad"])("%s: off Fri 25 – Sun 27", (text) => {
    expect(stayOf(text)).toEqual(stay("2026-12-24", "2026-12-27"));
  });

  it.each(["año nuevo", "para año nuevo", "réveillon"])("%s: off Fri 1 – Sun 3 January", (text) => {
    expect(stayOf(text)).toEqual(stay("2026-12-31", "2027-01-03"));
  });

  it("carnaval: off Sat 6 – Tue 9 February 2027", () => {
    expect(stayOf("carnaval")).toEqual(stay("2027-02-05", "2027-02-09"));
  });

  it("a named holiday date is the days off around it: el feriado del 9 de julio (Fri) → Thu 8 → Sun 11", () => {
    expect(stayOf("el feriado del 9 de julio")).toEqual(stay("2027-07-08", "2027-07-11"));
  });

  it("a month without a long weekend gives none: 2027 has no tourist days yet, so May 25 (Tue) stands alone", () => {
    expect(stayOf("finde largo de mayo")).toEqual(NO_STAY);
  });
});

describe("rule 3: Semana Santa is Jueves Santo → Domingo de Pascua", () => {
  it.each(["Semana Santa", "semana santa", "pascuas", "easter"])("%s → 25/3/2027 → 28/3/2027", (text) => {
    expect(stayOf(text)).toEqual(stay("2027-03-25", "2027-03-28"));
  });
});

describe("rule 4: D/M without a year is the next occurrence on or after today", () => {
  it("a check-in already past this year moves to next year, and the check-out follows it", () => {
    expect(stayOf("del 20/11 al 23/11")).toEqual(stay("2027-11-20", "2027-11-23"));
  });

  it("31/1 is 31 January", () => {
    expect(stayOf("el 31/1")).toEqual(stay("2027-01-31", "2027-02-01"));
  });

  it("English reads 1/31 month-first because 31 cannot be a month", () => {
    const parsed = parse("do you have a room from 1/31 to 2/2?");
    expect(parsed.lang).toBe("en");
    expect(parsed).toMatchObject(stay("2027-01-31", "2027-02-02"));
  });

  it("Spanish never reads month-first: 1/31 is not a date", () => {
    expect(stayOf("el 1/31")).toEqual(NO_STAY);
  });

  it("today itself still counts as on or after today", () => {
    expect(stayOf("el 22/11 por 2 noches")).toEqual(stay("2026-11-22", "2026-11-24"));
  });

  it("today is the date in the lodging's zone, not in UTC", () => {
    // 23:30 on Sunday 22/11 in Buenos Aires is 02:30 on Monday 23/11 UTC.
    const lateSunday = new Date("2026-11-23T02:30:00Z");
    expect(stayOf("mañana", lateSunday)).toEqual(stay("2026-11-23", "2026-11-24"));
    expect(stayOf("hoy a la noche", lateSunday)).toEqual(stay("2026-11-22", "2026-11-23"));
  });
});

describe("rule 5: del X al Y is check-in X and check-out Y", () => {
  it("del 5 al 8/1 → 5/1/2027 → 8/1/2027", () => {
    expect(stayOf("del 5 al 8/1")).toEqual(stay("2027-01-05", "2027-01-08"));
  });

  it("4-7 dic likewise", () => {
    expect(stayOf("4-7 dic")).toEqual(stay("2026-12-04", "2026-12-07"));
  });

  it("a range across the year end: del 30/12 al 3/1", () => {
    expect(stayOf("del 30/12 al 3/1")).toEqual(stay("2026-12-30", "2027-01-03"));
  });

  it.each([
    ["del 5 de enero al 8 de enero", "es"],
    ["desde el 5 hasta el 8 de enero", "es"],
    ["entre el 5 y el 8 de enero", "es"],
    ["de 5 a 8 de janeiro", "pt"],
    ["from jan 5 to jan 8", "en"],
    ["jan 5th-8th", "en"],
  ])("%s (%s) → 5/1 → 8/1", (text) => {
    expect(stayOf(text)).toEqual(stay("2027-01-05", "2027-01-08"));
  });
});

describe("rule 6: N nights from a day, and the days around today", () => {
  it("una semana desde el 10/1 is 7 nights", () => {
    expect(stayOf("una semana desde el 10/1")).toEqual(stay("2027-01-10", "2027-01-17"));
  });

  it("3 noches desde el viernes → 27/11 → 30/11", () => {
    expect(stayOf("3 noches desde el viernes")).toEqual(stay("2026-11-27", "2026-11-30"));
  });

  it.each([
    ["a partir del 10/1 por 3 noches", "2027-01-10", "2027-01-13"],
    ["el 10/1 por 3 noches", "2027-01-10", "2027-01-13"],
    ["3 noites a partir do dia 10/1", "2027-01-10", "2027-01-13"],
  ])("%s → check-in D, check-out D + N", (text, checkIn, checkOut) => {
    expect(stayOf(text)).toEqual(stay(checkIn, checkOut));
  });

  it("weekday names mean the next such day after today: el sabado, el jueves", () => {
    expect(stayOf("el sabado").checkIn).toBe("2026-11-28");
    expect(stayOf("el jueves").checkIn).toBe("2026-11-26");
  });

  it("mañana → 23/11; hoy a la noche → 22/11 for 1 night", () => {
    expect(stayOf("mañana").checkIn).toBe("2026-11-23");
    expect(stayOf("hoy a la noche")).toEqual(stay("2026-11-22", "2026-11-23"));
  });

  it("'a la mañana' is the morning, not tomorrow", () => {
    expect(stayOf("llegamos el 5/1 a la mañana")).toEqual(stay("2027-01-05", "2027-01-06"));
  });
});

describe("rule 7: month parts", () => {
  it("la primera semana de febrero → 1/2 → 8/2", () => {
    expect(stayOf("la primera semana de febrero")).toEqual(stay("2027-02-01", "2027-02-08"));
  });

  it("segunda quincena de enero → 16/1 → 1/2", () => {
    expect(stayOf("segunda quincena de enero")).toEqual(stay("2027-01-16", "2027-02-01"));
  });

  it("a part of the current month already begun moves to next year, like any past check-in", () => {
    expect(stayOf("segunda quincena de noviembre")).toEqual(stay("2027-11-16", "2027-12-01"));
  });
});

describe("rule 8: what cannot be resolved leaves both ends null", () => {
  it.each(["en enero", "una semana en febrero", "del 3 al 7", "fin de mes", "2 noches", "29/2", "a fines de enero", "a principios de febrero"])(
    "%s → null, null",
    (text) => {
      expect(stayOf(text)).toEqual(NO_STAY);
    },
  );

  it("check-in and check-out are always both set or both null", () => {
    for (const text of ["hasta el 5/1", "desde el 3", "el 10/1", "del 5 al 8/1", "nos vamos el domingo"]) {
      const { checkIn, checkOut } = stayOf(text);
      expect(checkIn === null, text).toBe(checkOut === null);
    }
  });
});

describe("rule 9: several ranges, the last counts", () => {
  it.each([
    "del 5 al 8/1, no perdon, mejor del 6 al 9/1",
    "del 5 al 8/1, bueno en realidad del 6 al 9/1",
    "quiero cambiar mi reserva del 5-8/1 al 6-9/1",
  ])("%s → 6/1 → 9/1", (text) => {
    expect(stayOf(text)).toEqual(stay("2027-01-06", "2027-01-09"));
  });

  it("a partial correction keeps the other end: teniamos del 10 al 14/1, seria del 9", () => {
    expect(stayOf("teniamos del 10 al 14/1, seria del 9")).toEqual(stay("2027-01-09", "2027-01-14"));
  });

  it("extender hasta el 5/1 keeps the start", () => {
    expect(stayOf("teniamos del 2 al 4/1, quiero extender hasta el 5/1")).toEqual(stay("2027-01-02", "2027-01-05"));
  });

  it("a later vague mention replaces an earlier range: del 5 al 8/1 o en febrero", () => {
    expect(stayOf("del 5 al 8/1 o en febrero")).toEqual(NO_STAY);
  });
});

describe("rule 10: prices, phones, IDs, booking numbers, times, temperatures and counts are not dates or guests", () => {
  it.each([
    "sale $45.000 la noche?",
    "80 lucas por 2 noches?",
    "$60 USD la noche",
    "llamame al 11 5555 1234",
    "mi dni es 30.123.456",
    "reserva 4521",
    "llegamos 9 am",
    "hace 30 grados",
    "vamos con 2 autos y 2 perros",
  ])("%s → no dates, no guests", (text) => {
    const parsed = parse(text);
    expect(parsed).toMatchObject({ checkIn: null, checkOut: null, guests: null });
  });

  it("a price next to a real range leaves the range alone", () => {
    expect(stayOf("del 5 al 8/1, pago $60 USD de seña")).toEqual(stay("2027-01-05", "2027-01-08"));
  });
});

describe("guests: everyone staying, children and babies included, pets excluded", () => {
  it.each([
    ["una pareja", 2],
    ["2 adultos y 2 nenes", 4],
    ["familia de 5", 5],
    ["4 adultos + 1 bebe", 5],
    ["2 parejas", 4],
    ["2 couples", 4],
    ["yo solo", 1],
    ["mi hermana y su novio", 3],
    ["somos 3 no 2", 3],
    ["perdón, somos 5", 5],
    ["somos 4 y 2 perros", 4],
  ])("%s → %i", (text, guests) => {
    expect(parse(text).guests).toBe(guests);
  });

  it("counts that are only compared give no answer", () => {
    expect(parse("el precio es el mismo para 2 q para 4?").guests).toBeNull();
  });

  it("says how many of them are children when the message does", () => {
    expect(parse("2 adultos y 2 nenes")).toMatchObject({ guests: 4, children: 2 });
    expect(parse("familia de 5")).toMatchObject({ guests: 5, children: null });
  });
});

describe("unit type", () => {
  it.each([
    ["una cabaña", "cabana"],
    ["la cabañita", "cabana"],
    ["el chalé", "cabana"],
    ["a cabin", "cabana"],
    ["un depto", "departamento"],
    ["el departamento", "departamento"],
    ["un monoambiente", "departamento"],
    ["an apartment", "departamento"],
    ["o apartamento", "departamento"],
    ["la casa", "casa"],
    ["the house", "casa"],
    ["un lugar", null],
  ])("%s → %s", (text, unitType) => {
    expect(parse(text).unitType).toBe(unitType);
  });
});

describe("amenities: what the message asks for, requires or complains about", () => {
  it.each([
    ["tiene wifi?", ["wifi"]],
    ["hay internet?", ["wifi"]],
    ["tiene piscina?", ["pileta"]],
    ["is there a pool?", ["pileta"]],
    ["aceptan perro?", ["pet_friendly"]],
    ["se puede ir con mascota?", ["pet_friendly"]],
    ["aceitam cachorro?", ["pet_friendly"]],
    ["do you allow dogs?", ["pet_friendly"]],
    ["hay estacionamiento?", ["cochera"]],
    ["tiene garage?", ["cochera"]],
    ["tem garagem?", ["cochera"]],
    ["is there parking?", ["cochera"]],
    ["hay lugar para 2 autos?", ["cochera"]],
    ["tiene asador?", ["parrilla"]],
    ["is there a bbq?", ["parrilla"]],
    ["tem churrasqueira?", ["parrilla"]],
    ["tiene aire acondicionado?", ["aire"]],
    ["has AC?", ["aire"]],
    ["tem ar condicionado?", ["aire"]],
    ["no anda el wifi", ["wifi"]],
  ])("%s → %j", (text, amenities) => {
    expect(parse(text).amenities).toEqual(amenities);
  });

  it("anything else is not listed: calefacción, cuna, netflix, desayuno, hidro", () => {
    expect(parse("tiene calefacción, cuna, netflix, desayuno e hidro?").amenities).toEqual([]);
  });
});

describe("lang", () => {
  it.each([
    ["hola, tenés lugar para el finde?", "es"],
    ["oi, tem vaga para o fim de semana?", "pt"],
    ["hi, do you have a room this weekend?", "en"],
  ])("%s → %s", (text, lang) => {
    expect(parse(text).lang).toBe(lang);
  });
});

describe("intents", () => {
  it.each([
    ["tenes lugar del 5 al 8/1?", "disponibilidad"],
    ["cuanto sale la noche?", "precio"],
    ["quiero reservar del 5 al 8/1", "reservar"],
    ["te transfiero la seña del 5 al 8/1", "reservar"],
    ["aceptan mascotas?", "servicios"],
    ["me mandas fotos?", "servicios"],
    ["a que hora es el check in?", "politicas"],
    ["que porcentaje de seña piden?", "politicas"],
    ["donde queda?", "ubicacion"],
    ["quiero cancelar mi reserva", "cancelar_modificar"],
    ["hola", "saludo"],
    ["quiero hablar con una persona", "hablar_humano"],
    ["la cabaña estaba sucia", "queja"],
    ["como pago?", "pago"],
    ["el link de pago no funciona", "pago"],
    ["gracias!", "fallback"],
    ["😂😂", "fallback"],
  ])("%s → %s", (text, intent) => {
    expect(parse(text).intent).toBe(intent);
  });

  it("a greeting plus a request is the request", () => {
    expect(parse("hola! buen dia, cuanto sale la noche?").intent).toBe("precio");
    expect(parse("buenas tardes, tienen pileta?").intent).toBe("servicios");
  });

  it("cancelling or changing gives the new dates, or the dates being cancelled", () => {
    expect(parse("necesito cancelar la reserva del 5 al 8/1")).toMatchObject({ intent: "cancelar_modificar", ...stay("2027-01-05", "2027-01-08") });
    expect(parse("quiero cambiar las fechas de mi reserva al 10-13/1")).toMatchObject({ intent: "cancelar_modificar", ...stay("2027-01-10", "2027-01-13") });
  });

  it("paying the seña without dates is pago, with dates is reservar", () => {
    expect(parse("quiero pagar la seña").intent).toBe("pago");
    expect(parse("quiero pagar la seña para el finde largo de diciembre").intent).toBe("reservar");
  });

  it("confidence is a number between 0 and 1, lower when cues compete", () => {
    const clear = parse("donde queda?").confidence;
    const mixed = parse("donde queda y cuanto sale?").confidence;
    expect(clear).toBeGreaterThan(0);
    expect(clear).toBeLessThanOrEqual(1);
    expect(mixed).toBeLessThan(clear);
  });
});
