import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** The repository root (this file lives in tests/unit/architecture/). */
export const ROOT = path.resolve(import.meta.dirname, "../../..");

/** One import or re-export of a source file, resolved to a repository path when it is relative. */
export interface SourceImport {
  /** What the statement names: "drizzle-orm", "../platform/log". */
  specifier: string;
  /** The imported file relative to the root ("workers/platform/log.ts"), or null for a package. */
  target: string | null;
  /** Erased at compile time (`import type`, or every name marked `type`): no runtime dependency. */
  typeOnly: boolean;
}

/** Every .ts file under the given root-relative folders, as root-relative paths with "/" separators. */
export function sourceFiles(...folders: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) found.push(path.relative(ROOT, full).split(path.sep).join("/"));
    }
  };
  for (const folder of folders) if (existsSync(path.join(ROOT, folder))) walk(path.join(ROOT, folder));
  return found.sort();
}

function resolve(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = path.join(path.dirname(path.join(ROOT, fromFile)), specifier);
  const candidates = [`${base}.ts`, path.join(base, "index.ts"), base];
  const hit = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? `${base}.ts`;
  return path.relative(ROOT, hit).split(path.sep).join("/");
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    const clause = node.exportClause;
    return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
  }
  const clause = node.importClause;
  if (!clause) return false; // `import "x"` runs x
  if (clause.isTypeOnly) return true;
  if (clause.name) return false; // a default import is a value
  const bindings = clause.namedBindings;
  return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

const parsed = new Map<string, SourceImport[]>();

/** The static imports and re-exports of one root-relative file, read with the TypeScript parser. */
export function importsOf(file: string): SourceImport[] {
  const cached = parsed.get(file);
  if (cached) return cached;
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: SourceImport[] = [];
  for (const statement of source.statements) {
    if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement))) continue;
    const specifierNode = statement.moduleSpecifier;
    if (!specifierNode || !ts.isStringLiteral(specifierNode)) continue;
    found.push({ specifier: specifierNode.text, target: resolve(file, specifierNode.text), typeOnly: isTypeOnly(statement) });
  }
  parsed.set(file, found);
  return found;
}

/** The runtime import cycles among the given files, each as the list of files around it (Tarjan's strongly connected components). */
export function runtimeCycles(files: string[]): string[][] {
  const known = new Set(files);
  const edges = new Map(files.map((file) => [file, importsOf(file).filter((i) => !i.typeOnly && i.target && known.has(i.target)).map((i) => i.target!)]));
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}
