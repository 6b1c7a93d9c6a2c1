/**
 * Numbers that are neither dates nor guest counts (NLU.md rule 10): prices, phone numbers,
 * DNI and booking numbers, times, temperatures, percentages, ages and counts of things.
 * They are blanked out (same length, so positions still line up) before dates or guests are read.
 */

const PRICE_WORDS = "k|mil|lucas|luquitas|palos|usd|u\\$s|dolares|dolar|dollars|bucks|pesos|mangos|reais|reales|real|euros|ars";

const PRICES = [
  /(?:\$|u\$s|us\$|usd|ars|r\$|€|eur)\s*\d[\d.,]*(?:\s*(?:k|mil|lucas|usd|dolares|pesos|reais))?/g,
  new RegExp(`\\b\\d[\\d.,]*\\s*(?:${PRICE_WORDS})\\b`, "g"),
  // Argentine thousands ("45.000", DNI "30.123.456") are never dates.
  /\b\d{1,3}(?:\.\d{3})+(?:,\d+)?\b/g,
];

const PERCENTAGES = /\b\d+(?:[.,]\d+)?\s*(?:%|por ?ciento|percent)/g;

const TIMES = [
  /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|hs|h|horas|hours|o'?clock)\b/g,
  /\b\d{1,2}:\d{2}\b/g,
  /\b(?:a|as|at|tipo|a eso de|alrededor de|around|antes de|despues de|desde|hasta|entre)\s+las?\s+\d{1,2}(?:\s*y\s*(?:media|cuarto))?\b/g,
  // "llegamos tipo 10", but not "familia tipo 2 adultos" or "at 5/1".
  /\b(?:at|around|tipo|as)\s+\d{1,2}\b(?!\s*[/a-z])/g,
  /\b\d{1,2}\s+(?:de|da)\s+la\s+(?:manana|tarde|noche|madrugada)\b/g,
  /\b\d{1,2}\s+(?:in the|da|de)\s+(?:morning|afternoon|evening|manha|noite)\b/g,
];

const TEMPERATURES = /\b\d{1,2}\s*(?:grados|degrees|graus|°\s*c?(?!\s*(?:de|\/)))/g;

// Counts of things other than people and nights (ages, cars, dogs, rooms, distances, waits).
const THINGS =
  "anos|anitos|meses|years?|months?|autos?|coches?|carros?|camionetas?|motos?|vehiculos?|cars?|perros?|perritos?|perras?|gatos?|mascotas?|dogs?|cats?|pets?|cachorros?|" +
  "camas?|habitaciones|habitacion|dormitorios?|cuartos?|banos?|ambientes?|beds?|bedrooms?|rooms?|quartos?|" +
  "cuadras?|metros?|mts|km|kms|kilometros?|minutos?|mins?|horas?|blocks?|miles?|minutes?|hours?|quadras?|" +
  "estrellas|stars|fotos?|mensajes?|veces|times|pisos?|toallas?|sillas?";

const COUNTS_OF_THINGS = new RegExp(`\\b\\d+\\s*(?:${THINGS})\\b`, "g");

// People are counted by guests.ts; for dates their numbers only get in the way ("de 2 a 4 personas").
const PEOPLE =
  /\b\d{1,2}\s*(?:personas?|adultos?|adultas?|mayores|menores|pax|huespedes|nenes?|nenas?|ninos?|ninas?|chicos?|hijos?|hijas?|bebes?|people|persons|guests|adults?|kids?|children|pessoas|criancas?|hospedes|filhos?|parejas|couples|casais|familias|families)\b/g;

// "nenes de 5 y 8 años": ages after a child noun.
const AGES = /\bde\s+\d{1,2}(?:\s*(?:,|y|e|and)\s*\d{1,2})*\s*(?:anos|anitos|meses|years|months)\b/g;

// Phone, DNI, CBU and booking numbers: long digit runs, optionally split by spaces or dashes.
const LONG_NUMBERS = /\+?\d[\d\s()-]{5,}\d/g;
const BOOKING_REFERENCES = /(?:#\s*\d+|\b(?:numero|reserva|codigo|cod|id|dni|cuit|cuil|cbu|cvu|booking|order|pedido|operacion)\s*(?:de reserva\s*)?:?\s*#?\s*[a-z]{0,3}\d{3,}\b)/g;

// "24/7" is opening hours, not the 24th of July.
const ALWAYS = /\b24\s*\/\s*7\b/g;

const blank = (match: string) => " ".repeat(match.length);

function blankLongNumbers(text: string): string {
  return text.replace(LONG_NUMBERS, (match) => ((match.match(/\d/g)?.length ?? 0) >= 8 ? blank(match) : match));
}

function blankAll(text: string, patterns: readonly RegExp[]): string {
  let out = text;
  for (const pattern of patterns) out = out.replace(pattern, blank);
  return out;
}

/** Text with every number that names money, a phone, an ID, a time, a temperature or a percentage blanked out. */
function maskMoneyPhonesAndTimes(text: string): string {
  return blankAll(blankLongNumbers(blankAll(text, [BOOKING_REFERENCES, ...PRICES])), [PERCENTAGES, ...TIMES, TEMPERATURES, ALWAYS]);
}

/** As `maskMoneyPhonesAndTimes`, plus ages and counts of things (cars, dogs, rooms, distances): what guest counts are not. */
export function maskNonGuests(text: string): string {
  return blankAll(maskMoneyPhonesAndTimes(text), [AGES, COUNTS_OF_THINGS]);
}

/** As `maskNonGuests`, plus counts of people: what dates are not. */
export function maskNonDates(text: string): string {
  return blankAll(maskMoneyPhonesAndTimes(text), [AGES, COUNTS_OF_THINGS, PEOPLE]);
}
