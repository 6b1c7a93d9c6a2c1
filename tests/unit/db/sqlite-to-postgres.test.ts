import { describe, expect, it } from "vitest";
import { toPostgresSql } from "../../../shared/database/sqlite-to-postgres";

describe("a statement written for SQLite, on Postgres", () => {
  it("numbers placeholders, bare and numbered", () => {
    expect(toPostgresSql(`select "id" from "users" where "tenant_id" = ? and "id" = ? limit ?`)).toBe(`select "id" from "users" where "tenant_id" = $1 and "id" = $2 limit $3`);
    expect(toPostgresSql("UPDATE t SET a = ?2 WHERE id = ?1 AND v < ?2")).toBe("UPDATE t SET a = $2 WHERE id = $1 AND v < $2");
  });

  it("names bare columns as an upsert's conflict target", () => {
    expect(toPostgresSql(`insert into "email_settings" ("tenant_id") values (?) on conflict ("email_settings"."tenant_id") do update set "tenant_id" = ?`)).toBe(
      `insert into "email_settings" ("tenant_id") values ($1) on conflict ("tenant_id") do update set "tenant_id" = $2`,
    );
  });

  it("leaves question marks and names inside quotes alone", () => {
    expect(toPostgresSql(`SELECT '?', 'it''s ?', "date"(x) FROM t WHERE a = ?`)).toBe(`SELECT '?', 'it''s ?', "date"(x) FROM t WHERE a = $1`);
  });

  it("quotes aliases with capitals, which Postgres would fold to lower case", () => {
    expect(toPostgresSql("SELECT tenant_id AS tenantId, role, count(*) AS n FROM users")).toBe(`SELECT tenant_id AS "tenantId", role, count(*) AS n FROM users`);
    expect(toPostgresSql(`SELECT x AS "already" FROM t`)).toBe(`SELECT x AS "already" FROM t`);
  });

  it("writes SQLite's scalar max and min as greatest and least, and keeps the aggregates", () => {
    expect(toPostgresSql(`set "last_inbound_at" = max(coalesce("conversations"."last_inbound_at", 0), ?)`)).toBe(
      `set "last_inbound_at" = greatest(coalesce("conversations"."last_inbound_at", 0), $1)`,
    );
    expect(toPostgresSql("SELECT max(version), min(check_in) FROM t")).toBe("SELECT max(version), min(check_in) FROM t");
    expect(toPostgresSql("SELECT max(0, CAST(a - b AS INTEGER))")).toBe("SELECT greatest(0, CAST(a - b AS INTEGER))");
  });

  it("sends SQLite's date functions to their Postgres twins, not columns or quoted names", () => {
    expect(toPostgresSql("SELECT date(night, '+1 day') FROM d WHERE date(night, '+1 day') < ?4")).toBe(
      "SELECT sqlite_date(night, '+1 day') FROM d WHERE sqlite_date(night, '+1 day') < $4",
    );
    expect(toPostgresSql("julianday(a) - julianday(date(b / 1000, 'unixepoch'))")).toBe("sqlite_julianday(a) - sqlite_julianday(sqlite_date(b / 1000, 'unixepoch'))");
    expect(toPostgresSql(`values ((unixepoch('subsec') * 1000))`)).toBe(`values ((sqlite_unixepoch('subsec') * 1000))`);
    expect(toPostgresSql(`SELECT r.date, x.update(1) FROM r`)).toBe(`SELECT r.date, x.update(1) FROM r`);
  });

  it("casts a parameter only tested for null, which Postgres could not type, and no other", () => {
    expect(toPostgresSql("SELECT 1 FROM t WHERE (?5 IS NULL OR source = ?5) AND x IS NULL")).toBe("SELECT 1 FROM t WHERE (CAST($5 AS text) IS NULL OR source = $5) AND x IS NULL");
    expect(toPostgresSql("SELECT 1 FROM t WHERE ? is not null AND a = ?")).toBe("SELECT 1 FROM t WHERE CAST($1 AS text) is not null AND a = $2");
    expect(toPostgresSql("SELECT 1 FROM t WHERE a = ? AND b IS NULL")).toBe("SELECT 1 FROM t WHERE a = $1 AND b IS NULL");
  });
});
