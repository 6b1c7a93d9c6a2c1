import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

export type Database = ReturnType<typeof createDatabase>;

const createDatabase = (d1: D1Database) => drizzle(d1, { schema });

/** Clients already built, per binding: drizzle rebuilds its schema map on every construction. */
const clients = new WeakMap<D1Database, Database>();

/** A drizzle client over the tenant database binding (one per binding and isolate). */
export function database(d1: D1Database): Database {
  // Tools that build the app without bindings (the OpenAPI export) get a client that is never used.
  if (typeof d1 !== "object" || d1 === null) return createDatabase(d1);
  let client = clients.get(d1);
  if (!client) {
    client = createDatabase(d1);
    clients.set(d1, client);
  }
  return client;
}
