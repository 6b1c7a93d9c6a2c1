import { eachNight } from "../../shared/domain/dates";
import type { StoredAdjustment } from "../../shared/pricing/adjustments";
import { dayUseConflicts } from "./day-uses";
import type { NightConflict, ReservationStatus, ReservationView } from "./results";

/** A stay as the ledger and the read model store it. */
export interface StayState {
  id: string;
  kind: "reservation" | "block" | "imported";
  status: string;
  tenant_id: string;
  accommodation_id: string;
  check_in: string;
  check_out: string;
  expires_at: number | null;
  feed_id: string | null;
  note: string | null;
  version: number;
}

export interface StayRow extends StayState {
  extended: number;
  [key: string]: SqlStorageValue;
}

export interface ReservationDetails {
  id: string;
  code: string;
  guests: number;
  guest_name: string;
  guest_phone: string | null;
  guest_email: string | null;
  source: string;
  total_amount: number;
  deposit_amount: number;
  currency: string;
  idempotency_key: string | null;
  request_fingerprint: string | null;
  conversation_id: string | null;
  cancel_reason: string | null;
  receipt_received_at: number | null;
  receipt_extension_used: number;
  refund_decision: string | null;
  notes: string | null;
  price_override_reason: string | null;
  /** JSON: the discount lines taken off total_amount (StoredAdjustment[]). */
  adjustments: string;
  created_at: number;
  updated_at: number;
  [key: string]: SqlStorageValue;
}

const OCCUPYING = new Set(["held", "confirmed", "active"]);

/** Whether a stay in this status takes its nights. */
export const occupies = (status: string) => OCCUPYING.has(status);

/** Reservations and manual blocks own a night alone; nights a channel blocks are layered under them. */
export const isExclusive = (kind: StayState["kind"]) => kind !== "imported";

/**
 * The night ledger of one accommodation over the object's SQLite storage. Every method runs
 * inside the caller's transaction (synchronous), so a change and its outbox row commit together.
 */
export class Ledger {
  /** Set when a change queued something for the outbox; the caller resets it before each change. */
  dirty = false;

  constructor(private readonly sql: SqlStorage) {}

  stay(id: string): StayRow | undefined {
    return this.sql.exec<StayRow>(`SELECT * FROM stays WHERE id = ?`, id).toArray()[0];
  }

  details(id: string): ReservationDetails | undefined {
    return this.sql.exec<ReservationDetails>(`SELECT * FROM reservations WHERE id = ?`, id).toArray()[0];
  }

  byIdempotencyKey(key: string): ReservationDetails | undefined {
    return this.sql.exec<ReservationDetails>(`SELECT * FROM reservations WHERE idempotency_key = ?`, key).toArray()[0];
  }

  /**
   * Every stay on any night of [checkIn, checkOut), layered ones included, and every night another
   * stay's late check-out or early check-in keeps free (day-uses.ts).
   */
  conflicts(checkIn: string, checkOut: string, ignoreStayId?: string): NightConflict[] {
    const dayUses = dayUseConflicts(this.sql, checkIn, checkOut, ignoreStayId ?? "");
    return [...this.nightConflicts(checkIn, checkOut, ignoreStayId), ...dayUses].sort((a, b) => (a.night < b.night ? -1 : a.night > b.night ? 1 : 0));
  }

  private nightConflicts(checkIn: string, checkOut: string, ignoreStayId?: string): NightConflict[] {
    return this.sql
      .exec<{ night: string; stay_id: string; kind: string }>(
        `SELECT n.night, n.stay_id, s.kind FROM nights n JOIN stays s ON s.id = n.stay_id
         WHERE n.night >= ? AND n.night < ? AND n.stay_id != ? ORDER BY n.night, n.exclusive DESC`,
        checkIn,
        checkOut,
        ignoreStayId ?? "",
      )
      .toArray()
      .map((r) => ({ night: r.night, stayId: r.stay_id, kind: r.kind }));
  }

  /** The reservation or manual block that owns `night` alone, if any. */
  exclusiveOwner(night: string): NightConflict | null {
    const row = this.sql
      .exec<{ stay_id: string; kind: string }>(`SELECT n.stay_id, s.kind FROM nights n JOIN stays s ON s.id = n.stay_id WHERE n.night = ? AND n.exclusive = 1`, night)
      .toArray()[0];
    return row ? { night, stayId: row.stay_id, kind: row.kind } : null;
  }

