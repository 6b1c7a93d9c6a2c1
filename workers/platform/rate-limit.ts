/**
 * Fixed-window budgets in D1, for limits the Rate Limiting binding cannot express (its
 * periods are 10 or 60 seconds). A budget is reserved *before* the work it guards, by one
 * conditional upsert: D1 runs statements one at a time, so however many requests race,
 * at most `limit` reservations succeed in a window. Windows end on their own: nothing is
 * ever locked for good, and the cron deletes rows whose window has ended.
 */
export interface WindowLimit {
  limit: number;
  windowMs: number;
}

/** A reservation taken in one window; refunding it only touches that same window. */
export interface Reservation {
  key: string;
  windowStart: number;
}

export type ReserveResult = { ok: true; reservation: Reservation } | { ok: false; retryAfterSeconds: number };

function windowStart(now: number, windowMs: number): number {
  return Math.floor(now / windowMs) * windowMs;
}

function retryAfterSeconds(start: number, rule: WindowLimit, now: number): number {
  return Math.max(1, Math.ceil((start + rule.windowMs - now) / 1000));
}

/**
 * Counts one attempt unless the window is full. A new window restarts the count at 1;
 * when the window is full the WHERE clause skips the update and RETURNING yields no row.
 */
function reserveStatement(db: D1Database, key: string, start: number, rule: WindowLimit): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO rate_limit_windows (key, window_start, count) VALUES (?1, ?2, 1)
       ON CONFLICT(key) DO UPDATE SET
         count = CASE WHEN rate_limit_windows.window_start = excluded.window_start THEN rate_limit_windows.count + 1 ELSE 1 END,
         window_start = excluded.window_start
       WHERE rate_limit_windows.window_start <> excluded.window_start OR rate_limit_windows.count < ?3
       RETURNING count`,
    )
    .bind(key, start, rule.limit);
}

function refundStatement(db: D1Database, reservation: Reservation): D1PreparedStatement {
  return db
    .prepare(`UPDATE rate_limit_windows SET count = count - 1 WHERE key = ?1 AND window_start = ?2 AND count > 0`)
    .bind(reservation.key, reservation.windowStart);
}

/**
 * Reserves one unit of every budget at once, or none: the upserts run in one batch (one
 * round trip), and if any budget is full the ones that were taken are given back.
 */
export async function reserveAll(
  db: D1Database,
  budgets: readonly { key: string; rule: WindowLimit }[],
  now = Date.now(),
): Promise<{ ok: true; reservations: Reservation[] } | { ok: false; retryAfterSeconds: number }> {
  const starts = budgets.map((b) => windowStart(now, b.rule.windowMs));
  const results = await db.batch<{ count: number }>(budgets.map((b, i) => reserveStatement(db, b.key, starts[i]!, b.rule)));
  const reservations: Reservation[] = [];
  const full: number[] = [];
  results.forEach((result, i) => {
    if (result.results.length > 0) reservations.push({ key: budgets[i]!.key, windowStart: starts[i]! });
    else full.push(retryAfterSeconds(starts[i]!, budgets[i]!.rule, now));
  });
  if (full.length === 0) return { ok: true, reservations };
  await refundAll(db, reservations);
  return { ok: false, retryAfterSeconds: Math.max(...full) };
}

/** Gives reservations back (an attempt that turned out not to count, e.g. a successful sign-in). */
export async function refundAll(db: D1Database, reservations: readonly Reservation[]): Promise<void> {
  if (reservations.length === 0) return;
  await db.batch(reservations.map((r) => refundStatement(db, r)));
}

/** Windows longer than the rest, named by key prefix, so the purge keeps each for its whole length. */
export interface LongerWindow {
  keyPrefix: string;
  windowMs: number;
}

/**
 * Deletes rows whose window ended: every rule kept in D1 has a window no longer than
 * `longestWindowMs`, except those named in `longer`, which are deleted only once their own
 * window has ended (deleting a row mid-window would hand its budget back early).
 */
export async function deleteEndedWindows(db: D1Database, longestWindowMs: number, now = Date.now(), longer: readonly LongerWindow[] = []): Promise<number> {
  const notLonger = longer.map((_, i) => ` AND substr(key, 1, ?${2 + 2 * i}) <> ?${3 + 2 * i}`).join("");
  const statements = [
    db.prepare(`DELETE FROM rate_limit_windows WHERE window_start <= ?1${notLonger}`).bind(now - longestWindowMs, ...longer.flatMap((w) => [w.keyPrefix.length, w.keyPrefix])),
    ...longer.map((w) =>
      db.prepare(`DELETE FROM rate_limit_windows WHERE substr(key, 1, ?1) = ?2 AND window_start <= ?3`).bind(w.keyPrefix.length, w.keyPrefix, now - w.windowMs),
    ),
  ];
  const results = await db.batch(statements);
  return results.reduce((sum, result) => sum + result.meta.changes, 0);
}
