// Serves the Worker locally in workerd through Miniflare: the bundle `wrangler deploy` would upload,
// the bindings declared in wrangler.toml (read by wrangler itself), and the state that
// `wrangler d1 migrations apply --local` writes, so the two tools share one local database.
//
// Why not `wrangler dev`: it runs two workerd processes (a proxy in front of the Worker, kept for
// reloads and remote bindings) and sends every request's log line through Node. On this 2-core
// machine that costs 4–5× the throughput of a trivial route and made the dev server, not the
// product, the limit of every benchmark (README, "Benchmarks"). Requests here reach the Worker
// in one process hop, as they do on Cloudflare's edge.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { watch } from "node:fs";
import path from "node:path";
import { Log, LogLevel, Miniflare, convertV4MiniflareOptions } from "miniflare";
import { unstable_getMiniflareWorkerOptions } from "wrangler";

const root = path.join(import.meta.dirname, "..", "..");
const wrangler = path.join(root, "node_modules", ".bin", "wrangler");
/**
 * Bundles the Worker exactly as a deploy would (wrangler's esbuild setup, nodejs_compat polyfills),
 * into a folder of this server's own: the browser tests start a second server beside a running one.
 */
async function bundleWorker(env, port) {
  const outdir = path.join(root, ".wrangler", "dev-bundle", String(port));
  try {
    await promisify(execFile)(wrangler, ["deploy", "--dry-run", "--outdir", outdir], { cwd: root, env: { ...env, WRANGLER_LOG: "error" } });
  } catch (error) {
    throw new Error(`could not bundle the Worker:\n${error.stdout ?? ""}${error.stderr ?? error.message}`);
  }
  return path.join(outdir, "index.js");
}

function miniflareOptions({ host, port, stateDir, vars, scriptPath, quiet }) {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(path.join(root, "wrangler.toml"));
  // Workers AI has no local runtime: without the binding the assistant asks guests for text
  // instead of transcribing voice notes, as it does in tests.
  const { ai: _ai, modulesRules: _rules, rootPath: _root, ...worker } = workerOptions;
  return convertV4MiniflareOptions({
    host,
    // Miniflare's own entry worker (request.cf, pretty error pages, /cdn-cgi handlers) is one more
    // JavaScript hop on workerd's single thread for every request; production has no such hop. It
    // listens on a port of its own for the cron handler on demand, and `port` reaches the Worker
    // (through the static-assets router, as on Cloudflare) by a direct socket.
    port: 0,
    // The Worker writes its own JSON line per request (workers/http/middleware/access-log.ts).
    logRequests: false,
    log: new Log(LogLevel.WARN),
    // No fetch of Cloudflare's `request.cf` sample: the dev server starts offline.
    cf: false,
    resourcePersistencePath: path.join(stateDir, "v3"),
    resourceTmpPath: path.join(root, ".wrangler", "tmp"),
    // Lets a developer run the cron handler on demand: /cdn-cgi/local/scheduled (as wrangler dev).
    unsafeTriggerHandlers: true,
    // POSADA_INSPECTOR_PORT=9229 opens the V8 inspector (DevTools, CPU profiles), as `wrangler dev` did.
    ...(process.env.POSADA_INSPECTOR_PORT ? { inspectorPort: Number(process.env.POSADA_INSPECTOR_PORT), unsafeInspectDurableObjects: true } : {}),
    // Quiet mode (benchmarks) drops the Worker's info lines instead of printing one per request from
    // the benchmark's own process; warnings and errors still reach stderr. (workerd's output arrives
    // as structured logs: Miniflare no longer takes a raw stdio handler.)
    ...(quiet ? { handleStructuredLogs: ({ level, message }) => (level === "error" || level === "warn" ? console.error(message) : undefined) } : {}),
    workers: [{ ...worker, name: "posada", modules: true, scriptPath, bindings: { ...worker.bindings, ...vars }, unsafeDirectSockets: [{ host, port }] }],
  });
}

/**
 * Starts the server and resolves once it listens. With `watch`, a change to the Worker's sources
 * rebundles and reloads it, and a rebuilt console (web/dist) is picked up; state is kept across.
 */
export async function startWorkerServer({ host, port, stateDir, vars = {}, watch: watching = false, quiet = false, env = process.env }) {
  let scriptPath = await bundleWorker(env, port);
  const options = () => miniflareOptions({ host, port, stateDir, vars, scriptPath, quiet });
  const miniflare = new Miniflare(options());
  await miniflare.ready;

  const watchers = [];
  if (watching) {
    let timer;
    let rebundle = false;
    // One reload at a time: a change made while bundling waits for the next round.
    let reloading = Promise.resolve();
    const reloadNow = async () => {
      const bundling = rebundle;
      rebundle = false;
      try {
        if (bundling) scriptPath = await bundleWorker(env, port);
        await miniflare.setOptions(options());
        if (bundling) console.log("Worker reloaded.");
      } catch (error) {
        // A syntax error while typing must not stop the server: the previous bundle keeps serving.
        console.error(error instanceof Error ? error.message : error);
      }
    };
    const reload = (sources) => {
      rebundle ||= sources;
      clearTimeout(timer);
      timer = setTimeout(() => (reloading = reloading.then(reloadNow)), 300);
    };
    for (const folder of ["workers", "durable-objects", "shared"]) {
      watchers.push(watch(path.join(root, folder), { recursive: true }, () => reload(true)));
    }
    // Asset names carry content hashes: the asset router must learn the new ones.
    watchers.push(watch(path.join(root, "web", "dist"), { recursive: true }, () => reload(false)));
  }

  return {
    miniflare,
    /** Miniflare's entry URL: `/cdn-cgi/local/scheduled` there runs the cron handler on demand. */
    entryUrl: await miniflare.ready,
    async stop() {
      for (const watcher of watchers) watcher.close();
      await miniflare.dispose();
    },
  };
}
