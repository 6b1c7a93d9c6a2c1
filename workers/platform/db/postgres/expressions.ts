import { sql, type SQL } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";

const sqlite = new SQLiteSyncDialect();

/**
 * The SQLite expressions in table definitions (defaults, partial-index predicates, checks) that
 * Postgres writes differently, each with its Postgres form. Anything not listed is standard SQL and
 * is used as it is; a table that needs a new SQLite-only expression adds its translation here.
 */
const TRANSLATIONS: Record<string, string> = {
  // Now as epoch milliseconds with the fraction, like unixepoch('subsec') * 1000.
  "(unixepoch('subsec') * 1000)": "(floor(extract(epoch from clock_timestamp()) * 1000)::bigint)",
  "(unixepoch() * 1000)": "(floor(extract(epoch from clock_timestamp())) * 1000)::bigint",
  "(unixepoch())": "(floor(extract(epoch from clock_timestamp()))::bigint)",
};

/** The SQLite function names that have no meaning on Postgres; an untranslated one is a mistake. */
const SQLITE_ONLY = /\b(unixepoch|strftime|datetime|julianday|json_extract|ifnull|instr|printf)\s*\(/i;

/** The text of an expression written for SQLite (inline, no parameters). */
export function sqliteText(expression: SQL): string {
  const { sql: text, params } = sqlite.sqlToQuery(expression);
  if (params.length > 0) throw new Error(`table expressions must be inline SQL, got parameters in: ${text}`);
  return text;
}

/** The Postgres form of an expression from a D1 table definition. */
export function postgresExpression(expression: SQL): SQL {
  const text = sqliteText(expression);
  const translated = TRANSLATIONS[text] ?? text;
  if (SQLITE_ONLY.test(translated)) {
    throw new Error(`"${text}" is SQLite-only: add its Postgres form to workers/platform/db/postgres/expressions.ts`);
  }
  return sql.raw(translated);
}
