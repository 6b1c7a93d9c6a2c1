import { postgresD1 } from "./postgres-d1";

/** The bindings and variables that choose the tenant database (README, "Two databases"). */
export interface DatabaseBindings {
  DB: D1Database;
  /** `d1` (the default) or `postgres`. */
  DATABASE?: string;
  /** With DATABASE=postgres: the Neon connection string (a secret). */
  DATABASE_URL?: string;
  /** Development and tests only: the local SQL-over-HTTP endpoint in front of PostgreSQL (scripts/postgres/). */
  POSTGRES_HTTP_ENDPOINT?: string;
}

const chosen = new WeakMap<object, object>();

/**
 * The environment with `DB` answering from the chosen database: D1's binding as it is, or, with
 * DATABASE=postgres, the same D1 interface over Postgres. Everything below the entry points reads
 * `env.DB` and never asks which it is. One wrapper per environment object, so it is made once.
 */
export function withDatabase<E extends DatabaseBindings>(env: E): E {
  if (env.DATABASE !== "postgres") return env;
  const existing = chosen.get(env);
  if (existing) return existing as E;
  if (!env.DATABASE_URL) throw new Error("DATABASE=postgres needs the DATABASE_URL secret (the Neon connection string)");
  const db = postgresD1({ connectionString: env.DATABASE_URL, httpEndpoint: env.POSTGRES_HTTP_ENDPOINT });
  const wrapped = Object.create(env, { DB: { value: db, enumerable: true } }) as E;
  chosen.set(env, wrapped);
  chosen.set(wrapped, wrapped);
  return wrapped;
}
