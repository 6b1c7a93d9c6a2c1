import type { DatabaseBindings } from "../../shared/database/choose-database";
import { log } from "../../shared/log";
import { sendAll } from "../queue-batches";
import { occupies, type Ledger, type StayRow } from "./ledger";
import type { ReadModelWriter } from "../read-model/read-model-writer";
import type { PaymentState, StayMirror } from "./read-model-sync";
import type { BookingEvent } from "./results";

export interface OutboxEnv extends DatabaseBindings {
  DB: D1Database;
  BOOKINGS_QUEUE: Queue<BookingEvent>;
  /** The tenant's read-model writer: many objects' changes per D1 batch. */
  READ_MODEL: DurableObjectNamespace<ReadModelWriter>;
}

/** Stays sent to the read model at once; the writer adds other objects' changes to the same D1 batch. */
const STAYS_PER_BATCH = 40;
/** Outbox rows read per round; the rest wait for the next round of the same flush. */
const ROWS_PER_ROUND = 400;
/** After this many failed rounds in a row staff are told; after MAX the alarm stops retrying. */
export const STUCK_AFTER_ATTEMPTS = 5;
export const MAX_AUTOMATIC_ATTEMPTS = 12;
const MINUTE = 60_000;
/**
 * How long after a change the alarm checks that its rows were flushed. The flush itself starts at
 * once; this only covers an object that went away before finishing it. Each arming is a storage
 * commit, so a busy object re-arms it at most this often.
 */
const FIRST_FLUSH_BACKUP_MS = 30_000;

interface OutboxRow {
  seq: number;
  subject: "stay" | "payment" | "event";
  subject_id: string;
  payload: string | null;
  attempts: number;
  [key: string]: SqlStorageValue;
}

/**
 * Sends what the ledger committed to the read model (through the tenant's writer, which also
 * enqueues what follows each reservation and tells the consoles) and this object's events,
 * until acknowledged. Rows are coalesced: only the newest state of each stay and payment is sent,
 * in batches that can never collide (see readModelStatements), so a flush is idempotent and an
 * old row never blocks a newer one.
 */
export class Outbox {
  /**
   * Rows up to here were delivered but are still stored: deleting them is left to the next write
   * transaction (compact), so a delivery costs no storage commit of its own. Kept in memory only:
   * after a restart they are delivered again, which every receiver takes idempotently.
   */
  private deliveredThrough = 0;
  private compactedThrough = 0;

  constructor(
    private readonly sql: SqlStorage,
    private readonly ledger: Ledger,
    private readonly env: OutboxEnv,
    private readonly owner: () => { tenantId: string; accommodationId: string } | null,
  ) {}

  /** Rows not yet delivered. */
  pending(): number {
    return this.sql.exec<{ n: number }>(`SELECT count(*) AS n FROM outbox WHERE seq > ?`, this.deliveredThrough).one().n;
  }

  /**
   * Whether rows about this stay or its payments wait for the read model and are still worth a try
   * now: past STUCK_AFTER_ATTEMPTS the database is down and only the alarm's back-off retries them.
   */
  awaitsFlush(stayId: string): boolean {
    return (
      this.sql
        .exec(
          `SELECT 1 FROM outbox WHERE seq > ? AND attempts < ?
             AND (subject_id = ? OR (subject = 'payment' AND subject_id IN (SELECT id FROM payments WHERE reservation_id = ?))) LIMIT 1`,
          this.deliveredThrough,
          STUCK_AFTER_ATTEMPTS,
          stayId,
          stayId,
        )
        .toArray().length > 0
    );
  }

  /** Deletes delivered rows; called inside a write transaction the object commits anyway. */
  compact(): void {
    if (this.deliveredThrough <= this.compactedThrough) return;
    this.sql.exec(`DELETE FROM outbox WHERE seq <= ?`, this.deliveredThrough);
    this.compactedThrough = this.deliveredThrough;
  }

  /**
   * When the alarm should try again, or null when nothing waits (or automatic retries are over).
   * Rows never tried yet are the flush's that is already running; the alarm only backs it up, a
   * few seconds later, in case the object went away before it finished.
   */
  nextRetryAt(now = Date.now()): number | null {
    const row = this.sql
      .exec<{ at: number | null }>(
        `SELECT min(CASE WHEN attempts = 0 THEN ? ELSE next_attempt_at END) AS at FROM outbox WHERE attempts < ? AND seq > ?`,
        now + FIRST_FLUSH_BACKUP_MS,
        MAX_AUTOMATIC_ATTEMPTS,
        this.deliveredThrough,
      )
      .one();
    return row.at;
  }

