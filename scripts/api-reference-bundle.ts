// Puts the API reference's browser script (Scalar's standalone bundle) into web/dist, so /docs
// renders from the Worker's own assets: by default Scalar loads it from a CDN, and /docs is blank
// without internet. workers/http/app.ts points the reference at API_REFERENCE_SCRIPT_PATH.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Plugin } from "vite";

/** Where the script is served from; under /docs but not /docs itself, so assets answer it, not the Worker. */
export const API_REFERENCE_SCRIPT_PATH = "/docs/scalar.js";

/** The single-file (UMD) build: it defines window.Scalar and loads no further chunks. */
function standaloneBundleFile(): string {
  // The package's exports do not list dist/browser, so locate it beside its main entry (dist/index.js).
  const entry = createRequire(import.meta.url).resolve("@scalar/api-reference");
  return path.join(path.dirname(entry), "browser", "standalone.js");
}

/** Vite plugin for the console build, which every web build (npm run build:web, npm run dev) runs. */
export function apiReferenceBundle(): Plugin {
  return {
    name: "posada-api-reference-bundle",
    apply: "build",
    async writeBundle(options) {
      if (!options.dir) throw new Error("apiReferenceBundle needs build.outDir");
      const script = await readFile(standaloneBundleFile(), "utf8");
      // The 16 MB source map is not shipped; without this line browsers' devtools would ask for it.
      const withoutSourceMap = script.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
      const target = path.join(options.dir, API_REFERENCE_SCRIPT_PATH);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, withoutSourceMap);
    },
  };
}
