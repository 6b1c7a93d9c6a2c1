// Writes the console's copy of the OpenAPI contract and the TypeScript types generated from it.
// `npm run api:types` after changing a route; tests/unit/console-contract.test.ts fails while
// either copy is stale, so the console can never drift from the API it calls.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { openApiDocumentText, openApiTypesText } from "./api-contract";

const dir = path.join(import.meta.dirname, "../web/console/src/api");
await writeFile(path.join(dir, "openapi.json"), await openApiDocumentText());
await writeFile(path.join(dir, "schema.d.ts"), await openApiTypesText());
console.log("web/console/src/api/{openapi.json,schema.d.ts} written");
