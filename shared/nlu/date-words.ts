/** Calendar and number words in Spanish, Portuguese and English, as they look after `normalize`. */

/** Full month names: alone ("en enero") they name a month, which NLU.md rule 8 cannot resolve. */
export const MONTH_NAMES: Readonly<Record<string, number>> = {
  enero: 1, janeiro: 1, january: 1,
  febrero: 2, fevereiro: 2, february: 2,
  marzo: 3, marco: 3, march: 3,
  abril: 4, april: 4,
  mayo: 5, maio: 5, may: 5,
  junio: 6, junho: 6, june: 6,
  julio: 7, julho: 7, july: 7,
  agosto: 8, august: 8,
  septiembre: 9, setiembre: 9, setembro: 9, september: 9,
  octubre: 10, outubro: 10, october: 10,
  noviembre: 11, novembro: 11, november: 11,
  diciembre: 12, dezembro: 12, december: 12,
};

// Abbreviations are only read next to a day number: alone, "mar" is the sea and "ago" is English.
const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  ene: 1, jan: 1, feb: 2, fev: 2, mar: 3, abr: 4, apr: 4, mai: 5, jun: 6, jul: 7,
  ago: 8, aug: 8, sep: 9, sept: 9, set: 9, oct: 10, out: 10, nov: 11, dic: 12, dec: 12, dez: 12,
};

/** Every month spelling, full or abbreviated. */
export const MONTHS: Readonly<Record<string, number>> = { ...MONTH_NAMES, ...MONTH_ABBREVIATIONS };

const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");

/** Regex alternation of every month spelling, longest first so "marzo" wins over "mar". */
export const ANY_MONTH = longestFirst(Object.keys(MONTHS));

/** Regex alternation of full month names only. */
export const FULL_MONTH = longestFirst(Object.keys(MONTH_NAMES));

/** Weekday names (0 = Sunday) in Spanish and English. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  domingo: 0, sunday: 0,
  lunes: 1, monday: 1,
  martes: 2, tuesday: 2,
  miercoles: 3, wednesday: 3,
  jueves: 4, thursday: 4,
  viernes: 5, friday: 5,
  sabado: 6, saturday: 6,
};

// Portuguese weekdays are ordinals ("segunda", "quinta") that Spanish uses for other things
// ("segunda quincena", "casa quinta"), so they are only read in Portuguese messages.
export const PORTUGUESE_WEEKDAYS: Readonly<Record<string, number>> = {
  domingo: 0, segunda: 1, terca: 2, quarta: 3, quinta: 4, sexta: 5, sabado: 6,
};

export const WEEKDAY_NAMES = longestFirst(Object.keys(WEEKDAYS));
export const PORTUGUESE_WEEKDAY_NAMES = longestFirst(Object.keys(PORTUGUESE_WEEKDAYS));

/** Small counts spelled out; "un"/"una" and friends are only counts when a noun follows. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, una: 1, uno: 1, um: 1, uma: 1, one: 1,
  dos: 2, dois: 2, duas: 2, two: 2,
  tres: 3, three: 3,
  cuatro: 4, quatro: 4, four: 4,
  cinco: 5, five: 5,
  seis: 6, six: 6,
  siete: 7, sete: 7, seven: 7,
  ocho: 8, oito: 8, eight: 8,
  nueve: 9, nove: 9, nine: 9,
  diez: 10, dez: 10, ten: 10,
  once: 11, onze: 11, eleven: 11,
  doce: 12, doze: 12, twelve: 12,
};

/** Regex alternation: a 1–2 digit number or a spelled-out count. */
export const COUNT = `\\d{1,2}|${longestFirst(Object.keys(NUMBER_WORDS))}`;

/** The value of a COUNT match. */
export function countValue(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? Number.NaN);
}
