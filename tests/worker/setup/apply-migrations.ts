import { applyD1Migrations, env } from "cloudflare:test";
import { postgresD1 } from "../../../shared/database/postgres-d1";

if (env.DATABASE === "postgres") {
  // `npm run test:postgres`: each runtime gets its own copy of the migrated template database, as it
  // gets a fresh D1: one per file in `worker-alone`, one for all the files `worker` runs in its shared
  // runtime (the Worker keeps the database it first connected to for the runtime's life, see
  // shared/database/choose-database.ts). `env.DB`, which tests also use directly, answers from it.
  const runtime = globalThis as { __posadaTestDatabase?: Promise<{ DATABASE_URL: string; DB: D1Database }> };
  runtime.__posadaTestDatabase ??= copyTemplateDatabase(env.POSTGRES_SERVER_URL!, env.POSTGRES_HTTP_ENDPOINT);
  Object.assign(env, await runtime.__posadaTestDatabase);
} else {
  // Every test file starts from the real schema; applyD1Migrations skips migrations already applied.
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
}

async function copyTemplateDatabase(server: string, httpEndpoint: string | undefined) {
  const name = `posada_file_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = postgresD1({ connectionString: `${server}/postgres`, httpEndpoint });
  await admin.exec(`CREATE DATABASE "${name}" TEMPLATE "posada_template"`);
  const connectionString = `${server}/${name}`;
  return { DATABASE_URL: connectionString, DB: postgresD1({ connectionString, httpEndpoint }) };
}
