import { eq, getTableName } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/sqlite-core";
import { strFromU8, unzipSync } from "fflate";
import { restoreInput, type RestoreInput } from "../../durable-objects/calendar/restore";
import { log } from "../../shared/log";
import { calendarCopyOf } from "../accommodations/calendar-copy";
import { sealedNewIcalToken, type AccommodationRow } from "../accommodations/accommodations";
import { calendarOf } from "../bookings/calendar";
import { sealedNewExportToken } from "../ical/feeds";
import type { Database } from "../platform/db/client";
import { accommodations } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { AppError } from "../platform/errors";
import { EXPORT_FORMAT, EXPORT_KINDS, EXPORT_VERSION, type ExportKind } from "./export-kinds";
import { IdRemap } from "./id-remap";
import type { ExportRow } from "./table-pages";

/** The largest export an import takes in one request (the ZIP as uploaded). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** What its JSON files may add up to once inflated: the import holds them in memory at once. */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

export interface ImportSummary {
  imported: Record<string, number>;
  skipped: string[];
}

const invalid = (detail: string) => new AppError(422, "import_invalid", detail);

/** The export's JSON files by kind, read from the ZIP (the CSVs are for people and are not read back). */
function readExport(zip: Uint8Array): { manifest: { tenantId: string }; files: Map<string, ExportRow[]> } {
  let inflated = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, {
      filter: (file) => {
        if (!file.name.endsWith(".json")) return false;
        inflated += file.originalSize;
        if (inflated > MAX_INFLATED_BYTES) throw invalid(`The export's files add up to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MB`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid("The body is not a ZIP file");
  }
  const parse = (name: string): unknown => {
    const bytes = entries[name];
    if (!bytes) return undefined;
    try {
      return JSON.parse(strFromU8(bytes));
    } catch {
      throw invalid(`${name} is not JSON`);
    }
  };
  const manifest = parse("manifest.json") as { format?: unknown; version?: unknown; tenantId?: unknown } | undefined;
  if (!manifest || manifest.format !== EXPORT_FORMAT) throw invalid("This is not a Posada export (manifest.json is missing or of another format)");
  if (manifest.version !== EXPORT_VERSION) throw invalid(`This export is of version ${String(manifest.version)}; this deployment reads version ${EXPORT_VERSION}`);
  if (typeof manifest.tenantId !== "string") throw invalid("manifest.json names no tenant");
  const files = new Map<string, ExportRow[]>();
  for (const kind of EXPORT_KINDS) {
    const rows = parse(`${kind.file}.json`);
    if (rows === undefined) continue;
    if (!Array.isArray(rows) || rows.some((r) => typeof r !== "object" || r === null || Array.isArray(r))) throw invalid(`${kind.file}.json is not a list of rows`);
    files.set(kind.file, rows as ExportRow[]);
  }
  return { manifest: { tenantId: manifest.tenantId }, files };
}

/** A tenant that already has units, guests' threads, reservations or messages set up is not fresh. */
async function assertFresh(env: Env, tenantId: string): Promise<void> {
  const row = await env.DB.prepare(
    `SELECT (SELECT count(*) FROM accommodations WHERE tenant_id = ?1) + (SELECT count(*) FROM conversations WHERE tenant_id = ?1)
       + (SELECT count(*) FROM reservations WHERE tenant_id = ?1) + (SELECT count(*) FROM calendar_stays WHERE tenant_id = ?1) AS n`,
  )
    .bind(tenantId)
    .first<{ n: number }>();
  if ((row?.n ?? 0) > 0) throw new AppError(409, "tenant_not_empty", "An export is imported into a new, empty tenant only: this one has units, conversations or reservations already");
}

/** Settings kept one row per tenant: the export's values replace the new tenant's, keeping secrets it already set. */
const isTenantSingleton = (kind: ExportKind) => getTableConfig(kind.table).columns.some((c) => c.primary && c.name === "tenant_id");

function insertStatement(env: Env, kind: ExportKind, row: ExportRow): D1PreparedStatement {
  const table = getTableName(kind.table);
  const known = new Set(getTableConfig(kind.table).columns.map((c) => c.name));
  const columns = Object.keys(row);
  const unknown = columns.find((c) => !known.has(c));
  if (unknown) throw invalid(`${kind.file}.json has a column this deployment does not take: ${unknown}`);
  const updates = columns.filter((c) => c !== "tenant_id").map((c) => `"${c}" = excluded."${c}"`);
  const upsert = isTenantSingleton(kind) && updates.length > 0 ? ` ON CONFLICT ("tenant_id") DO UPDATE SET ${updates.join(", ")}` : "";
  return env.DB.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `?${i + 1}`).join(", ")})${upsert}`).bind(
    ...columns.map((c) => row[c] ?? null),
  );
}

/**
 * Imports an export into a fresh tenant: ids remapped, rows written in one database batch (all or
 * nothing), then each accommodation's reservations, payments and blocks handed to its calendar
 * object, which owns them and writes the read model. Secrets are not in an export: providers,
 * WhatsApp and partner webhooks are connected again, and the team is invited again.
 */
export async function importTenant(db: Database, env: Env, secretsKey: string, tenantId: string, zip: Uint8Array): Promise<ImportSummary> {
  const { manifest, files } = readExport(zip);
  if (manifest.tenantId === tenantId) throw new AppError(409, "tenant_not_empty", "This export is of this very tenant");
  await assertFresh(env, tenantId);

  const ids = new IdRemap(manifest.tenantId, tenantId);
  const importing = EXPORT_KINDS.filter((k) => k.import !== "none" && files.has(k.file));
  // Every id first (accommodations before reservations, whose ids are made from theirs), then every row.
  for (const kind of importing) {
    for (const row of files.get(kind.file)!) {
      if (kind.file === "reservations" && typeof row.id === "string" && typeof row.accommodation_id === "string") ids.addReservation(row.id, row.accommodation_id);
      else if (typeof row.id === "string") ids.add(row.id);
    }
  }
  const mapped = new Map(importing.map((k) => [k.file, files.get(k.file)!.map((row) => ids.row(row))]));

  // The calendars' share, checked whole before anything is written.
  const restores = new Map<string, RestoreInput>();
  const restoreOf = (accommodationId: unknown) => {
    if (typeof accommodationId !== "string") throw invalid("A reservation or block names no accommodation");
    let entry = restores.get(accommodationId);
    if (!entry) restores.set(accommodationId, (entry = { tenantId, accommodationId, reservations: [], blocks: [] }));
    return entry;
  };
  const paymentsOf = new Map<string, ExportRow[]>();
  for (const p of mapped.get("payments") ?? []) paymentsOf.set(String(p.reservation_id), [...(paymentsOf.get(String(p.reservation_id)) ?? []), p]);
  for (const r of mapped.get("reservations") ?? []) restoreOf(r.accommodation_id).reservations.push({ ...r, payments: paymentsOf.get(String(r.id)) ?? [] } as never);
  for (const b of mapped.get("blocks") ?? []) restoreOf(b.accommodation_id).blocks.push(b as never);
  const unitIds = new Set((mapped.get("accommodations") ?? []).map((a) => a.id));
  for (const [accommodationId, input] of restores) {
    if (!unitIds.has(accommodationId)) throw invalid(`Reservations name an accommodation the export does not have (${accommodationId})`);
    const parsed = restoreInput.safeParse(input);
    if (!parsed.success) throw invalid(`reservations.json or payments.json: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
    restores.set(accommodationId, parsed.data);
  }

  const statements: D1PreparedStatement[] = [];
  // Every tenant starts with the default steps and their templates; an export brings its own
  // instead. Steps first (they name templates), then templates.
  for (const file of ["message_steps", "message_templates"]) {
    if ((files.get(file)?.length ?? 0) > 0) statements.push(env.DB.prepare(`DELETE FROM "${file}" WHERE tenant_id = ?1`).bind(tenantId));
  }
  const imported: Record<string, number> = {};
  for (const kind of importing) {
    const rows = mapped.get(kind.file)!;
    imported[kind.file] = rows.length;
    if (kind.import !== "rows") continue;
    for (const row of rows) {
      const complete = { ...row };
      // Capabilities of the old tenant are not carried over: each unit and feed gets a new export URL.
      if (kind.table === accommodations) complete.ical_token_sealed = await sealedNewIcalToken(secretsKey, { tenantId, id: String(row.id) });
      if (kind.file === "ical_feeds") complete.export_token_sealed = await sealedNewExportToken(secretsKey, { tenantId, id: String(row.id) });
      statements.push(insertStatement(env, kind, complete));
    }
  }
  try {
    if (statements.length > 0) await env.DB.batch(statements);
  } catch (error) {
    log("warn", "tenant_import_rejected", { tenantId, error: String(error) });
    throw invalid(`The database refused the export's rows (${String(error).slice(0, 200)}); nothing was imported`);
  }

  for (const [accommodationId, input] of restores) {
    const unit = await db.select().from(accommodations).where(eq(accommodations.id, accommodationId)).get();
    const calendar = calendarOf(env, accommodationId);
    await calendar.configure(calendarCopyOf(unit as AccommodationRow));
    const result = await calendar.restore(input);
    if (!result.ok) log("error", "tenant_import_calendar_conflict", { tenantId, accommodationId, conflicts: result.conflicts.length });
  }
  for (const kind of EXPORT_KINDS) if (kind.import !== "none" && !files.has(kind.file)) imported[kind.file] = 0;
  log("info", "tenant_imported", { tenantId, from: manifest.tenantId, rows: Object.values(imported).reduce((a, b) => a + b, 0) });
  return { imported, skipped: EXPORT_KINDS.filter((k) => k.import === "none").map((k) => k.file) };
}
