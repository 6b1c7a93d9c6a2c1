/**
 * Argentine national holidays and tourist non-working days, 2026–2027.
 *
 * Source of truth: the tables in shared/NLU.md ("Holidays used (Argentina, national)").
 * 2026 is the official calendar (Ley 27.399, Decreto 614/2025). 2027 is COMPUTED from
 * Ley 27.399 (no official calendar was published yet) and its tourist days are not
 * known: when the decree appears, add rows with kind "tourist_day" (and fix any moved
 * holiday) here — nothing else needs to change. Keep rows sorted by date.
 */
import type { IsoDate } from "../dates";

/** "holiday": feriado or national non-working day by law; "tourist_day": día no laborable con fines turísticos, set by yearly decree. */
export type HolidayKind = "holiday" | "tourist_day";

/** One day off in the national calendar. */
export interface HolidayEntry {
  date: IsoDate;
  kind: HolidayKind;
  name: string;
}

/** First and last date the table is known to cover; outside it, no date counts as a holiday. */
export const AR_COVERAGE = { from: "2026-01-01", to: "2027-12-31" } as const;

/** The Argentine table, sorted by date. */
export const AR_HOLIDAYS: readonly HolidayEntry[] = [
  // 2026 — official
  { date: "2026-01-01", kind: "holiday", name: "Año Nuevo" },
  { date: "2026-02-16", kind: "holiday", name: "Carnaval" },
  { date: "2026-02-17", kind: "holiday", name: "Carnaval" },
  { date: "2026-03-23", kind: "tourist_day", name: "Día no laborable con fines turísticos" },
  { date: "2026-03-24", kind: "holiday", name: "Día Nacional de la Memoria por la Verdad y la Justicia" },
  { date: "2026-04-02", kind: "holiday", name: "Día del Veterano y de los Caídos en la Guerra de Malvinas" },
  { date: "2026-04-03", kind: "holiday", name: "Viernes Santo" },
  { date: "2026-05-01", kind: "holiday", name: "Día del Trabajador" },
  { date: "2026-05-25", kind: "holiday", name: "Día de la Revolución de Mayo" },
  { date: "2026-06-15", kind: "holiday", name: "Paso a la Inmortalidad del General Güemes (17/6, trasladado)" },
  { date: "2026-06-20", kind: "holiday", name: "Paso a la Inmortalidad del General Belgrano" },
  { date: "2026-07-09", kind: "holiday", name: "Día de la Independencia" },
  { date: "2026-07-10", kind: "tourist_day", name: "Día no laborable con fines turísticos" },
  { date: "2026-08-17", kind: "holiday", name: "Paso a la Inmortalidad del General San Martín" },
  { date: "2026-10-12", kind: "holiday", name: "Día del Respeto a la Diversidad Cultural" },
  { date: "2026-11-23", kind: "holiday", name: "Día de la Soberanía Nacional (20/11, trasladado)" },
  { date: "2026-12-07", kind: "tourist_day", name: "Día no laborable con fines turísticos" },
  { date: "2026-12-08", kind: "holiday", name: "Inmaculada Concepción de María" },
  { date: "2026-12-25", kind: "holiday", name: "Navidad" },

  // 2027 — computed from Ley 27.399 (Easter 2027 = 28 March); tourist days: unknown, add by decree
  { date: "2027-01-01", kind: "holiday", name: "Año Nuevo" },
  { date: "2027-02-08", kind: "holiday", name: "Carnaval" },
  { date: "2027-02-09", kind: "holiday", name: "Carnaval" },
  { date: "2027-03-24", kind: "holiday", name: "Día Nacional de la Memoria por la Verdad y la Justicia" },
  // Jueves Santo is a non-working day by law (Ley 27.399), not a tourist day, so it counts as "holiday".
  { date: "2027-03-25", kind: "holiday", name: "Jueves Santo (día no laborable)" },
  { date: "2027-03-26", kind: "holiday", name: "Viernes Santo" },
  { date: "2027-04-02", kind: "holiday", name: "Día del Veterano y de los Caídos en la Guerra de Malvinas" },
  { date: "2027-05-01", kind: "holiday", name: "Día del Trabajador" },
  { date: "2027-05-25", kind: "holiday", name: "Día de la Revolución de Mayo" },
  { date: "2027-06-20", kind: "holiday", name: "Paso a la Inmortalidad del General Belgrano" },
  { date: "2027-06-21", kind: "holiday", name: "Paso a la Inmortalidad del General Güemes (17/6, trasladado)" },
  { date: "2027-07-09", kind: "holiday", name: "Día de la Independencia" },
  { date: "2027-08-16", kind: "holiday", name: "Paso a la Inmortalidad del General San Martín (17/8, trasladado)" },
  { date: "2027-10-11", kind: "holiday", name: "Día del Respeto a la Diversidad Cultural (12/10, trasladado)" },
  { date: "2027-11-20", kind: "holiday", name: "Día de la Soberanía Nacional" },
  { date: "2027-12-08", kind: "holiday", name: "Inmaculada Concepción de María" },
  { date: "2027-12-25", kind: "holiday", name: "Navidad" },
];
