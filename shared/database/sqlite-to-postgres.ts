/**
 * Where SQLite and Postgres write the same query differently, in one place. Queries are written once,
 * in the SQLite dialect drizzle builds for D1; on Postgres each statement passes through here first:
 *
 * - placeholders: `?` and `?N` become `$N`, and `CAST($N AS text)` when tested with `IS [NOT] NULL`,
 *   where nothing else would tell Postgres its type (so such a parameter must otherwise be text);
 * - camelCase aliases (`AS tenantId`) are quoted, because Postgres folds unquoted names to
 *   lower case and the code reads the alias back as written;
 * - an upsert's conflict target names bare columns (`on conflict ("t"."id")` becomes `("id")`), as
 *   Postgres requires and drizzle's SQLite dialect does not do;
 * - `max(a, b)` and `min(a, b)` with two or more arguments (SQLite's scalar forms) become
 *   `greatest` and `least`;
 * - SQLite's date and time functions (`date`, `julianday`, `unixepoch`) become the `sqlite_*`
 *   functions that migrations-postgres/0002_sqlite_date_functions.sql defines with SQLite's meaning
 *   for the forms Posada uses (ISO days, `'+N days'`, `'unixepoch'`, `'subsec'`).
 *
 * Text in quotes (string literals and quoted names) is never changed. Anything else is left as it is
 * because it means the same on both (upserts with `excluded.`, `RETURNING`, `WITH RECURSIVE`, CASE,
 * coalesce, substr, replace, lower, `||`). A construct that is neither is a bug to fix here, not at
 * the query: tests/unit/db/sqlite-to-postgres.test.ts lists every form this module knows.
 */

const RENAMED_FUNCTIONS: Record<string, string> = {
  date: "sqlite_date",
  julianday: "sqlite_julianday",
  unixepoch: "sqlite_unixepoch",
};
const SCALAR_WHEN_SEVERAL_ARGUMENTS: Record<string, string> = { max: "greatest", min: "least" };

const cache = new Map<string, string>();

/** The Postgres text of a statement written for SQLite (memoised: statements repeat). */
export function toPostgresSql(sqlite: string): string {
  let translated = cache.get(sqlite);
  if (translated === undefined) {
    translated = unqualifyConflictTarget(rewriteFunctions(rewriteOutsideQuotes(sqlite)));
    if (cache.size > 2000) cache.clear();
    cache.set(sqlite, translated);
  }
  return translated;
}

/** Placeholders and capitalised aliases, in the parts of the text outside quotes. */
function rewriteOutsideQuotes(text: string): string {
  let out = "";
  let next = 1;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"') {
      const end = closingQuote(text, i);
      out += text.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "?") {
      let j = i + 1;
      while (j < text.length && /[0-9]/.test(text[j]!)) j++;
      let placeholder: string;
      if (j > i + 1) {
        const n = Number(text.slice(i + 1, j));
        placeholder = `$${n}`;
        next = Math.max(next, n + 1);
      } else {
        placeholder = `$${next++}`;
      }
      // Postgres types a parameter where it is first used; `? IS NULL` says nothing about its type
      // ("could not determine data type of parameter"), and nullness is the same in any type.
      out += /^\s+IS\s+(NOT\s+)?NULL\b/i.test(text.slice(j, j + 20)) ? `CAST(${placeholder} AS text)` : placeholder;
      i = j;
      continue;
    }
    const alias = /^AS\s+([A-Za-z_][A-Za-z0-9_]*)/i.exec(text.slice(i, i + 80));
    if (alias && (i === 0 || /[\s)]/.test(text[i - 1]!)) && /[A-Z]/.test(alias[1]!) && /[a-z]/.test(alias[1]!)) {
      out += `${text.slice(i, i + alias[0].length - alias[1]!.length)}"${alias[1]}"`;
      i += alias[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function closingQuote(text: string, start: number): number {
  const quote = text[start]!;
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}

/** Renamed functions, and max/min with several arguments. */
function rewriteFunctions(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"') {
      const end = closingQuote(text, i);
      out += text.slice(i, end);
      i = end;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 40));
    if (word && (i === 0 || !/[A-Za-z0-9_."$]/.test(text[i - 1]!))) {
      const name = word[0];
      const after = i + name.length;
      const lower = name.toLowerCase();
      if (text[after] === "(") {
        if (lower in RENAMED_FUNCTIONS) {
          out += RENAMED_FUNCTIONS[lower];
          i = after;
          continue;
        }
        if (lower in SCALAR_WHEN_SEVERAL_ARGUMENTS && topLevelCommas(text, after) > 0) {
          out += SCALAR_WHEN_SEVERAL_ARGUMENTS[lower];
          i = after;
          continue;
        }
      }
      out += name;
      i = after;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Commas directly inside the parenthesis that opens at `open`. */
function topLevelCommas(text: string, open: number): number {
  let depth = 0;
  let commas = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"') {
      i = closingQuote(text, i) - 1;
      continue;
    }
    if (ch === "(") depth++;
    else if (ch === ")") {
      depth--;
      if (depth === 0) return commas;
    } else if (ch === "," && depth === 1) commas++;
  }
  return commas;
}

/** `on conflict ("table"."column", …)` as `on conflict ("column", …)`. */
function unqualifyConflictTarget(text: string): string {
  return text.replace(/\bon conflict \(([^)]*)\)/gi, (_all, columns: string) => `on conflict (${columns.replace(/"[^"]+"\./g, "")})`);
}
