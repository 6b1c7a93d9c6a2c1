import { stringify } from "csv-stringify/sync";

export type CsvDelimiter = "comma" | "semicolon";
export type CsvCell = string | number | null;

/** UTF-8's byte order mark: Excel reads the file as UTF-8 (accents intact) only when it starts with it. */
const BOM = "\uFEFF";

/**
 * A CSV file (RFC 4180: CRLF line ends, fields with the delimiter, quotes or line breaks quoted,
 * quotes doubled) streamed page by page: each page is read only when the client has taken the
 * previous one, so a year of a busy tenant never sits in memory. csv-stringify's synchronous
 * writer formats each page; the stream around it is the Workers runtime's own.
 */
export function csvStream(header: string[], pages: AsyncIterator<CsvCell[][]>, delimiter: CsvDelimiter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const options = { delimiter: delimiter === "semicolon" ? ";" : ",", record_delimiter: "\r\n" } as const;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + stringify([header], options)));
        return;
      }
      const next = await pages.next();
      if (next.done) {
        controller.close();
        return;
      }
      if (next.value.length > 0) controller.enqueue(encoder.encode(stringify(next.value, options)));
    },
    async cancel() {
      await pages.return?.();
    },
  });
}

/**
 * Text typed by people (guest names, notes) that a spreadsheet would run as a formula if it began
 * with = + - @ or a tab or carriage return, is written with a leading apostrophe (OWASP's advice).
 */
export function safeText(value: string | null): string {
  if (value === null) return "";
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Minor units as a decimal in major units, with the separator a spreadsheet of that delimiter
 * expects: a comma beside semicolons (Excel in es-AR, pt-BR), a point beside commas.
 */
export function decimal(minor: number, digits: number, delimiter: CsvDelimiter): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  if (digits === 0) return `${sign}${abs}`;
  const scale = 10 ** digits;
  const text = `${Math.floor(abs / scale)}${delimiter === "semicolon" ? "," : "."}${String(abs % scale).padStart(digits, "0")}`;
  return sign + text;
}

/** A ratio (0..1) with four decimals, in the delimiter's decimal separator. */
export function fraction(value: number, delimiter: CsvDelimiter): string {
  return decimal(Math.round(value * 10_000), 4, delimiter);
}
