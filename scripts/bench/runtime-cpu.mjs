// The CPU time a local workerd spends on a load, read from /proc (Linux): workerd runs every
// isolate, object and local emulator (D1, queues) of `npm run dev` on one thread, so its CPU per
// request is what a route costs here, all included, and its busy share says how near that thread is
// to its ceiling. Elsewhere (no /proc, no workerd) it measures nothing and the benchmarks say so.
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

const TICK_MS = 1000 / 100; // USER_HZ: /proc times are in clock ticks, 100 a second on Linux.
const IDLE_WINDOW_MS = 250;
const IDLE_SHARE = 0.02;
const MAX_WAIT_MS = 15_000;

function workerdPids() {
  try {
    return execFileSync("pgrep", ["-x", "workerd"], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
  } catch {
    return [];
  }
}

/** CPU milliseconds (user + system) the processes used so far; null when one cannot be read. */
function cpuMs(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return ticks * TICK_MS;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const runtimeCpu = {
  /**
   * Starts counting. `untilIdle(elapsedMs)` is called when the load's last answer came: it keeps
   * counting while workerd still works on what the load left behind (queue batches, flushes), and
   * answers { totalMs, busyPercent } (busy: the share of one core during the load), or null.
   */
  async start() {
    const pids = workerdPids();
    const before = pids.length > 0 ? cpuMs(pids) : null;
    return {
      async untilIdle(elapsedMs) {
        if (before === null) return null;
        const atEnd = cpuMs(pids);
        if (atEnd === null) return null;
        let last = atEnd;
        for (let waited = 0; waited < MAX_WAIT_MS; waited += IDLE_WINDOW_MS) {
          await sleep(IDLE_WINDOW_MS);
          const now = cpuMs(pids);
          if (now === null) return null;
          const quiet = now - last <= IDLE_WINDOW_MS * IDLE_SHARE + TICK_MS;
          last = now;
          if (quiet) break;
        }
        return { totalMs: last - before, busyPercent: (100 * (atEnd - before)) / elapsedMs };
      },
    };
  },
};
