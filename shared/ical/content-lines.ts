/**
 * iCalendar content lines (RFC 5545 §3.1), tolerant of what OTAs really send: a UTF-8 BOM,
 * CRLF, bare LF or both in one file, blank lines, and folds that cut a multibyte character in
 * two. Unfolding therefore happens on bytes, and only whole logical lines are decoded.
 */

export interface ContentLine {
  /** Upper-cased: property names are case-insensitive. */
  name: string;
  /** Parameter names upper-cased; values unquoted; a repeated or multi-valued parameter keeps its commas. */
  params: Record<string, string>;
  value: string;
}

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

/** Logical (unfolded) lines as decoded strings, blank lines dropped. */
export function unfoldedLines(input: Uint8Array | string): string[] {
  const bytes = typeof input === "string" ? encoder.encode(input) : input;
  let start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const lines: string[] = [];
  // Segments of the current logical line, between folds.
  let segments: Uint8Array[] = [];
  let i = start;
  while (i <= bytes.length) {
    const atEnd = i === bytes.length;
    if (!atEnd && bytes[i] !== LF) {
      i++;
      continue;
    }
    const end = i > start && bytes[i - 1] === CR ? i - 1 : i;
    segments.push(bytes.subarray(start, end));
    const next = atEnd ? -1 : (bytes[i + 1] ?? -1);
    if (next === SPACE || next === TAB) {
      // A fold: the break and exactly one whitespace byte vanish.
      start = i + 2;
      i = start;
      continue;
    }
    pushLine(lines, segments);
    segments = [];
    start = i + 1;
    i = start;
    if (atEnd) break;
  }
  return lines;
}

function pushLine(lines: string[], segments: Uint8Array[]) {
  let text: string;
  if (segments.length === 1) {
    text = decoder.decode(segments[0]);
  } else {
    const length = segments.reduce((sum, s) => sum + s.byteLength, 0);
    const joined = new Uint8Array(length);
    let offset = 0;
    for (const s of segments) {
      joined.set(s, offset);
      offset += s.byteLength;
    }
    text = decoder.decode(joined);
  }
  if (text.trim() !== "") lines.push(text);
}

/** Splits `NAME;PARAM=a;PARAM2="b:c":value`; colons and semicolons inside quotes belong to the parameter. */
export function parseContentLine(line: string): ContentLine | null {
  let i = 0;
  while (i < line.length && line[i] !== ";" && line[i] !== ":") i++;
  if (i === line.length) return null;
  const name = line.slice(0, i).trim().toUpperCase();
  const params: Record<string, string> = {};
  while (line[i] === ";") {
    i++;
    const eq = line.indexOf("=", i);
    if (eq === -1) return null;
    const key = line.slice(i, eq).trim().toUpperCase();
    i = eq + 1;
    const values: string[] = [];
    for (;;) {
      if (line[i] === '"') {
        const close = line.indexOf('"', i + 1);
        if (close === -1) return null;
        values.push(line.slice(i + 1, close));
        i = close + 1;
      } else {
        let j = i;
        while (j < line.length && line[j] !== ";" && line[j] !== ":" && line[j] !== ",") j++;
        values.push(line.slice(i, j));
        i = j;
      }
      if (line[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    params[key] = values.join(",");
  }
  if (line[i] !== ":") return null;
  return { name, params, value: line.slice(i + 1) };
}

export function contentLines(input: Uint8Array | string): ContentLine[] {
  const parsed: ContentLine[] = [];
  for (const line of unfoldedLines(input)) {
    const content = parseContentLine(line);
    if (content) parsed.push(content);
  }
  return parsed;
}

/** TEXT values (RFC 5545 §3.3.11): `\n`, `\,`, `\;` and `\\`. */
export function unescapeText(value: string): string {
  return value.replace(/\\([nN\\;,])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}
