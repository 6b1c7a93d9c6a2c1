/**
 * A D1 binding over Node's own SQLite (node:sqlite), enough for drizzle's D1 driver: the load
 * test runs the Worker's real queries in-process, against the real migrations, with no workerd.
 * Statements run synchronously, so each one is atomic, as in D1.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DatabaseSync, type SQLInputValue } from "node:sqlite";

type Value = SQLInputValue;

class Statement {
  constructor(
    private readonly db: DatabaseSync,
    private readonly sql: string,
    private readonly params: Value[] = [],
  ) {}

  bind(...params: unknown[]) {
    return new Statement(this.db, this.sql, params.map((p) => (typeof p === "boolean" ? (p ? 1 : 0) : (p as Value))));
  }

  private prepared(arrays: boolean) {
    const statement = this.db.prepare(this.sql);
    statement.setReturnArrays(arrays);
    return statement;
  }

  async all<T = Record<string, unknown>>() {
    return { results: this.prepared(false).all(...this.params) as T[], success: true, meta: {} };
  }

  async raw<T = unknown[]>() {
    return this.prepared(true).all(...this.params) as T[];
  }

  async first<T = Record<string, unknown>>(column?: string) {
    const row = this.prepared(false).get(...this.params) as Record<string, unknown> | undefined;
    if (!row) return null;
    return (column ? row[column] : row) as T;
  }

  async run() {
    const statement = this.prepared(false);
    // RETURNING statements answer rows; run them with all() so the rows come back.
    if (/\breturning\b/i.test(this.sql)) return { results: statement.all(...this.params), success: true, meta: {} };
    const info = statement.run(...this.params);
    return { results: [], success: true, meta: { changes: Number(info.changes), last_row_id: Number(info.lastInsertRowid) } };
  }

  /** For batch(): every statement's rows, as D1 answers them. */
  runForBatch() {
    return { results: this.prepared(false).all(...this.params), success: true, meta: {} };
  }
}

export function sqliteD1(): D1Database {
  const db = new DatabaseSync(":memory:");
  const binding = {
    prepare: (sql: string) => new Statement(db, sql),
    async batch(statements: Statement[]) {
      db.exec("BEGIN");
      try {
        const results = statements.map((s) => s.runForBatch());
        db.exec("COMMIT");
        return results;
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    },
    async exec(sql: string) {
      db.exec(sql);
      return { count: 1, duration: 0 };
    },
  };
  return binding as unknown as D1Database;
}

/** Applies migrations/*.sql in order, as wrangler would. */
export async function applyMigrations(d1: D1Database, dir: string) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".sql")).sort()) {
    for (const statement of readFileSync(path.join(dir, file), "utf8").split("--> statement-breakpoint")) {
      if (statement.trim()) await d1.exec(statement);
    }
  }
}
