import type { D1Migration } from "cloudflare:test";
import type { Env as WorkerEnv } from "../../workers/platform/env";

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      TEST_MIGRATIONS: D1Migration[];
      /** `npm run test:postgres` only: the local PostgreSQL server, without a database name. */
      POSTGRES_SERVER_URL?: string;
      /** `npm run test:postgres` only: migrations-postgres/, as TEST_MIGRATIONS holds D1's. */
      TEST_POSTGRES_MIGRATIONS?: D1Migration[];
    }
  }
}
