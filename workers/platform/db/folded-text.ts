import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

/**
 * Accent- and case-free text, so a search for "gomez" finds "Gómez" and "ÑANDÚ" finds "ñandú".
 * SQLite's LIKE and lower() fold ASCII letters only, and D1 has no ICU or unaccent, so the letters
 * Spanish and Portuguese names use are mapped one by one; JavaScript folds the search text the same way.
 */
const ACCENTED: ReadonlyArray<readonly [string, string]> = [
  ["á", "a"], ["à", "a"], ["â", "a"], ["ã", "a"], ["ä", "a"],
  ["é", "e"], ["è", "e"], ["ê", "e"], ["ë", "e"],
  ["í", "i"], ["ì", "i"], ["î", "i"], ["ï", "i"],
  ["ó", "o"], ["ò", "o"], ["ô", "o"], ["õ", "o"], ["ö", "o"],
  ["ú", "u"], ["ù", "u"], ["û", "u"], ["ü", "u"],
  ["ñ", "n"], ["ç", "c"],
];
const ALL_ACCENTED = ACCENTED.flatMap(([from, to]) => [[from, to], [from.toUpperCase(), to]] as const);

// Written as SQL literals, not bound parameters: D1 allows 100 parameters per statement, and a few
// folded columns would take them all. The letters are constants of this file, never user input.
const OPENING = sql.raw("replace(".repeat(ALL_ACCENTED.length));
const CLOSING = sql.raw(ALL_ACCENTED.map(([from, to]) => `, '${from}', '${to}')`).join(""));

/** The column's text folded in SQL: lowercase ASCII with the accents above removed. */
export function foldedColumn(column: SQLWrapper): SQL {
  return sql`lower(${OPENING}${column}${CLOSING})`;
}

/** The same folding for text in JavaScript. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
