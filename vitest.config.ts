import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));

// `npm run test:postgres` (POSADA_DATABASE=postgres): the worker suite against a local PostgreSQL
// instead of D1, through the same driver production uses (scripts/postgres/test-database.mjs).
const postgres = process.env.POSADA_DATABASE === "postgres" ? await (await import("./scripts/postgres/test-database.mjs")).startTestPostgres() : null;

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
      {
        // The Worker, its Durable Objects and D1 inside workerd.
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
          name: "worker",
          include: ["tests/worker/**/*.test.ts"],
          setupFiles: ["./tests/worker/setup/apply-migrations.ts"],
          ...(postgres ? { globalSetup: ["./tests/worker/setup/postgres-teardown.ts"] } : {}),
          testTimeout: 30_000,
          // Queue consumers and Durable Objects may still log after a file's last test (a retry
          // scheduled seconds later); intercepted, such a line is an RPC to a runner already closing,
          // which vitest reports as an unhandled error. Printed directly, it is just a line.
          disableConsoleIntercept: true,
        },
      },
    ],
  },
});
