/**
 * Bytes → logical content lines (RFC 5545 §3.1), tolerant of what OTAs really send: a UTF-8
 * BOM, CRLF, bare LF or both in one file, blank lines, and folds that cut a multibyte character
 * in two. That last one is why unfolding runs on bytes and decoding only afterwards.
 */

export interface ContentLine {
  /** Upper-cased, because property names are case-insensitive. */
  name: string;
  /** Keys upper-cased; quotes removed; a multi-valued parameter keeps its commas. */
  params: Record<string, string>;
  /** Raw value, still TEXT-escaped where the property's type says so. */
  value: string;
}

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

const encoder = new TextEncoder();
// Not fatal: one stray Latin-1 byte in a guest name must not cost the whole feed. The BOM is
// stripped explicitly (withoutBom), so the decoder is told to leave it alone.
const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

function withoutBom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** Logical lines, unfolded and decoded; blank lines are dropped. */
export function unfoldLines(input: Uint8Array | string): string[] {
  const bytes = withoutBom(typeof input === "string" ? encoder.encode(input) : input);
  // Copy the bytes between line breaks, leaving out breaks that are folds, then decode once:
  // far cheaper than decoding thousands of short lines one by one.
  const out = new Uint8Array(bytes.length);
  let length = 0;
  let start = 0;
  while (start < bytes.length) {
    let lineFeed = bytes.indexOf(LF, start);
    if (lineFeed === -1) lineFeed = bytes.length;
    const end = lineFeed > start && bytes[lineFeed - 1] === CR ? lineFeed - 1 : lineFeed;
    // Short lines copy faster byte by byte than through a subarray view.
    if (end - start < 48) for (let i = start; i < end; i++) out[length++] = bytes[i]!;
    else {
      out.set(bytes.subarray(start, end), length);
      length += end - start;
    }
    const next = bytes[lineFeed + 1];
    if (next === SPACE || next === TAB) {
      // A fold: the line break and exactly one whitespace byte vanish.
      start = lineFeed + 2;
      continue;
    }
    out[length++] = LF;
    start = lineFeed + 1;
  }
  const lines = decoder.decode(out.subarray(0, length)).split("\n");
  return lines.filter((line) => line.trim() !== "");
}

/** iana-token / x-name characters: letters, digits, "-" (and "_", which some producers use). */
function isName(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isLetterOrDigit = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (!isLetterOrDigit && c !== 0x2d && c !== 0x5f) return false;
  }
  return true;
}

/**
 * Splits `NAME;KEY=a;KEY2="b:c;d":value`. Colons, semicolons and commas inside quotes belong
 * to the parameter. Answers null when the line is not a content line at all.
 */
export function parseContentLine(line: string): ContentLine | null {
  const colon = line.indexOf(":");
  if (colon === -1) return null;
  const quote = line.indexOf('"');
  // Most lines have no quoted parameter before the value: split them with indexOf alone.
  if (quote === -1 || quote > colon) {
    const semicolon = line.indexOf(";");
    const head = semicolon === -1 || semicolon > colon ? line.slice(0, colon) : line.slice(0, semicolon);
    const name = head.trim();
    if (!isName(name)) return null;
    const params: Record<string, string> = {};
    if (semicolon !== -1 && semicolon < colon) {
      for (const param of line.slice(semicolon + 1, colon).split(";")) {
        const eq = param.indexOf("=");
        const key = (eq === -1 ? param : param.slice(0, eq)).trim().toUpperCase();
        if (key) params[key] = eq === -1 ? "" : param.slice(eq + 1);
      }
    }
    return { name: name.toUpperCase(), params, value: line.slice(colon + 1) };
  }
  return parseQuotedContentLine(line);
}

function parseQuotedContentLine(line: string): ContentLine | null {
  let i = 0;
  while (i < line.length && line[i] !== ";" && line[i] !== ":") i++;
  const name = line.slice(0, i).trim();
  if (i === line.length || !isName(name)) return null;
  const params: Record<string, string> = {};
  while (line[i] === ";") {
    i++;
    let keyEnd = i;
    while (keyEnd < line.length && line[keyEnd] !== "=" && line[keyEnd] !== ";" && line[keyEnd] !== ":") keyEnd++;
    const key = line.slice(i, keyEnd).trim().toUpperCase();
    i = keyEnd;
    const values: string[] = [];
    if (line[i] === "=") {
      i++;
      for (;;) {
        if (line[i] === '"') {
          const close = line.indexOf('"', i + 1);
          if (close === -1) return null;
          values.push(line.slice(i + 1, close));
          i = close + 1;
        } else {
          let end = i;
          while (end < line.length && line[end] !== ";" && line[end] !== ":" && line[end] !== ",") end++;
          values.push(line.slice(i, end));
          i = end;
        }
        if (line[i] !== ",") break;
        i++;
      }
    }
    if (key) params[key] = values.join(",");
  }
  if (line[i] !== ":") return null;
  return { name: name.toUpperCase(), params, value: line.slice(i + 1) };
}

/** Parsed content lines of a whole input; `onInvalid` hears about lines that are not content lines. */
export function contentLines(input: Uint8Array | string, onInvalid?: (line: string) => void): ContentLine[] {
  const parsed: ContentLine[] = [];
  for (const line of unfoldLines(input)) {
    const content = parseContentLine(line);
    if (content) parsed.push(content);
    else onInvalid?.(line);
  }
  return parsed;
}
