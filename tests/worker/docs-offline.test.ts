// /docs must render without internet (issue #22): every script it loads comes from this origin.
// tests/unit/api-reference-bundle.test.ts checks that the build puts that script in web/dist, and
// tests/e2e/docs-offline.test.ts that the reference renders in Chromium with other origins blocked.
import { describe, expect, it } from "vitest";
import { BASE, call } from "./support/api";

describe("the API reference works offline", () => {
  it("loads its scripts from this origin only", async () => {
    const docs = await call("GET", "/docs");
    expect(docs.status).toBe(200);
    const sources = scriptSources(docs.text);
    // API_REFERENCE_SCRIPT_PATH in scripts/api-reference-bundle.ts, where the build writes it.
    expect(sources).toEqual(["/docs/scalar.js"]);
    for (const source of sources) expect(new URL(source, BASE).origin).toBe(BASE);
    // Nor may an inline module import one from elsewhere (Scalar's default ESM loader does).
    expect(docs.text).not.toMatch(/\bimport\b[^;]*['"](https?:)?\/\//);
  });
});

function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)].map((match) => match[1]!);
}
