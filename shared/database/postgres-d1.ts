import { neon, neonConfig, types as driverTypes, type FullQueryResults, type NeonQueryFunction } from "@neondatabase/serverless";
import { toPostgresSql } from "./sqlite-to-postgres";

/** Where the Postgres database is. */
export interface PostgresTarget {
  /** The Neon connection string (any Postgres behind a Neon-compatible SQL-over-HTTP endpoint). */
  connectionString: string;
  /**
   * Development and tests: the local SQL-over-HTTP endpoint in front of a plain PostgreSQL
   * (scripts/postgres/sql-over-http.mjs). Absent in production, where the driver posts to Neon.
   */
  httpEndpoint?: string;
}

// Postgres sends bigint (epoch milliseconds, counts) and numeric (sums) as text; every such value
// Posada stores fits a double exactly (money in minor units, times in milliseconds), and D1 answers
// numbers, so they are read as numbers.
const NUMBER_TYPES = new Set([20, 1700]);
const types = {
  getTypeParser: (oid: number, format?: string) =>
    NUMBER_TYPES.has(oid) ? (value: string) => Number(value) : driverTypes.getTypeParser(oid, format as "text" | undefined),
};

type Sql = NeonQueryFunction<false, true>;

/**
 * A D1Database over Postgres: the same `prepare`/`bind`/`all`/`first`/`run`/`raw`/`batch` that the
 * Worker, the Durable Objects and drizzle's D1 driver already use, so nothing above the data layer
 * knows which database answers. Statements are written for SQLite and translated once
 * (./sqlite-to-postgres.ts).
 *
 * Neon's SQL over HTTP: one request per statement and one per batch, which runs as one transaction
 * as D1's batch does. No socket outlives a call (a Worker may not carry one from a request to the
 * next) and no connection is set up per request: Neon pools them on its side.
 */
export function postgresD1(target: PostgresTarget): D1Database {
  if (target.httpEndpoint) neonConfig.fetchEndpoint = target.httpEndpoint;
  const sql = neon(target.connectionString, { fullResults: true, types }) as unknown as Sql;
  const database = {
    prepare: (query: string) => new PostgresStatement(sql, query, []),
    async batch<T = unknown>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]> {
      if (statements.length === 0) return [];
      const queries = statements.map((s) => (s as unknown as PostgresStatement).pending(false));
      const results = (await sql.transaction(queries as never)) as unknown as FullQueryResults<false>[];
      return results.map((r) => toD1Result<T>(r));
    },
    async exec(query: string): Promise<D1ExecResult> {
      const started = Date.now();
      await sql.query(toPostgresSql(query));
      return { count: 1, duration: Date.now() - started };
    },
    withSession: () => database as unknown as D1DatabaseSession,
    dump: () => Promise.reject(new Error("dump is a D1 feature; use pg_dump")),
  };
  return database as unknown as D1Database;
}

class PostgresStatement {
  constructor(
    private readonly sql: Sql,
    private readonly query: string,
    private readonly params: unknown[],
  ) {}

  bind(...values: unknown[]): PostgresStatement {
    return new PostgresStatement(this.sql, this.query, values);
  }

  /** The query, not yet sent (a batch sends several in one transaction). */
  pending(arrays: boolean) {
    const params = this.params.map((v) => (v === undefined ? null : typeof v === "boolean" ? (v ? 1 : 0) : v));
    return this.sql.query(toPostgresSql(this.query), params, { arrayMode: arrays, fullResults: true, types } as never);
  }

  async all<T>(): Promise<D1Result<T>> {
    return toD1Result<T>((await this.pending(false)) as unknown as FullQueryResults<false>);
  }

  run<T>(): Promise<D1Result<T>> {
    return this.all<T>();
  }

  async first<T>(column?: string): Promise<T | null> {
    const row = ((await this.pending(false)) as unknown as FullQueryResults<false>).rows[0] as Record<string, unknown> | undefined;
    if (!row) return null;
    return (column === undefined ? row : row[column]) as T;
  }

  async raw<T extends unknown[]>(options?: { columnNames?: boolean }): Promise<T[]> {
    const result = (await this.pending(true)) as unknown as FullQueryResults<true>;
    const rows = result.rows as unknown as T[];
    return options?.columnNames ? [result.fields.map((f) => f.name) as unknown as T, ...rows] : rows;
  }
}

function toD1Result<T>(result: FullQueryResults<boolean>): D1Result<T> {
  const changes = result.command === "SELECT" ? 0 : (result.rowCount ?? 0);
  return {
    success: true,
    results: result.rows as T[],
    meta: { duration: 0, size_after: 0, rows_read: result.rows.length, rows_written: changes, last_row_id: 0, changed_db: changes > 0, changes },
  } as D1Result<T>;
}