  /** Writes a stay's new state, its nights, an outbox row and a new calendar version. */
  writeStay(state: StayState): void {
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
      const exclusive = isExclusive(state.kind) ? 1 : 0;
      for (const night of eachNight(state.check_in, state.check_out)) {
        this.sql.exec(`INSERT INTO nights (night, stay_id, exclusive) VALUES (?, ?, ?)`, night, state.id, exclusive);
      }
    }
    this.enqueue("stay", state.id);
    this.sql.exec(`INSERT INTO meta (key, value) VALUES ('version', 1) ON CONFLICT (key) DO UPDATE SET value = value + 1`);
  }

  /**
   * A new version of a stay whose nights did not change (a reservation's guest, price or notes), so
   * the read model takes the new details while the calendar version (the iCal ETag) stays put.
   */
  touchStay(id: string): void {
    this.sql.exec(`UPDATE stays SET version = version + 1 WHERE id = ?`, id);
    this.enqueue("stay", id);
  }

  /** Moves a reservation to a new status (and expiry), touching its details' updated_at. */
  setReservationStatus(stay: StayRow, status: ReservationStatus, now: number, patch: { expiresAt?: number | null; cancelReason?: string | null } = {}): void {
    this.writeStay({ ...stay, status, expires_at: patch.expiresAt === undefined ? (status === "held" ? stay.expires_at : null) : patch.expiresAt, version: stay.version + 1 });
    this.sql.exec(
      `UPDATE reservations SET updated_at = ?, cancel_reason = coalesce(?, cancel_reason) WHERE id = ?`,
      now,
      patch.cancelReason ?? null,
      stay.id,
    );
    if (status !== "held") this.sql.exec(`DELETE FROM schedules WHERE stay_id = ?`, stay.id);
  }

  enqueue(subject: "stay" | "payment" | "event", subjectId: string, payload: unknown = null): void {
    this.dirty = true;
    this.sql.exec(`INSERT INTO outbox (subject, subject_id, payload) VALUES (?, ?, ?)`, subject, subjectId, payload === null ? null : JSON.stringify(payload));
  }

  /** The next number of the unit's own sequence for a local day. */
  nextSequence(day: string): number {
    return this.sql
      .exec<{ sequence: number }>(
        `INSERT INTO code_sequences (day, sequence) VALUES (?, 1) ON CONFLICT (day) DO UPDATE SET sequence = sequence + 1 RETURNING sequence`,
        day,
      )
      .one().sequence;
  }

  version(): number {
    return this.sql.exec<{ value: number }>(`SELECT value FROM meta WHERE key = 'version'`).toArray()[0]?.value ?? 0;
  }

  /** Expires holds whose time is up; also run before every check so expiry never waits on the alarm. */
  expireDue(now: number): void {
    const due = this.sql.exec<StayRow>(`SELECT * FROM stays WHERE kind = 'reservation' AND status = 'held' AND expires_at <= ?`, now).toArray();
    for (const stay of due) this.setReservationStatus(stay, "expired", now, { expiresAt: null });
    this.sql.exec(`DELETE FROM schedules WHERE run_at <= ? AND stay_id NOT IN (SELECT id FROM stays WHERE status = 'held')`, now);
  }

  /** The reservation as the API and the read model see it. */
  view(stay: StayRow, details: ReservationDetails): ReservationView {
    return {
      id: stay.id,
      tenantId: stay.tenant_id,
      accommodationId: stay.accommodation_id,
      code: details.code,
      status: stay.status as ReservationStatus,
      checkIn: stay.check_in,
      checkOut: stay.check_out,
      guests: details.guests,
      guestName: details.guest_name,
      guestPhone: details.guest_phone,
      guestEmail: details.guest_email,
      source: details.source as ReservationView["source"],
      totalAmount: details.total_amount,
      depositAmount: details.deposit_amount,
      currency: details.currency,
      expiresAt: stay.status === "held" ? stay.expires_at : null,
      extensionUsed: stay.extended === 1,
      idempotencyKey: details.idempotency_key,
      cancelReason: details.cancel_reason,
      refundDecision: details.refund_decision as ReservationView["refundDecision"],
      notes: details.notes,
      priceOverrideReason: details.price_override_reason,
      adjustments: JSON.parse(details.adjustments ?? "[]") as StoredAdjustment[],
      conversationId: details.conversation_id,
      receiptReceivedAt: details.receipt_received_at,
      version: stay.version,
      createdAt: details.created_at,
      updatedAt: details.updated_at,
    };
  }
}
