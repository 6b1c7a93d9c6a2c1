/**
 * One canonical spelling of a guest message, so every extractor matches against plain
 * lowercase ASCII words: WhatsApp text arrives with or without accents, with stretched
 * letters ("holaaa"), emojis and chat abbreviations ("q", "xq", "tmb").
 */

import { fixMonthTypos } from "./month-typos";

// A few emojis carry meaning the extractors use; every other pictograph is dropped.
const MEANINGFUL_EMOJIS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u{1F415}\u{1F436}\u{1F429}\u{1F43E}\u{1F408}\u{1F431}\u{1F9AE}]/gu, " mascota "],
  [/\u{1F3CA}/gu, " pileta "],
  [/\u{1F44B}/gu, " hola "],
  [/\u{1F44D}/gu, " ok "],
];

const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}\u{20E3}]/gu;

// Whole-word chat spellings → the word the extractors know. Only unambiguous ones: "x" alone
// means "por" ("precio x noche"), but "2x1" or "4x4" are left alone because they are not words.
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  q: "que", k: "que", ke: "que", qe: "que", d: "de",
  xq: "porque", pq: "porque", porq: "porque", xk: "porque", pk: "porque",
  x: "por", xa: "para", pa: "para",
  tmb: "tambien", tb: "tambien", tmbn: "tambien", tambn: "tambien",
  xfa: "por favor", xfavor: "por favor", porfa: "por favor", porfis: "por favor", pf: "por favor",
  dsp: "despues", dps: "depois",
  vc: "voce", vcs: "voces", oq: "o que",
  hla: "hola", holis: "hola", holaa: "hola", buenass: "buenas",
  ta: "esta", tas: "estas", toy: "estoy", tamos: "estamos",
  dnd: "donde", bn: "bien", msj: "mensaje", ubi: "ubicacion",
  grs: "gracias", grax: "gracias", grcs: "gracias", gcias: "gracias", graciass: "gracias",
  obg: "obrigado", obgd: "obrigado", obgda: "obrigada",
  kiero: "quiero", kisiera: "quisiera", cuant: "cuanto", cuantoo: "cuanto", qto: "quanto", qnto: "quanto",
  wsp: "whatsapp", wpp: "whatsapp", whats: "whatsapp", wapp: "whatsapp",
  nro: "numero",
  hrs: "hs", hr: "hs",
  fds: "fim de semana",
  pls: "please", plz: "please", thx: "thanks",
};

// Apostrophes stay inside words so English "i'd" is not read as "i" + the chat "d" (de).
const WORD = /[a-z']+/g;

// "u$s" and "a/c" are symbols, not the chat words "u" (you) or "a".
function expandAbbreviation(word: string, at: number, text: string): string {
  const next = text[at + word.length];
  const previous = text[at - 1];
  if (next === "$" || next === "/" || previous === "/") return word;
  return ABBREVIATIONS[word] ?? word;
}

/** Lowercase, accent-free, emoji-light text with single spaces; digits, "/", "-", ".", ":", "$" and "%" survive for dates and prices. */
export function normalize(text: string): string {
  let out = text;
  for (const [emoji, word] of MEANINGFUL_EMOJIS) out = out.replace(emoji, word);
  out = out
    .replace(PICTOGRAPHS, " ")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    // "c/u" (each) and "c/" (with) use the slash that dates need, so spell them out first.
    .replace(/\bc\/u\b/g, " cada uno ")
    .replace(/\bc\/(?=\s*[a-z])/g, " con ")
    .replace(/[º°]/g, "°")
    // Punctuation that never carries meaning here; "." and "," only survive inside numbers.
    .replace(/[¿?¡!;"“”«»()[\]{}*_~|<>=]+/g, " ")
    .replace(/(?<!\d)[.,]|[.,](?!\d)/g, " ")
    .replace(/([a-z])\1{2,}/g, "$1")
    // "45 k" is a price, not the chat "k" for "que".
    .replace(/(\d)\s+k\b/g, "$1k")
    .replace(WORD, expandAbbreviation)
    .replace(/\s+/g, " ")
    .trim();
  return fixMonthTypos(out);
}

/** True when the message had no letters or digits at all (only emojis, stickers, punctuation). */
export function hasNoWords(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text.replace(PICTOGRAPHS, ""));
}
