// What the benchmarks that start their own Worker share: a free loopback port, a JSON call to it,
// and the memory of the workerd processes started under the benchmark.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export async function api<T>(base: string, method: string, route: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The workerd processes started under this one (Miniflare's runtime). */
export function workerdPids(): number[] {
  const out = spawnSync("ps", ["-eo", "pid=,ppid=,comm="], { encoding: "utf8" }).stdout;
  const rows = out.trim().split("\n").map((line) => line.trim().split(/\s+/));
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows) if (mine.has(Number(ppid)) && !mine.has(Number(pid))) (mine.add(Number(pid)), (grew = true));
  }
  return rows.filter(([pid, , comm]) => mine.has(Number(pid)) && comm === "workerd").map(([pid]) => Number(pid));
}

/** Resident memory of those processes, in kB. */
export function residentKb(pids: number[]): number {
  return pids.reduce((total, pid) => {
    try {
      return total + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      return total;
    }
  }, 0);
}

/**
 * CPU time those processes used so far (user + system, ms): beside wall-clock latency on a shared
 * machine, it tells the work done from the time spent waiting for a core.
 */
export function cpuMs(pids: number[]): number {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  return pids.reduce((total, pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return total + (Number(fields[11]) + Number(fields[12])) * tick;
    } catch {
      return total;
    }
  }, 0);
}
