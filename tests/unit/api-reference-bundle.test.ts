// /docs names its script by a same-origin path (tests/worker/docs-offline.test.ts); this checks that
// `npm run build:web` (run by `npm test` first) puts that script in web/dist and that wrangler.toml
// lets the static assets, not the Worker, answer it.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_REFERENCE_SCRIPT_PATH } from "../../scripts/api-reference-bundle";

const ROOT = path.join(import.meta.dirname, "../..");

describe("the API reference's script", () => {
  it("is built into web/dist at the path /docs names", () => {
    expect(API_REFERENCE_SCRIPT_PATH).toBe("/docs/scalar.js");
    const file = path.join(ROOT, "web/dist", API_REFERENCE_SCRIPT_PATH);
    expect(existsSync(file), `${file} is missing: run npm run build:web`).toBe(true);
    // Scalar's standalone bundle (a few MB) registers window.Scalar.createApiReference, which /docs calls.
    expect(statSync(file).size).toBeGreaterThan(1_000_000);
    const script = readFileSync(file, "utf8");
    expect(script).toContain("createApiReference");
    expect(script).not.toContain("sourceMappingURL=standalone.js.map");
  });

  it("is served from the assets while /docs itself still reaches the Worker", () => {
    const wrangler = readFileSync(path.join(ROOT, "wrangler.toml"), "utf8");
    const list = /^run_worker_first\s*=\s*(\[.*\])$/m.exec(wrangler)?.[1];
    const workerFirst = JSON.parse(list ?? "null") as string[];
    expect(workerFirst).toContain("/docs");
    const matches = (pattern: string, url: string) => (pattern.endsWith("/*") ? url.startsWith(pattern.slice(0, -1)) : url === pattern);
    expect(workerFirst.filter((pattern) => matches(pattern, API_REFERENCE_SCRIPT_PATH))).toEqual([]);
  });
});
