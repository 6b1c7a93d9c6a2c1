import { applyD1Migrations, env } from "cloudflare:test";
import { postgresD1 } from "../../../shared/database/postgres-d1";

if (env.DATABASE === "postgres") {
  // `npm run test:postgres`: the file gets its own copy of the migrated template database, as it
  // would get a fresh D1, and `env.DB` (which tests also use directly) answers from it.
  const server = env.POSTGRES_SERVER_URL!;
  const name = `posada_file_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = postgresD1({ connectionString: `${server}/postgres`, httpEndpoint: env.POSTGRES_HTTP_ENDPOINT });
  await admin.exec(`CREATE DATABASE "${name}" TEMPLATE "posada_template"`);
  const target = { connectionString: `${server}/${name}`, httpEndpoint: env.POSTGRES_HTTP_ENDPOINT };
  Object.assign(env, { DATABASE_URL: target.connectionString, DB: postgresD1(target) });
} else {
  // Every test file starts from the real schema; applyD1Migrations skips migrations already applied.
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
}