  /** Sends every row, round after round, until none is left; throws (after recording it) when a round fails. */
  async flush(): Promise<void> {
    for (;;) {
      const rows = this.sql
        .exec<OutboxRow>(`SELECT seq, subject, subject_id, payload, attempts FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?`, this.deliveredThrough, ROWS_PER_ROUND)
        .toArray();
      if (rows.length === 0) return;
      const lastSeq = rows[rows.length - 1]!.seq;
      try {
        await this.send(rows);
      } catch (error) {
        await this.recordFailure(rows, lastSeq, error);
        throw error;
      }
      this.deliveredThrough = lastSeq;
      await this.clearStuck();
    }
  }

  private async send(rows: OutboxRow[]): Promise<void> {
    const owner = this.owner();
    const stayIds = unique(rows.filter((r) => r.subject === "stay").map((r) => r.subject_id));
    const paymentIds = unique(rows.filter((r) => r.subject === "payment").map((r) => r.subject_id));
    const events = rows.filter((r) => r.subject === "event" && r.payload !== null).map((r) => JSON.parse(r.payload!) as BookingEvent);

    const stays = stayIds.map((id) => this.ledger.stay(id)).filter((s): s is StayRow => s !== undefined);
    const mirrors: StayMirror[] = stays.map((stay) => {
      const details = stay.kind === "reservation" ? this.ledger.details(stay.id) : undefined;
      const { extended: _extended, ...state } = stay;
      return { state, reservation: details ? this.ledger.view(stay, details) : null };
    });
    const payments = paymentIds
      .map((id) => this.sql.exec<PaymentState>(`SELECT * FROM payments WHERE id = ?`, id).toArray()[0])
      .filter((p): p is PaymentState => p !== undefined);

    if (owner && (mirrors.length > 0 || payments.length > 0)) {
      // Releases before takes across batches too, so splitting a large flush stays collision-free.
      const ordered = [...mirrors].sort((a, b) => Number(occupies(a.state.status)) - Number(occupies(b.state.status)));
      for (let i = 0; i < Math.max(1, ordered.length); i += STAYS_PER_BATCH) {
        const chunk = ordered.slice(i, i + STAYS_PER_BATCH);
        const last = i + STAYS_PER_BATCH >= ordered.length;
        const change = { tenantId: owner.tenantId, stays: chunk, payments: last ? payments : [] };
        await this.env.READ_MODEL.get(this.env.READ_MODEL.idFromName(owner.tenantId)).write(change);
      }
    }
    // The writer enqueues `reservation_changed` for every reservation it wrote and tells the
    // consoles, once per batch (read-model/follow-ups.ts); what is left here are this object's own events.
    await sendAll(this.env.BOOKINGS_QUEUE, events);
  }

  private async recordFailure(rows: OutboxRow[], lastSeq: number, error: unknown): Promise<void> {
    const attempts = Math.max(...rows.map((r) => r.attempts)) + 1;
    const backoff = Math.min(10 * MINUTE, 1000 * 2 ** attempts);
    this.sql.exec(`UPDATE outbox SET attempts = ?, next_attempt_at = ? WHERE seq > ? AND seq <= ?`, attempts, Date.now() + backoff, this.deliveredThrough, lastSeq);
    log("warn", "calendar_outbox_flush_failed", { attempts, error: String(error) });
    const owner = this.owner();
    if (attempts < STUCK_AFTER_ATTEMPTS || !owner || this.flag("outbox_stuck")) return;
    try {
      await this.env.BOOKINGS_QUEUE.send({ kind: "calendar_outbox_stuck", ...owner, attempts, error: String(error).slice(0, 300) });
      this.setFlag("outbox_stuck", 1);
    } catch (sendError) {
      log("error", "calendar_outbox_stuck_unreported", { ...owner, attempts, error: String(sendError) });
    }
  }

  private async clearStuck(): Promise<void> {
    const owner = this.owner();
    if (!owner || !this.flag("outbox_stuck")) return;
    try {
      await this.env.BOOKINGS_QUEUE.send({ kind: "calendar_outbox_recovered", ...owner });
      this.setFlag("outbox_stuck", 0);
    } catch {
      // Told on the next successful flush.
    }
  }

  /** Lets the next flush (or the alarm) try every row again at once. */
  resetAttempts(): void {
    this.sql.exec(`UPDATE outbox SET attempts = 0, next_attempt_at = 0`);
  }

  private flag(key: string): boolean {
    return (this.sql.exec<{ value: number }>(`SELECT value FROM meta WHERE key = ?`, key).toArray()[0]?.value ?? 0) === 1;
  }

  private setFlag(key: string, value: 0 | 1): void {
    this.sql.exec(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value);
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
