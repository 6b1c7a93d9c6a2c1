import { getTableName } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/sqlite-core";
import { exportedColumns, type ExportKind } from "./export-kinds";

export type ExportRow = Record<string, string | number | null>;

/** Rows per read: small enough that a page of messages stays a few hundred kilobytes. */
export const PAGE_SIZE = 500;

/** The table's key columns, so pages come in a stable order and an export is reproducible. */
function keyColumns(kind: ExportKind): string[] {
  const config = getTableConfig(kind.table);
  const single = config.columns.filter((c) => c.primary).map((c) => c.name);
  if (single.length > 0) return single;
  const composite = config.primaryKeys[0]?.columns.map((c) => c.name);
  return composite && composite.length > 0 ? composite : config.columns.map((c) => c.name);
}

export function columnsOf(kind: ExportKind): string[] {
  return exportedColumns(
    kind,
    getTableConfig(kind.table).columns.map((c) => c.name),
  );
}

/**
 * The tenant's rows of one kind, a page at a time, as the database stores them (JSON columns stay
 * the text they are, so an import writes back exactly what was read).
 */
export async function* tenantPages(db: D1Database, kind: ExportKind, tenantId: string): AsyncGenerator<ExportRow[]> {
  const table = getTableName(kind.table);
  const owner = table === "tenants" ? "id" : "tenant_id";
  const columns = columnsOf(kind);
  const list = columns.map((c) => `"${c}"`).join(", ");
  const order = keyColumns(kind)
    .map((c) => `"${c}"`)
    .join(", ");
  const where = `"${owner}" = ?1${kind.where ? ` AND (${kind.where})` : ""}`;
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const { results } = await db.prepare(`SELECT ${list} FROM "${table}" WHERE ${where} ORDER BY ${order} LIMIT ?2 OFFSET ?3`).bind(tenantId, PAGE_SIZE, offset).all<ExportRow>();
    if (results.length > 0) yield results;
    if (results.length < PAGE_SIZE) return;
  }
}
