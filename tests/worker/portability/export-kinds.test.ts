import { getTableName, is } from "drizzle-orm";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as schema from "../../../workers/platform/db/schema";
import { EXPORT_KINDS, NOT_EXPORTED } from "../../../workers/portability/export-kinds";

const tables = (Object.values(schema) as unknown[]).filter((t): t is SQLiteTable => is(t, SQLiteTable));
const looksSecret = /sealed|hash|secret|password|token/;
/** Columns whose names look like a secret's but hold none (when a rotated secret stops signing). */
const NOT_SECRET = new Set(["webhook_subscriptions.previous_secret_expires_at"]);

describe("what a tenant export carries", () => {
  it("decides for every table with a tenant's rows: exported, or not exported with a reason", () => {
    const exported = new Set(EXPORT_KINDS.map((k) => getTableName(k.table)));
    const undecided = tables
      .filter((t) => getTableName(t) === "tenants" || getTableConfig(t).columns.some((c) => c.name === "tenant_id"))
      .map(getTableName)
      .filter((name) => !exported.has(name) && !NOT_EXPORTED[name]);
    expect(undecided).toEqual([]);
  });

  it("leaves out every column that looks like a secret", () => {
    const leaks = EXPORT_KINDS.flatMap((kind) =>
      getTableConfig(kind.table)
        .columns.map((c) => c.name)
        .filter((name) => looksSecret.test(name) && !kind.omit.includes(name))
        .map((name) => `${kind.file}.${name}`)
        .filter((column) => !NOT_SECRET.has(column)),
    );
    expect(leaks).toEqual([]);
  });

  it("names each file once", () => {
    const files = EXPORT_KINDS.map((k) => k.file);
    expect(new Set(files).size).toBe(files.length);
  });
});
