import { describe, expect, it } from "vitest";
import { parseMessage, type Intent } from "../../../shared/nlu/index";
import { CORPUS_NOW, CORPUS_TIME_ZONE } from "./corpus";

/**
 * Messages written and labelled (intent and dates only) after the parser was finished and never
 * used to tune it: unlike the corpus, this measures how it does on phrasings it has not seen.
 */
const HOLDOUT: ReadonlyArray<[text: string, intent: Intent, checkIn: string | null, checkOut: string | null]> = [
  ["buenas! hay disponibilidad para el finde largo de diciembre? somos 2", "disponibilidad", "2026-12-04", "2026-12-08"],
  ["me pasas precio x noche de la cabaña grande?", "precio", null, null],
  ["cuanto me sale del 3 al 6 de enero para 5 personas", "precio", "2027-01-03", "2027-01-06"],
  ["dale, la quiero reservar. como sigo?", "reservar", null, null],
  ["quiero dejar la seña para del 14 al 18/2", "reservar", "2027-02-14", "2027-02-18"],
  ["aceptan perros? tenemos un caniche chiquito", "servicios", null, null],
  ["tiene wifi la casa? trabajo remoto", "servicios", null, null],
  ["a que hora es el check out?", "politicas", null, null],
  ["si cancelo me devuelven la seña?", "politicas", null, null],
  ["se puede fumar adentro?", "politicas", null, null],
  ["donde quedan exactamente? estan cerca del centro?", "ubicacion", null, null],
  ["me mandas la ubicacion por maps porfa", "ubicacion", null, null],
  ["necesito cancelar mi reserva RES261201004", "cancelar_modificar", null, null],
  ["podemos cambiar la fecha? en vez del 10 al 13/1 seria del 17 al 20/1", "cancelar_modificar", "2027-01-17", "2027-01-20"],
  ["hola buen dia", "saludo", null, null],
  ["holaaa 👋", "saludo", null, null],
  ["me podes pasar con una persona real?", "hablar_humano", null, null],
  ["quiero hablar con el dueño", "hablar_humano", null, null],
  ["la cabaña estaba sucia y no andaba el agua caliente, una verguenza", "queja", null, null],
  ["muy mala la atencion, nadie me contesta", "queja", null, null],
  ["ya te transferi la seña, te paso el comprobante", "pago", null, null],
  ["el link de pago no me abre", "pago", null, null],
  ["se puede pagar con tarjeta en cuotas?", "pago", null, null],
  ["gracias!!", "fallback", null, null],
  ["👍", "fallback", null, null],
  ["jajaja", "fallback", null, null],
  ["tenes algo para este finde? 4 personas con un perro", "disponibilidad", "2026-11-27", "2026-11-29"],
  ["hay lugar 3 noches desde el 8/1?", "disponibilidad", "2027-01-08", "2027-01-11"],
  ["olá! vocês têm disponibilidade para o réveillon? somos 4", "disponibilidad", "2026-12-31", "2027-01-03"],
  ["quanto custa a diária do chalé?", "precio", null, null],
  ["quero reservar de 20 a 25 de janeiro", "reservar", "2027-01-20", "2027-01-25"],
  ["tem estacionamento?", "servicios", null, null],
  ["hi! is the apartment available from jan 5 to jan 9?", "disponibilidad", "2027-01-05", "2027-01-09"],
  ["how much for 2 nights from december 12?", "precio", "2026-12-12", "2026-12-14"],
  ["what time can we check in?", "politicas", null, null],
  ["can I speak to a person please", "hablar_humano", null, null],
  ["i paid the deposit but didnt get a confirmation", "pago", null, null],
  ["necesito sumar una persona mas a mi reserva", "cancelar_modificar", null, null],
  ["tienen pileta climatizada?", "servicios", null, null],
  ["cuanto es la seña?", "politicas", null, null],
  ["hola! quisiera saber si tienen algo para semana santa", "disponibilidad", "2027-03-25", "2027-03-28"],
  ["una semana desde el 2 de febrero cuanto sale?", "precio", "2027-02-02", "2027-02-09"],
];

describe("NLU on unseen messages", () => {
  const results = HOLDOUT.map(([text, intent, checkIn, checkOut]) => {
    const parsed = parseMessage(text, { now: new Date(CORPUS_NOW), timeZone: CORPUS_TIME_ZONE });
    return { text, intentOk: parsed.intent === intent, datesOk: parsed.checkIn === checkIn && parsed.checkOut === checkOut, parsed, intent };
  });
  const misses = (key: "intentOk" | "datesOk") => results.filter((r) => !r[key]).map((r) => `${r.text} → ${r.parsed.intent} ${r.parsed.checkIn}..${r.parsed.checkOut}`).join("\n");

  it("gets at least 95% of intents right", () => {
    expect(results.filter((r) => r.intentOk).length / results.length, misses("intentOk")).toBeGreaterThanOrEqual(0.95);
  });

  it("gets at least 95% of date ranges exactly right", () => {
    expect(results.filter((r) => r.datesOk).length / results.length, misses("datesOk")).toBeGreaterThanOrEqual(0.95);
  });
});
