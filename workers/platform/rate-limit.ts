/**
 * Fixed-window counters in D1. One upsert both counts and reads, so concurrent requests
 * cannot under-count. Windows end on their own: nothing is ever locked for good.
 */
export interface WindowLimit {
  limit: number;
  windowMs: number;
}

export interface WindowState {
  count: number;
  retryAfterSeconds: number;
  exceeded: boolean;
}

function windowStart(now: number, windowMs: number): number {
  return Math.floor(now / windowMs) * windowMs;
}

function stateOf(count: number, start: number, rule: WindowLimit, now: number): WindowState {
  return {
    count,
    exceeded: count > rule.limit,
    retryAfterSeconds: Math.max(1, Math.ceil((start + rule.windowMs - now) / 1000)),
  };
}

/** Counts one event against `key` and reports whether the window's limit is now exceeded. */
export async function hitWindow(db: D1Database, key: string, rule: WindowLimit, now = Date.now()): Promise<WindowState> {
  const start = windowStart(now, rule.windowMs);
  const row = await db
    .prepare(
      `INSERT INTO rate_limit_windows (key, window_start, count) VALUES (?1, ?2, 1)
       ON CONFLICT(key) DO UPDATE SET
         count = CASE WHEN window_start = excluded.window_start THEN count + 1 ELSE 1 END,
         window_start = excluded.window_start
       RETURNING count`,
    )
    .bind(key, start)
    .first<{ count: number }>();
  return stateOf(row?.count ?? 1, start, rule, now);
}

/** Reads the window without counting; `exceeded` here means the limit is already reached. */
export async function peekWindow(db: D1Database, key: string, rule: WindowLimit, now = Date.now()): Promise<WindowState> {
  const start = windowStart(now, rule.windowMs);
  const row = await db
    .prepare(`SELECT count, window_start FROM rate_limit_windows WHERE key = ?1`)
    .bind(key)
    .first<{ count: number; window_start: number }>();
  const count = row && row.window_start === start ? row.count : 0;
  return { ...stateOf(count, start, rule, now), exceeded: count >= rule.limit };
}

export async function clearWindow(db: D1Database, key: string): Promise<void> {
  await db.prepare(`DELETE FROM rate_limit_windows WHERE key = ?1`).bind(key).run();
}
