import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));

export default defineConfig({
  test: {
    projects: [
      {
        // Runtime-agnostic code in shared/ runs in plain Node.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        // The Worker, its Durable Objects and D1 inside workerd.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                ENVIRONMENT: "test",
                TEST_MIGRATIONS: migrations,
                // Local fakes answer these hosts (tests/worker/support/fake-payment-providers.ts).
                MERCADOPAGO_API_BASE: "https://api.mercadopago.fake",
                STRIPE_API_BASE: "https://api.stripe.fake",
                WHATSAPP_API_BASE: "https://graph.whatsapp.fake/v21.0",
                // Tests see the production SSRF rules: no loopback feeds.
                ICAL_ALLOW_LOOPBACK: "false",
              },
            },
          }),
        ],
        test: {
          name: "worker",
          include: ["tests/worker/**/*.test.ts"],
          setupFiles: ["./tests/worker/setup/apply-migrations.ts"],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
