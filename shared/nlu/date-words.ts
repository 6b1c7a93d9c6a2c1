/** Month names and abbreviations in Spanish, Portuguese and English, accent-free. */
export const MONTHS: Record<string, number> = {
  enero: 1, ene: 1, january: 1, jan: 1, janeiro: 1,
  febrero: 2, feb: 2, february: 2, fevereiro: 2, fev: 2,
  marzo: 3, mar: 3, march: 3, marco: 3,
  abril: 4, abr: 4, april: 4, apr: 4,
  mayo: 5, may: 5, maio: 5, mai: 5,
  junio: 6, jun: 6, june: 6, junho: 6,
  julio: 7, jul: 7, july: 7, julho: 7,
  agosto: 8, ago: 8, august: 8, aug: 8,
  septiembre: 9, setiembre: 9, sep: 9, sept: 9, set: 9, september: 9, setembro: 9,
  octubre: 10, oct: 10, october: 10, outubro: 10, out: 10,
  noviembre: 11, nov: 11, november: 11, novembro: 11,
  diciembre: 12, dic: 12, december: 12, dec: 12, dezembro: 12, dez: 12,
};

export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Weekday names (0 = Sunday), accent-free. */
export const WEEKDAYS: Record<string, number> = {
  domingo: 0, sunday: 0,
  lunes: 1, monday: 1, segunda: 1,
  martes: 2, tuesday: 2, terca: 2,
  miercoles: 3, wednesday: 3, quarta: 3,
  jueves: 4, thursday: 4, quinta: 4,
  viernes: 5, friday: 5, sexta: 5,
  sabado: 6, saturday: 6,
};

export const NUMBER_WORDS: Record<string, number> = {
  una: 1, un: 1, uma: 1, um: 1, one: 1, a: 1,
  dos: 2, duas: 2, two: 2,
  tres: 3, three: 3,
  cuatro: 4, quatro: 4, four: 4,
  cinco: 5, five: 5,
  seis: 6, six: 6,
  siete: 7, sete: 7, seven: 7,
  ocho: 8, oito: 8, eight: 8,
  nueve: 9, nove: 9, nine: 9,
  diez: 10, dez: 10, ten: 10,
};
