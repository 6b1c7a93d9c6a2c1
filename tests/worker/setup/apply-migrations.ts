import { applyD1Migrations, env } from "cloudflare:test";

// Every test file starts from the real schema; applyD1Migrations skips migrations already applied.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
