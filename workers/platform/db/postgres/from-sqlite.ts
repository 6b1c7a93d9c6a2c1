import { getTableColumns, getTableName, is, SQL, type Column } from "drizzle-orm";
import {
  bigint,
  check,
  doublePrecision,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uniqueIndex,
  type PgColumn,
  type PgColumnBuilderBase,
  type PgTableWithColumns,
} from "drizzle-orm/pg-core";
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { postgresExpression } from "./expressions";

/**
 * Postgres tables made from the D1 tables in ../schema, so each table is defined once. Values are
 * stored the same way on both databases (times as epoch milliseconds in bigint, booleans as 0/1 in
 * smallint, JSON as text), so every column mapping drizzle does for the D1 table holds on Postgres,
 * a query written once reads the same values on both, and a tenant's rows copy across unchanged.
 */
const made = new Map<string, PgTableWithColumns<any>>();

/** The Postgres twin of a D1 table: same name, columns, keys, indexes and checks. */
export function postgresTable(table: SQLiteTable): PgTableWithColumns<any> {
  const name = getTableName(table);
  const existing = made.get(name);
  if (existing) return existing;

  const columns: Record<string, PgColumnBuilderBase> = {};
  for (const [key, column] of Object.entries(getTableColumns(table) as Record<string, SQLiteColumn>)) {
    columns[key] = postgresColumn(column);
  }
  const twin = pgTable(name, columns, (t) => {
    // Read lazily (drizzle calls this when the table's config is first asked for), so tables that
    // reference each other can be made in any order.
    const config = getTableConfig(table);
    const byName = (column: Column) => (t as Record<string, PgColumn>)[keyOf(table, column)]!;
    const extras = [];
    for (const pk of config.primaryKeys) {
      const [first, ...rest] = pk.columns.map(byName);
      extras.push(primaryKey({ columns: [first!, ...rest] }));
    }
    for (const ix of config.indexes) {
      const { name: indexName, columns: on, unique: isUnique, where } = ix.config;
      const [first, ...rest] = (on as Column[]).map(byName);
      const built = (isUnique ? uniqueIndex(indexName) : index(indexName)).on(first!, ...rest);
      extras.push(where ? built.where(postgresExpression(where)) : built);
    }
    for (const uc of config.uniqueConstraints) {
      extras.push(unique(uc.name).on(...(uc.columns.map(byName) as [PgColumn, ...PgColumn[]])));
    }
    for (const ck of config.checks) extras.push(check(ck.name, postgresExpression(ck.value)));
    for (const fk of config.foreignKeys) {
      const ref = fk.reference();
      const target = postgresTable(ref.foreignTable);
      const targetColumns = getTableColumns(target) as Record<string, PgColumn>;
      extras.push(
        foreignKey({
          name: fk.getName(),
          columns: ref.columns.map(byName) as [PgColumn, ...PgColumn[]],
          foreignColumns: ref.foreignColumns.map((c) => targetColumns[keyOf(ref.foreignTable, c)]!) as [PgColumn, ...PgColumn[]],
        }),
      );
    }
    return extras;
  });
  made.set(name, twin);
  return twin;
}

function keyOf(table: SQLiteTable, column: Column): string {
  const entry = Object.entries(getTableColumns(table)).find(([, c]) => c.name === column.name);
  if (!entry) throw new Error(`${getTableName(table)} has no column ${column.name}`);
  return entry[0];
}

/** The storage type that keeps the D1 column's values as they are (see the note at the top). */
function postgresColumn(column: SQLiteColumn): PgColumnBuilderBase {
  let builder;
  switch (column.columnType) {
    case "SQLiteText":
    case "SQLiteTextJson":
      builder = text(column.name);
      break;
    case "SQLiteInteger":
    case "SQLiteTimestamp":
      builder = bigint(column.name, { mode: "number" });
      break;
    case "SQLiteBoolean":
      builder = smallint(column.name);
      break;
    case "SQLiteReal":
      builder = doublePrecision(column.name);
      break;
    default:
      throw new Error(`${column.name}: no Postgres type for ${column.columnType} (add one in workers/platform/db/postgres/from-sqlite.ts)`);
  }
  const b = builder as unknown as {
    notNull(): unknown;
    primaryKey(): unknown;
    default(value: unknown): unknown;
    unique(name?: string): unknown;
  };
  if (column.primary) b.primaryKey();
  else if (column.notNull) b.notNull();
  if (column.hasDefault && column.default !== undefined) b.default(postgresDefault(column));
  if (column.isUnique) b.unique(column.uniqueName);
  return builder as unknown as PgColumnBuilderBase;
}

function postgresDefault(column: SQLiteColumn): unknown {
  const value = column.default;
  if (is(value, SQL)) return postgresExpression(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return value;
}
