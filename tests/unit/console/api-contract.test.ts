import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocumentText, openApiTypesText } from "../../../scripts/api-contract";

const apiDir = path.join(import.meta.dirname, "../../../web/console/src/api");

// The console's client types come from the contract; a route change without `npm run api:types` fails here.
describe("console API types", () => {
  it("match the OpenAPI document the Worker serves", async () => {
    expect(await readFile(path.join(apiDir, "openapi.json"), "utf8")).toBe(await openApiDocumentText());
  });

  it("are the types generated from that document", async () => {
    expect(await readFile(path.join(apiDir, "schema.d.ts"), "utf8")).toBe(await openApiTypesText());
  }, 20_000);
});
