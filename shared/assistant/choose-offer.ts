/**
 * Which of the stays just offered the guest means, in their own words: a number ("2", "la 2",
 * "opción 2"), an ordinal ("la primera", "the second", "a segunda"), a name or part of it
 * ("Robles", "la arrayán"), a kind ("la cabaña", "el depto", "a casa", "the apartment"),
 * the cheapest or the biggest, or a plain yes ("dale", "sí", "ok", "👍") when only one was on
 * the table. Several stays fitting the words is ambiguous; the dialog asks once, naming them.
 */
import { normalize } from "../nlu/index";

export interface ChoosableOffer {
  name: string;
  /** NLU unit type: cabana, departamento, casa; null for other kinds. */
  kind: string | null;
  capacity: number;
  total: number;
}

export type Choice = { kind: "one"; index: number } | { kind: "ambiguous"; candidates: number[] } | { kind: "none" };

const ORDINALS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:primer[oa]?|primeir[oa]|first|1st)\b/, 0],
  [/\b(?:segund[oa]|second|2nd)\b/, 1],
  [/\b(?:tercer[oa]?|terceir[oa]|third|3rd)\b/, 2],
  [/\b(?:cuart[oa]|quart[oa]|fourth|4th)\b/, 3],
];
const LAST = /\b(?:ultim[oa]|last)\b/;
const CHEAPEST = /\b(?:mas\s+(?:barat[oa]|economic[oa])|mais\s+(?:barat[oa]|economic[oa])|cheapest|cheaper\s+one|menos\s+car[oa])\b/;
const BIGGEST = /\b(?:mas\s+(?:grande|ampli[oa])|mais\s+(?:grande|ampl[oa])|maior|biggest|largest|bigger\s+one)\b/;
const SMALLEST = /\b(?:mas\s+(?:chic[oa]|chiquit[oa]|pequen[oa])|mais\s+pequen[oa]|menor|smallest|smaller\s+one)\b/;
// A bare number, alone or after the usual lead-ins: "2", "la 2", "opción 2", "quiero la 2", "offer:2".
const NUMBER = /^(?:offer:|(?:quiero|quero|me\s+quedo\s+con|reservame|reserva|la|el|lo|a|o|the|opcion|opcao|option|numero|number|nro|n°|#)\s*)*(\d)$/;
// Agreement to what was proposed. "ok" also stands for 👍 (see normalize).
const AGREEMENT =
  /^(?:(?:dale|si|sii|ok|okay|okey|va|vamos|perfecto|perfect|genial|listo|bueno|buenisimo|joya|de\s+una|claro|sim|isso|pode\s+ser|fechado|yes|yep|yeah|sure|great|por\s+favor|please|porfa|gracias|thanks|obrigad[oa]|esa|ese|esta|this\s+one|that\s+one|avancemos|reservala|reservalo|reservamela|reservamelo|la\s+quiero|lo\s+quiero|quiero\s+reservar|quero\s+reservar|book\s+it|hold\s+it|let'?s\s+do\s+it|go\s+ahead)\s*)+$/;
const LEAD = /^(?:(?:dale|si|ok|okay|bueno|listo|perfecto|entonces|yes|sim|va)\s+)+/;
const TAIL = /(?:\s+(?:por\s+favor|please|porfa|gracias|thanks|entonces|then|nomas|obrigad[oa]))+$/;

// Words that name a kind or join a name, never what sets one unit apart from another.
const GENERIC = new Set([
  "cabana", "cabanas", "cabanita", "chale", "chalet", "cabin", "depto", "departamento", "dpto", "apartamento", "apartment", "apto", "monoambiente", "loft",
  "casa", "house", "suite", "habitacion", "room", "unidad", "unit", "la", "el", "los", "las", "de", "del", "the", "a", "o", "do", "da", "y", "e", "and",
  "con", "com", "with", "vista", "view", "grande", "chica", "big", "small", "nueva", "nuevo",
]);

function distinctiveWords(name: string): string[] {
  return normalize(name)
    .split(" ")
    .filter((word) => word.length >= 3 && !GENERIC.has(word) && !/^\d+$/.test(word));
}

const hasWord = (text: string, word: string) => new RegExp(`(?:^|\\s)${word}(?:\\s|$)`).test(text);

/**
 * Reads the guest's choice among `offers` (in the order they were shown). `unitType` is what
 * the NLU read in the message; `text` is the message as written.
 */
export function chooseOffer(text: string, unitType: string | null, offers: readonly ChoosableOffer[]): Choice {
  if (offers.length === 0) return { kind: "none" };
  const said = normalize(text);
  const core = said.replace(LEAD, "").replace(TAIL, "").trim();
  const inRange = (index: number): Choice => (index >= 0 && index < offers.length ? { kind: "one", index } : { kind: "none" });

  const number = NUMBER.exec(core) ?? NUMBER.exec(said);
  if (number) return inRange(Number(number[1]) - 1);

  // Names first: "la arrayán" is one unit even when two are cabins.
  const byName = offers.map((offer, index) => ({ index, words: distinctiveWords(offer.name) })).filter(({ words }) => words.some((word) => hasWord(said, word)));
  let candidates = byName.map(({ index }) => index);
  if (candidates.length === 0 && unitType) candidates = offers.flatMap((offer, index) => (offer.kind === unitType ? [index] : []));
  const pool = candidates.length > 0 ? candidates : offers.map((_offer, index) => index);

  // Positions count within what the guest narrowed to ("la segunda cabaña"), or the whole list.
  const short = core.split(" ").length <= 6;
  if (short) {
    if (LAST.test(core)) return { kind: "one", index: pool.at(-1)! };
    for (const [pattern, position] of ORDINALS) if (pattern.test(core) && position < pool.length) return { kind: "one", index: pool[position]! };
  }
  const extreme = (pick: (a: ChoosableOffer, b: ChoosableOffer) => boolean) => pool.reduce((best, index) => (pick(offers[index]!, offers[best]!) ? index : best), pool[0]!);
  if (CHEAPEST.test(said)) return { kind: "one", index: extreme((a, b) => a.total < b.total) };
  if (BIGGEST.test(said)) return { kind: "one", index: extreme((a, b) => a.capacity > b.capacity) };
  if (SMALLEST.test(said)) return { kind: "one", index: extreme((a, b) => a.capacity < b.capacity) };

  if (candidates.length === 1) return { kind: "one", index: candidates[0]! };
  if (candidates.length > 1) return { kind: "ambiguous", candidates };
  if (AGREEMENT.test(said)) return offers.length === 1 ? { kind: "one", index: 0 } : { kind: "ambiguous", candidates: pool };
  return { kind: "none" };
}

/** A plain yes: "dale", "sí", "ok", "👍", "sim", "yes please". `said` is `normalize` output. */
export function isAgreement(said: string): boolean {
  return AGREEMENT.test(said);
}
