import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, ROOT, runtimeCycles, sourceFiles } from "./source-imports";

/**
 * Files that still break a rule because another engineer is rewriting them right now (the
 * booking core). Each entry names the file and the import it may keep; delete the entry when
 * the rewrite lands, and the rule holds for it too.
 */
/** Imports that break a rule for a stated reason, by file; empty while every file keeps the rules. */
const BEING_REWRITTEN: Record<string, string[]> = {};

const allowed = (file: string, target: string) => BEING_REWRITTEN[file]?.includes(target) ?? false;

/** The folders under workers/ that name what the product does (everything but the entry points). */
const isDomainFile = (file: string) => file.startsWith("workers/") && !file.startsWith("workers/http/") && !file.startsWith("workers/jobs/") && file !== "workers/index.ts";

describe("layout: dependency rules of ARCHITECTURE.md", () => {
  it("durable-objects/ imports nothing from workers/ at runtime (types are fine)", () => {
    const offending = sourceFiles("durable-objects").flatMap((file) =>
      importsOf(file)
        .filter((i) => !i.typeOnly && i.target?.startsWith("workers/") && !allowed(file, i.target))
        .map((i) => `${file} -> ${i.specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it("domain folders under workers/ never import workers/http/ or workers/jobs/, not even types", () => {
    const offending = sourceFiles("workers")
      .filter(isDomainFile)
      .flatMap((file) => importsOf(file).filter((i) => i.target && /^workers\/(http|jobs)\//.test(i.target)).map((i) => `${file} -> ${i.specifier}`));
    expect(offending).toEqual([]);
  });

  it("shared/ imports nothing outside shared/ (packages such as zod are fine)", () => {
    const offending = sourceFiles("shared").flatMap((file) =>
      importsOf(file)
        .filter((i) => i.target !== null && !i.target.startsWith("shared/"))
        .map((i) => `${file} -> ${i.specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it("route files under workers/http/ run no queries: no drizzle-orm, no raw .prepare(", () => {
    const offending = sourceFiles("workers/http").filter((file) => {
      const usesDrizzle = importsOf(file).some((i) => i.specifier === "drizzle-orm" || i.specifier.startsWith("drizzle-orm/"));
      return usesDrizzle || readFileSync(path.join(ROOT, file), "utf8").includes(".prepare(");
    });
    expect(offending).toEqual([]);
  });

  it("no two workers/ folders import each other at runtime, and no runtime import cycle between files", () => {
    const files = sourceFiles("workers", "durable-objects", "shared");
    expect(runtimeCycles(files)).toEqual([]);
    const folderOf = (file: string) => file.split("/").slice(0, 2).join("/");
    const edges = new Set(
      files.flatMap((file) =>
        importsOf(file)
          .filter((i) => !i.typeOnly && i.target && folderOf(i.target) !== folderOf(file))
          .map((i) => `${folderOf(file)} -> ${folderOf(i.target!)}`),
      ),
    );
    const bothWays = [...edges].filter((edge) => {
      const [from, to] = edge.split(" -> ");
      return from! < to! && edges.has(`${to} -> ${from}`);
    });
    expect(bothWays).toEqual([]);
  });
});

describe("the allow-list", () => {
  it("holds only imports that still exist, so a finished rewrite removes its entry", () => {
    const stale = Object.entries(BEING_REWRITTEN).flatMap(([file, targets]) =>
      targets.filter((target) => !importsOf(file).some((i) => i.target === target && !i.typeOnly)).map((target) => `${file} -> ${target}`),
    );
    expect(stale).toEqual([]);
  });
});

describe("the import reader these rules rest on", () => {
  it("tells a type-only import from a runtime one", () => {
    const imports = importsOf("durable-objects/conversation/conversation-agent.ts");
    expect(imports).toContainEqual(expect.objectContaining({ target: "workers/platform/env.ts", typeOnly: true }));
    expect(imports).toContainEqual(expect.objectContaining({ specifier: "cloudflare:workers", target: null, typeOnly: false }));
  });
});
