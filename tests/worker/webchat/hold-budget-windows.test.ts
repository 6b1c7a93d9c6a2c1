import { createScheduledController, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../../workers/index";

describe("the 15-minute cron and the web chat hold budget", () => {
  it("keeps an hourly hold window for its whole hour, while sign-in windows still go after 15 minutes", async () => {
    const now = Date.now();
    const tag = crypto.randomUUID();
    await env.DB.batch([
      env.DB.prepare("INSERT INTO rate_limit_windows (key, window_start, count) VALUES (?, ?, 3)").bind(`webchat:holds:current-${tag}`, now - 20 * 60_000),
      env.DB.prepare("INSERT INTO rate_limit_windows (key, window_start, count) VALUES (?, ?, 3)").bind(`webchat:holds:ended-${tag}`, now - 61 * 60_000),
      env.DB.prepare("INSERT INTO rate_limit_windows (key, window_start, count) VALUES (?, ?, 3)").bind(`login:account:ended-${tag}`, now - 16 * 60_000),
    ]);
    await worker.scheduled(createScheduledController({ scheduledTime: now, cron: "*/15 * * * *" }), env);
    const left = await env.DB.prepare("SELECT key FROM rate_limit_windows WHERE key LIKE ?").bind(`%-${tag}`).all<{ key: string }>();
    // Deleting it 15 minutes in would hand a spent budget of holds back early.
    expect(left.results.map((r) => r.key)).toEqual([`webchat:holds:current-${tag}`]);
  });
});
