import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { unstable_readConfig } from "wrangler";
import { defineConfig } from "vitest/config";

const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));

// wrangler.toml's queue consumers, each sending its batch after 50 ms instead of waiting up to a
// second (or five) to fill it: a test waits on chains of queue hops, and the batching itself is
// tested by handing the consumers batches directly. Everything else (sizes, retries, dead letters) stays.
type QueueConsumer = { queue: string; max_batch_size?: number; max_retries?: number; dead_letter_queue?: string; retry_delay?: number };
const quickQueueConsumers = Object.fromEntries(
  ((unstable_readConfig({ config: "./wrangler.toml" }).queues.consumers ?? []) as QueueConsumer[]).map((consumer) => [
    consumer.queue,
    {
      maxBatchSize: consumer.max_batch_size,
      maxBatchTimeout: 0.05,
      maxRetries: consumer.max_retries,
      deadLetterQueue: consumer.dead_letter_queue,
      retryDelay: consumer.retry_delay,
    },
  ]),
);

// `npm run test:postgres` (POSADA_DATABASE=postgres): the worker suite against a local PostgreSQL
// instead of D1, through the same driver production uses (scripts/postgres/test-database.mjs).
const postgres = process.env.POSADA_DATABASE === "postgres" ? await (await import("./scripts/postgres/test-database.mjs")).startTestPostgres() : null;

/** Files whose assertions cover every tenant of the runtime, so they run where no other file left any. */
const DEPLOYMENT_WIDE = ["tests/worker/healthz.test.ts"];

function workerProject(project: { name: string; include: string[]; exclude?: string[]; isolate: boolean }) {
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        // Nothing remote in tests: Workers AI is replaced by a local fake below.
        remoteBindings: false,
        miniflare: {
          workers: [{ name: "fake-workers-ai", modules: true, scriptPath: "./tests/worker/fakes/fake-workers-ai.js" }],
          serviceBindings: { AI: { name: "fake-workers-ai", entrypoint: "FakeWorkersAi" } },
          // Transfer receipts and exports (wrangler.toml's R2 bindings) go to local buckets; nothing is remote.
          r2Buckets: ["RECEIPTS", "EXPORTS"],
          queueConsumers: quickQueueConsumers,
          // wrangler.toml's Workers AI binding is moved aside, so AI is the fake above.
          ai: { binding: "WORKERS_AI_UNUSED_IN_TESTS" },
          bindings: {
            ENVIRONMENT: "test",
            TEST_MIGRATIONS: migrations,
            // Local fakes answer these hosts (tests/worker/support/fake-payment-providers.ts).
            MERCADOPAGO_API_BASE: "https://api.mercadopago.fake",
            STRIPE_API_BASE: "https://api.stripe.fake",
            PAYU_API_BASE: "https://api.payulatam.fake",
            WHATSAPP_API_BASE: "https://graph.whatsapp.fake/v21.0",
            RESEND_API_BASE: "https://api.resend.fake",
            CRM_HUBSPOT_API_BASE: "https://api.hubapi.fake",
            // Tests see the production SSRF rules: no loopback feeds.
            ICAL_ALLOW_LOOPBACK: "false",
            ...postgres?.bindings,
          },
        },
      }),
    ],
    test: {
      ...project,
      setupFiles: ["./tests/worker/setup/apply-migrations.ts"],
      // The Postgres run's endpoint closes once, after both worker projects.
      ...(postgres && project.name === "worker" ? { globalSetup: ["./tests/worker/setup/postgres-teardown.ts"] } : {}),
      testTimeout: 30_000,
      // Queue consumers and Durable Objects may still log after a file's last test (a retry
      // scheduled seconds later); intercepted, such a line is an RPC to a runner already closing,
      // which vitest reports as an unhandled error. Printed directly, it is just a line.
      disableConsoleIntercept: true,
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        // Runtime-agnostic code in shared/ runs in plain Node.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        // The console in Debian's Chromium against `npm run dev` (tests/e2e/support/global-setup.ts).
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["./tests/e2e/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two browsers at a time, and only after the unit and worker projects: both cores are theirs then.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      // The Worker, its Durable Objects and D1 inside workerd. The files share one runtime, one after
      // another, as one deployment serves many tenants: each test makes tenants of its own, and starting
      // a runtime per file (about 12 s here) cost more than the tests themselves.
      workerProject({ name: "worker", include: ["tests/worker/**/*.test.ts"], exclude: DEPLOYMENT_WIDE, isolate: false }),
      // What reads the whole deployment (health, every tenant's pending work) gets a runtime per file.
      workerProject({ name: "worker-alone", include: DEPLOYMENT_WIDE, isolate: true }),
    ],
  },
});
