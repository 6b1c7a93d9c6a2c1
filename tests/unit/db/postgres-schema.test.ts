import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getTableName, is, sql } from "drizzle-orm";
import { getTableConfig as pgConfig, PgDialect, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as d1 from "../../../workers/platform/db/schema";
import * as postgres from "../../../workers/platform/db/postgres/schema";
import { postgresExpression, sqliteText } from "../../../workers/platform/db/postgres/expressions";

const d1Tables = Object.entries(d1).filter(([, t]) => is(t, SQLiteTable)) as [string, SQLiteTable][];
const pgTables = Object.entries(postgres).filter(([, t]) => is(t, PgTable)) as [string, PgTable][];

describe("Postgres tables made from the D1 tables", () => {
  it("has a Postgres twin, under the same export name, for every D1 table", () => {
    const missing = d1Tables.filter(([name]) => !(name in postgres)).map(([name]) => name);
    expect(missing, "add `export const <name> = postgresTable(d1.<name>);` to workers/platform/db/postgres/schema.ts").toEqual([]);
    expect(pgTables.map(([name]) => name).sort()).toEqual(d1Tables.map(([name]) => name).sort());
  });

  it("keeps names, columns, keys and indexes", () => {
    for (const [name, table] of d1Tables) {
      const twin = (postgres as unknown as Record<string, PgTable>)[name]!;
      const config = pgConfig(twin);
      expect(getTableName(twin)).toBe(getTableName(table));
      const source = sqliteConfig(table);
      expect(config.columns.map((c) => [c.name, c.notNull, c.primary])).toEqual(source.columns.map((c) => [c.name, c.notNull, c.primary]));
      expect(config.indexes.map((i) => [i.config.name, i.config.unique])).toEqual(source.indexes.map((i) => [i.config.name, i.config.unique]));
      expect(config.foreignKeys.length).toBe(source.foreignKeys.length);
    }
    const nights = pgConfig(postgres.calendarNights);
    expect(nights.primaryKeys[0]!.columns.map((c) => c.name)).toEqual(["accommodation_id", "night", "stay_id"]);
    const exclusive = nights.indexes.find((i) => i.config.name === "calendar_nights_exclusive_unique")!;
    expect(exclusive.config.unique).toBe(true);
    expect(new PgDialect().sqlToQuery(exclusive.config.where!).sql).toBe("exclusive = 1");
    const users = pgConfig(postgres.users);
    expect(users.foreignKeys.map((fk) => getTableName(fk.reference().foreignTable))).toEqual(["tenants"]);
  });

  it("numbers every autoincrement id that drizzle's SQLite dialect inserts as NULL, with a sequence and a trigger", () => {
    const migrations = readdirSync(path.join(import.meta.dirname, "../../../migrations-postgres"))
      .filter((f) => f.endsWith(".sql"))
      .map((f) => readFileSync(path.join(import.meta.dirname, "../../../migrations-postgres", f), "utf8"))
      .join("\n");
    const counters = d1Tables.flatMap(([, table]) =>
      sqliteConfig(table)
        .columns.filter((c) => (c as unknown as { autoIncrement?: boolean }).autoIncrement)
        .map((c) => ({ table: getTableName(table), column: c.name })),
    );
    expect(counters.length).toBeGreaterThan(0);
    for (const { table, column } of counters) {
      expect(migrations, `${table}.${column}: add its sequence and trigger as migrations-postgres/0006_autoincrement_ids.sql does`).toContain(
        `CREATE SEQUENCE ${table}_${column}_seq OWNED BY ${table}.${column}`,
      );
      expect(migrations).toContain(`BEFORE INSERT ON ${table} FOR EACH ROW`);
    }
  });

  it("stores values as D1 does: epoch milliseconds in bigint, booleans as 0/1, JSON as text", () => {
    const columns = Object.fromEntries(pgConfig(postgres.reservations).columns.map((c) => [c.name, c]));
    expect(columns.created_at!.getSQLType()).toBe("bigint");
    expect(columns.extension_used!.getSQLType()).toBe("smallint");
    expect(columns.extension_used!.default).toBe(0);
    const accommodations = Object.fromEntries(pgConfig(postgres.accommodations).columns.map((c) => [c.name, c]));
    expect(accommodations.pricing!.getSQLType()).toBe("text");
  });

  it("translates SQLite-only expressions and refuses one it does not know", () => {
    expect(new PgDialect().sqlToQuery(postgresExpression(sql`(unixepoch('subsec') * 1000)`)).sql).toContain("clock_timestamp()");
    expect(sqliteText(sql`removed_at IS NULL`)).toBe("removed_at IS NULL");
    expect(() => postgresExpression(sql`strftime('%s', 'now')`)).toThrow(/SQLite-only/);
  });
});
