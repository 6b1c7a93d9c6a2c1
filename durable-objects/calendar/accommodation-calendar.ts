import { DurableObject } from "cloudflare:workers";
import { eachNight } from "../../shared/domain/dates";
import type { Env } from "../../workers/platform/env";
import { log } from "../../workers/platform/log";
import { announce } from "./announce";
import {
  blockInput,
  confirmInput,
  EXTENSION_MINUTES,
  holdInput,
  HOLD_MINUTES,
  replaceImportedInput,
  reservationRef,
  snapshotInput,
  unblockInput,
  type BlockInput,
  type ConfirmInput,
  type HoldInput,
  type ReplaceImportedInput,
  type ReservationRef,
} from "./inputs";
import { occupies, writeStates, type StayState } from "./read-model-sync";
import { STORAGE_DDL, STORAGE_SCHEMA_VERSION } from "./storage-schema";

export interface NightConflict {
  night: string;
  stayId: string;
  kind: string;
}

export type HoldResult = { ok: true; expiresAt: number } | { ok: false; code: "dates_unavailable"; conflicts: NightConflict[] };
export type ExtendResult = { ok: true; expiresAt: number } | { ok: false; code: "extension_used" | "not_held" };
export type ConfirmResult = { ok: true; alreadyConfirmed: boolean } | { ok: false; code: "not_held" | "expired" | "dates_unavailable" };
export type CancelResult = { ok: true } | { ok: false; code: "not_found" | "not_cancellable" };
export type BlockResult = { ok: true } | { ok: false; code: "dates_unavailable"; conflicts: NightConflict[] };
export type DayStatus = "free" | "held" | "booked" | "blocked";

const MINUTE = 60_000;
const OUTBOX_BATCH = 50;

/**
 * The night ledger of one accommodation. Durable Objects run one request at a time, and every
 * change below is one synchronous SQLite transaction committed before the answer, so two guests
 * racing for a night are serialized here and exactly one wins.
 */
