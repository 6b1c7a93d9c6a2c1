// fflate writes a ZIP as a stream, one file at a time and one chunk at a time, synchronously and with
// no dependency of its own: the export never holds a whole file, let alone the tenant, in memory,
// which workerd's 128 MB would not allow for a busy tenant. It also reads ZIPs for the import.
import { Zip, ZipDeflate, strToU8 } from "fflate";
import { stringify } from "csv-stringify/sync";
import { log } from "../../shared/log";
import { safeText } from "../reports/csv-stream";
import type { Database } from "../platform/db/client";
import type { Env } from "../platform/env";
import { EXPORT_FORMAT, EXPORT_KINDS, EXPORT_VERSION } from "./export-kinds";
import { R2UploadSink } from "./r2-upload-sink";
import { columnsOf, tenantPages } from "./table-pages";
import { claimExport, exportObjectKey, failExport, finishExport } from "./tenant-exports";

/** A cell as a spreadsheet should show it: people's text never runs as a formula (see safeText). */
const csvCell = (value: string | number | null | undefined) => (typeof value === "string" ? safeText(value) : (value ?? null));

/** UTF-8's byte order mark, so a spreadsheet opens the CSVs with their accents intact. */
const BOM = "\uFEFF";

/**
 * Builds one export: every kind as `<kind>.json` (an array of rows) and `<kind>.csv` (a header and
 * the same rows), and `manifest.json` with the format, version and counts, streamed into the
 * private bucket. A second message for the same export finds it built and does nothing.
 */
export async function buildExport(db: Database, env: Env, tenantId: string, exportId: string): Promise<void> {
  const claimed = await claimExport(db, tenantId, exportId);
  if (!claimed) return;
  const key = exportObjectKey(tenantId, exportId);
  const sink = new R2UploadSink(env.EXPORTS, key, "application/zip");
  let zipError: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) zipError = error;
    else sink.write(chunk);
  });
  const counts: Record<string, number> = {};
  try {
    for (const kind of EXPORT_KINDS) {
      const columns = columnsOf(kind);
      const json = new ZipDeflate(`${kind.file}.json`, { level: 6 });
      const csv = new ZipDeflate(`${kind.file}.csv`, { level: 6 });
      // A ZIP is written one file at a time: fflate keeps the CSV's compressed bytes until the JSON
      // file ends, so only the smaller, compressed half of a kind waits in memory.
      zip.add(json);
      zip.add(csv);
      csv.push(strToU8(BOM + stringify([columns], { record_delimiter: "\r\n" })));
      json.push(strToU8("["));
      let count = 0;
      for await (const rows of tenantPages(env.DB, kind, tenantId)) {
        json.push(strToU8(rows.map((row, i) => `${count + i === 0 ? "" : ","}\n${JSON.stringify(row)}`).join("")));
        csv.push(strToU8(stringify(rows.map((row) => columns.map((c) => csvCell(row[c]))), { record_delimiter: "\r\n" })));
        count += rows.length;
        if (zipError) throw zipError;
        await sink.drain();
      }
      json.push(strToU8("\n]\n"), true);
      csv.push(new Uint8Array(0), true);
      counts[kind.file] = count;
      if (zipError) throw zipError;
      await sink.drain();
    }
    const manifest = new ZipDeflate("manifest.json", { level: 6 });
    zip.add(manifest);
    manifest.push(strToU8(JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, tenantId, exportId, exportedAt: new Date().toISOString(), counts }, null, 2)), true);
    zip.end();
    if (zipError) throw zipError;
    const sizeBytes = await sink.close();
    await finishExport(db, exportId, { objectKey: key, sizeBytes, counts });
    log("info", "tenant_export_built", { tenantId, exportId, sizeBytes });
  } catch (error) {
    await sink.abort();
    await failExport(db, exportId, String(error));
    log("error", "tenant_export_failed", { tenantId, exportId, error: String(error) });
  }
}
