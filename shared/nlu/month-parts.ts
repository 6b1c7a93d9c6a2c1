/**
 * Weeks and halves of a month (NLU.md rule 7): "la primera semana de febrero" is 1 → 8 February,
 * "segunda quincena de enero" is 16 January → 1 February, "la última semana" the last seven nights.
 */
import { addDays, type IsoDate } from "../domain/dates";
import type { Stay } from "./holiday-stays";

const ORDINALS: Readonly<Record<string, number>> = {
  primer: 1, primera: 1, "1ra": 1, "1era": 1, "1er": 1, "1a": 1, first: 1, primeira: 1,
  segunda: 2, "2da": 2, "2a": 2, second: 2,
  tercera: 3, tercer: 3, "3ra": 3, "3era": 3, "3a": 3, third: 3, terceira: 3,
  cuarta: 4, "4ta": 4, "4a": 4, fourth: 4, quarta: 4,
};

const HALF = /^(?:quincena|quinzena|half|fortnight)$/;

const pad = (n: number) => String(n).padStart(2, "0");

/** The stay a month part names; "ultima"/"last" (any ordinal not in the table) is the last week. */
export function monthPartStay(ordinal: string, part: string, month: number, today: IsoDate): Stay {
  const nth = ORDINALS[ordinal] ?? 0;
  const build = (year: number): Stay => {
    const first = `${year}-${pad(month)}-01`;
    const nextMonth = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
    if (HALF.test(part)) {
      return nth === 1 ? { checkIn: first, checkOut: addDays(first, 15) } : { checkIn: addDays(first, 15), checkOut: nextMonth };
    }
    if (nth === 0) return { checkIn: addDays(nextMonth, -7), checkOut: nextMonth };
    return { checkIn: addDays(first, 7 * (nth - 1)), checkOut: addDays(first, 7 * nth) };
  };
  // Rule 4 applied to the part's first night: a part already begun this year means next year's.
  const thisYear = build(Number(today.slice(0, 4)));
  return thisYear.checkIn >= today ? thisYear : build(Number(today.slice(0, 4)) + 1);
}