export class AccommodationCalendar extends DurableObject<Env> {
  private readonly sql: SqlStorage;
  /** The flush in progress, shared by every caller that arrives while it runs (one writer to D1 at a time). */
  private flushing: Promise<void> | null = null;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    ctx.blockConcurrencyWhile(async () => this.migrate());
  }

  /** Holds the nights for 30 minutes; the same reservation id again answers the existing hold. */
  async hold(raw: HoldInput): Promise<HoldResult> {
    const input = holdInput.parse(raw);
    const now = input.now ?? Date.now();
    return this.mutate((): HoldResult => {
      this.expireDue(now);
      const existing = this.stay(input.reservationId);
      if (existing) {
        if (existing.status === "held" || existing.status === "confirmed") return { ok: true, expiresAt: existing.expires_at ?? now };
      }
      const conflicts = this.conflicts(input.checkIn, input.checkOut);
      if (conflicts.length > 0) return { ok: false, code: "dates_unavailable", conflicts };
      const expiresAt = now + HOLD_MINUTES * MINUTE;
      this.writeStay({
        id: input.reservationId,
        kind: "reservation",
        status: "held",
        tenant_id: input.tenantId,
        accommodation_id: input.accommodationId,
        check_in: input.checkIn,
        check_out: input.checkOut,
        expires_at: expiresAt,
        feed_id: null,
        note: null,
        version: (existing?.version ?? 0) + 1,
      });
      this.sql.exec(`INSERT INTO schedules (kind, stay_id, run_at) VALUES ('expire_hold', ?, ?)`, input.reservationId, expiresAt);
      return { ok: true, expiresAt };
    });
  }

  /** Adds 15 minutes to a live hold, once. */
  async extendHold(raw: ReservationRef): Promise<ExtendResult> {
    const input = reservationRef.parse(raw);
    const now = input.now ?? Date.now();
    return this.mutate((): ExtendResult => {
      this.expireDue(now);
      const stay = this.stay(input.reservationId);
      if (!stay || stay.status !== "held") return { ok: false, code: "not_held" };
      if (this.extended(stay.id)) return { ok: false, code: "extension_used" };
      const expiresAt = (stay.expires_at ?? now) + EXTENSION_MINUTES * MINUTE;
      this.sql.exec(`UPDATE stays SET extended = 1 WHERE id = ?`, stay.id);
      this.writeStay({ ...stay, expires_at: expiresAt, version: stay.version + 1 });
      this.sql.exec(`UPDATE schedules SET run_at = ? WHERE kind = 'expire_hold' AND stay_id = ?`, expiresAt, stay.id);
      return { ok: true, expiresAt };
    });
  }

  /**
   * Confirms a live hold. With `allowLate` (money that arrived after expiry) an expired hold is
   * confirmed too when its nights are still free. Confirming twice is harmless.
   */
  async confirm(raw: ConfirmInput): Promise<ConfirmResult> {
    const input = confirmInput.parse(raw);
    const now = input.now ?? Date.now();
    return this.mutate((): ConfirmResult => {
      this.expireDue(now);
      const stay = this.stay(input.reservationId);
      if (!stay) return { ok: false, code: "not_held" };
      if (stay.status === "confirmed") return { ok: true, alreadyConfirmed: true };
      if (stay.status === "held") {
        this.writeStay({ ...stay, status: "confirmed", expires_at: null, version: stay.version + 1 });
        this.sql.exec(`DELETE FROM schedules WHERE stay_id = ?`, stay.id);
        return { ok: true, alreadyConfirmed: false };
      }
      if (stay.status === "expired" && input.allowLate) {
        if (this.conflicts(stay.check_in, stay.check_out).length > 0) return { ok: false, code: "dates_unavailable" };
        this.writeStay({ ...stay, status: "confirmed", expires_at: null, version: stay.version + 1 });
        return { ok: true, alreadyConfirmed: false };
      }
      return { ok: false, code: stay.status === "expired" ? "expired" : "not_held" };
    });
  }

  /** Cancels a held or confirmed stay and frees its nights; cancelling twice is harmless. */
  async cancel(raw: ReservationRef): Promise<CancelResult> {
    const input = reservationRef.parse(raw);
    return this.mutate((): CancelResult => {
      const stay = this.stay(input.reservationId);
      if (!stay) return { ok: false, code: "not_found" };
      if (stay.status === "cancelled") return { ok: true };
      if (stay.status !== "held" && stay.status !== "confirmed") return { ok: false, code: "not_cancellable" };
      this.writeStay({ ...stay, status: "cancelled", expires_at: null, version: stay.version + 1 });
      this.sql.exec(`DELETE FROM schedules WHERE stay_id = ?`, stay.id);
      return { ok: true };
    });
  }

  /** A manual block by staff (maintenance, owner's use). */
  async block(raw: BlockInput): Promise<BlockResult> {
    const input = blockInput.parse(raw);
    return this.mutate((): BlockResult => {
      this.expireDue(Date.now());
      const existing = this.stay(input.blockId);
      if (existing?.status === "active") return { ok: true };
      const conflicts = this.conflicts(input.checkIn, input.checkOut);
      if (conflicts.length > 0) return { ok: false, code: "dates_unavailable", conflicts };
      this.writeStay({
        id: input.blockId,
        kind: "block",
        status: "active",
        tenant_id: input.tenantId,
        accommodation_id: input.accommodationId,
        check_in: input.checkIn,
        check_out: input.checkOut,
        expires_at: null,
        feed_id: null,
        note: input.note ?? null,
        version: (existing?.version ?? 0) + 1,
      });
      return { ok: true };
    });
  }

  async unblock(raw: { blockId: string }): Promise<{ ok: true } | { ok: false; code: "not_found" }> {
    const input = unblockInput.parse(raw);
    return this.mutate((): { ok: true } | { ok: false; code: "not_found" } => {
      const stay = this.stay(input.blockId);
      if (!stay || stay.kind !== "block") return { ok: false, code: "not_found" };
      if (stay.status === "active") this.writeStay({ ...stay, status: "removed", version: stay.version + 1 });
      return { ok: true };
    });
  }

  /**
   * Replaces every night one feed blocks, atomically. Nights a Posada stay already holds are not
   * taken: they come back as conflicts for staff to resolve.
   */
  async replaceImportedBlocks(raw: ReplaceImportedInput): Promise<{ ok: true; blockedNights: number; conflicts: NightConflict[] }> {
    const input = replaceImportedInput.parse(raw);
    return this.mutate(() => {
      this.expireDue(Date.now());
      const current = new Map(
        this.sql.exec<StayRow>(`SELECT * FROM stays WHERE kind = 'imported' AND feed_id = ? AND status = 'active'`, input.feedId).toArray().map((s) => [s.id, s]),
      );
      // The runs this feed should block now: its ranges minus nights another stay owns.
      const wanted = new Map<string, { start: string; end: string }>();
      const conflicts: NightConflict[] = [];
      for (const range of input.ranges) {
        let runStart: string | null = null;
        const close = (end: string) => {
          if (runStart !== null) wanted.set(`imp_${input.feedId}_${runStart}`, { start: runStart, end });
          runStart = null;
        };
        for (const night of eachNight(range.start, range.end)) {
          const owner = this.nightOwner(night);
          if (owner && !current.has(owner.stayId)) {
            close(night);
            // A Posada guest on a night the channel also sold is a double booking staff must see;
            // a night already blocked by hand or by another channel is simply blocked.
            if (owner.kind === "reservation") conflicts.push(owner);
          } else if (runStart === null) {
            runStart = night;
          }
        }
        close(range.end);
      }
      // Only what changed is written, so an unchanged feed leaves the calendar version (the ETag) alone.
      for (const [id, old] of current) {
        const next = wanted.get(id);
        if (next && next.start === old.check_in && next.end === old.check_out) wanted.delete(id);
        else this.writeStay({ ...old, status: "removed", version: old.version + 1 });
      }
      for (const [id, run] of wanted) {
        const previous = this.stay(id);
        this.writeStay({
          id,
          kind: "imported",
          status: "active",
          tenant_id: input.tenantId,
          accommodation_id: input.accommodationId,
          check_in: run.start,
          check_out: run.end,
          expires_at: null,
          feed_id: input.feedId,
          note: null,
          version: (previous?.version ?? 0) + 1,
        });
      }
      const blockedNights = this.sql.exec<{ n: number }>(
        `SELECT count(*) AS n FROM nights n JOIN stays s ON s.id = n.stay_id WHERE s.kind = 'imported' AND s.feed_id = ?`,
        input.feedId,
      ).one().n;
      return { ok: true as const, blockedNights, conflicts };
    });
  }

  /** Per-night status between `from` and `to` (exclusive) and the calendar version. */
  async snapshot(raw: { from: string; to: string }): Promise<{ version: number; days: Array<{ date: string; status: DayStatus; stayId: string | null }> }> {
    const input = snapshotInput.parse(raw);
    const taken = new Map<string, { status: DayStatus; stayId: string }>();
    for (const row of this.sql
      .exec<{ night: string; stay_id: string; kind: string; status: string }>(
        `SELECT n.night, n.stay_id, s.kind, s.status FROM nights n JOIN stays s ON s.id = n.stay_id WHERE n.night >= ? AND n.night < ?`,
        input.from,
        input.to,
      )
      .toArray()) {
      const status: DayStatus = row.kind !== "reservation" ? "blocked" : row.status === "held" ? "held" : "booked";
      taken.set(row.night, { status, stayId: row.stay_id });
    }
    const days = eachNight(input.from, input.to).map((date) => ({ date, status: taken.get(date)?.status ?? ("free" as const), stayId: taken.get(date)?.stayId ?? null }));
    return { version: this.version(), days };
  }

  /** Stays that take nights now (for the iCal export): reservations held or confirmed, blocks, imports. */
  async occupyingStays(): Promise<Array<{ id: string; kind: string; checkIn: string; checkOut: string; feedId: string | null }>> {
    return this.sql
      .exec<StayRow>(`SELECT * FROM stays WHERE status IN ('held', 'confirmed', 'active') ORDER BY check_in`)
      .toArray()
      .map((s) => ({ id: s.id, kind: s.kind, checkIn: s.check_in, checkOut: s.check_out, feedId: s.feed_id }));
  }

  /** One reservation's state here, the source of truth (null when the object never held it). */
  async stayState(raw: ReservationRef): Promise<{ status: string; expiresAt: number | null } | null> {
    const input = reservationRef.parse(raw);
    const stay = this.stay(input.reservationId);
    if (!stay) return null;
    // A read does not write: a lapsed hold reads as expired and the alarm records it.
    const lapsed = stay.status === "held" && stay.expires_at !== null && stay.expires_at <= (input.now ?? Date.now());
    return { status: lapsed ? "expired" : stay.status, expiresAt: stay.expires_at };
  }

  /** The calendar version: it changes exactly when any night changes (the iCal export's ETag). */
  async calendarVersion(): Promise<number> {
    return this.version();
  }

  private version(): number {
    return this.sql.exec<{ value: number }>(`SELECT value FROM meta WHERE key = 'version'`).toArray()[0]?.value ?? 0;
  }

  /** Runs due timers (hold expiry) and retries the outbox; at-least-once, so every step is idempotent. */
  override async alarm(): Promise<void> {
    const now = Date.now();
    this.ctx.storage.transactionSync(() => this.expireDue(now));
    await this.afterChange();
  }

  // ── internals ──────────────────────────────────────────────────────────────

  /**
   * Runs one change as a single storage transaction, committed before the caller answers;
   * then, if any night changed, sends it on to the read model.
   */
  private async mutate<T>(change: () => T): Promise<T> {
    const before = this.version();
    const result = this.ctx.storage.transactionSync(change);
    await this.afterChange(before);
    return result;
  }

  private migrate(): void {
    // PRAGMA user_version is not allowed in Durable Object storage, so the version lives in meta.
    this.sql.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)`);
    const current = this.sql.exec<{ value: number }>(`SELECT value FROM meta WHERE key = 'schema_version'`).toArray()[0]?.value ?? 0;
    if (current >= STORAGE_SCHEMA_VERSION) return;
    this.sql.exec(STORAGE_DDL);
    this.sql.exec(`INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, STORAGE_SCHEMA_VERSION);
  }

  private stay(id: string): StayRow | undefined {
    return this.sql.exec<StayRow>(`SELECT * FROM stays WHERE id = ?`, id).toArray()[0];
  }

  private extended(id: string): boolean {
    return (this.sql.exec<{ extended: number }>(`SELECT extended FROM stays WHERE id = ?`, id).toArray()[0]?.extended ?? 0) === 1;
  }

  private nightOwner(night: string): NightConflict | null {
    const row = this.sql
      .exec<{ stay_id: string; kind: string }>(`SELECT n.stay_id, s.kind FROM nights n JOIN stays s ON s.id = n.stay_id WHERE n.night = ?`, night)
      .toArray()[0];
    return row ? { night, stayId: row.stay_id, kind: row.kind } : null;
  }

  private conflicts(checkIn: string, checkOut: string): NightConflict[] {
    return this.sql
      .exec<{ night: string; stay_id: string; kind: string }>(
        `SELECT n.night, n.stay_id, s.kind FROM nights n JOIN stays s ON s.id = n.stay_id WHERE n.night >= ? AND n.night < ? ORDER BY n.night`,
        checkIn,
        checkOut,
      )
      .toArray()
      .map((r) => ({ night: r.night, stayId: r.stay_id, kind: r.kind }));
  }

  /** Writes a stay's new state, its nights, an outbox row and a new calendar version, in the caller's transaction. */
  private writeStay(state: StayState): void {
    this.sql.exec(
      `INSERT INTO stays (id, kind, status, tenant_id, accommodation_id, check_in, check_out, expires_at, feed_id, note, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET status = excluded.status, check_in = excluded.check_in, check_out = excluded.check_out,
         expires_at = excluded.expires_at, note = excluded.note, version = excluded.version`,
      state.id,
      state.kind,
      state.status,
      state.tenant_id,
      state.accommodation_id,
      state.check_in,
      state.check_out,
      state.expires_at,
      state.feed_id,
      state.note,
      state.version,
    );
    this.sql.exec(`DELETE FROM nights WHERE stay_id = ?`, state.id);
    if (occupies(state.status)) {
      for (const night of eachNight(state.check_in, state.check_out)) this.sql.exec(`INSERT INTO nights (night, stay_id) VALUES (?, ?)`, night, state.id);
    }
    this.sql.exec(`INSERT INTO outbox (stay_id) VALUES (?)`, state.id);
    this.sql.exec(`INSERT INTO meta (key, value) VALUES ('version', 1) ON CONFLICT (key) DO UPDATE SET value = value + 1`);
  }

  /** Expires holds whose time is up; also called before every check so expiry never waits on the alarm. */
  private expireDue(now: number): void {
    const due = this.sql.exec<StayRow>(`SELECT * FROM stays WHERE status = 'held' AND expires_at <= ?`, now).toArray();
    for (const stay of due) this.writeStay({ ...stay, status: "expired", version: stay.version + 1 });
    this.sql.exec(`DELETE FROM schedules WHERE run_at <= ? AND stay_id NOT IN (SELECT id FROM stays WHERE status = 'held')`, now);
  }

  /** Pushes the outbox to D1 (when this request changed something), then arms the alarm for the next timer or retry. */
  private async afterChange(versionBefore?: number): Promise<void> {
    // A request that changed nothing (a lost race, a repeat) does not wait for the read model.
    if (versionBefore !== undefined && versionBefore === this.version()) return;
    try {
      this.flushing ??= this.flushOutbox().finally(() => {
        this.flushing = null;
      });
      await this.flushing;
    } catch (error) {
      // The change is committed here already; the outbox keeps it and the alarm retries.
      log("warn", "calendar outbox flush failed", { error: String(error) });
    }
    await this.armAlarm();
  }

  /** Sends outbox rows to D1 until none are left; rows added meanwhile are picked up by the next round. */
  private async flushOutbox(): Promise<void> {
    for (;;) {
      const rows = this.sql.exec<{ seq: number; stay_id: string; attempts: number }>(`SELECT seq, stay_id, attempts FROM outbox ORDER BY seq LIMIT ?`, OUTBOX_BATCH).toArray();
      if (rows.length === 0) return;
      const lastSeq = rows[rows.length - 1]!.seq;
      // Only the newest state of each stay matters; older rows are covered by it.
      const states = [...new Set(rows.map((r) => r.stay_id))].map((id) => this.stay(id)).filter((s): s is StayRow => s !== undefined);
      try {
        await writeStates(this.env.DB, states.map(toState));
        await announce(this.env, states);
      } catch (error) {
        const attempts = (rows[0]?.attempts ?? 0) + 1;
        const backoff = Math.min(10 * MINUTE, 1000 * 2 ** attempts);
        this.sql.exec(`UPDATE outbox SET attempts = ?, next_attempt_at = ? WHERE seq <= ?`, attempts, Date.now() + backoff, lastSeq);
        throw error;
      }
      this.sql.exec(`DELETE FROM outbox WHERE seq <= ?`, lastSeq);
    }
  }

  private async armAlarm(): Promise<void> {
    const nextTimer = this.sql.exec<{ run_at: number | null }>(`SELECT MIN(run_at) AS run_at FROM schedules`).toArray()[0]?.run_at ?? null;
    const nextRetry = this.sql.exec<{ at: number | null }>(`SELECT MIN(next_attempt_at) AS at FROM outbox`).toArray()[0]?.at ?? null;
    const candidates = [nextTimer, nextRetry].filter((t): t is number => t !== null);
    if (candidates.length === 0) return;
    const next = Math.max(Math.min(...candidates), Date.now() + 10);
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > next) await this.ctx.storage.setAlarm(next);
  }
}

interface StayRow extends StayState {
  extended: number;
  [key: string]: SqlStorageValue;
}

function toState(row: StayRow): StayState {
  const { extended: _extended, ...state } = row;
  return state;
}

