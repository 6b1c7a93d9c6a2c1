import { stopTestPostgres } from "../../../scripts/postgres/test-database.mjs";

// `npm run test:postgres`: the SQL-over-HTTP endpoint started by vitest.config.ts closes with the run.
export default () => stopTestPostgres;
