/** TEXT values (RFC 5545 §3.3.11): the four escapes both directions. */

/** Escapes backslash, semicolon, comma and newlines for a TEXT property value. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Undoes TEXT escaping: `\n` / `\N` → newline, `\\`, `\;`, `\,` → the character. Any other
 * backslash pair is kept as written, since producers that emit one meant nothing standard by it.
 */
export function unescapeText(value: string): string {
  return value.replace(/\\([nN\\;,])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}
