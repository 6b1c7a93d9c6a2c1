import type { StayState } from "./ledger";
import { occupies, isExclusive } from "./ledger";
import type { ReservationView } from "./results";
import { MARK_RANGE_SQL, MARK_RESERVATION_ARRIVAL_SQL, MARK_STORED_STAY_SQL } from "../../shared/reports/daily-rows";

/** A payment as the object stores it and the read model mirrors it. */
export interface PaymentState {
  id: string;
  reservation_id: string;
  provider: string;
  provider_payment_id: string | null;
  method: string;
  amount: number;
  currency: string;
  status: string;
  reference: string | null;
  flag: string | null;
  recorded_by: string | null;
  created_at: number;
  updated_at: number | null;
  version: number;
  /** payment, or refund: money given back against the payment in refund_of. */
  kind: string;
  refund_of: string | null;
  [key: string]: SqlStorageValue;
}

export interface StayMirror {
  state: StayState;
  /** The reservation's details when the stay is one. */
  reservation: ReservationView | null;
}

/**
 * The statements that bring the read model to the given states, in an order no set of states can
 * make collide: every stay row first, then every night of those stays removed, then the nights of
 * the stays that occupy them inserted. The object never lets two exclusive stays share a night,
 * so once the old nights are gone the new ones always fit. Each statement is guarded by
 * `version`, so replaying an old state (at-least-once delivery) never rolls a newer one back.
 *
 * The same batch marks the days each change touches for the daily report rows (a stay's range as
 * the read model held it and as it is now; a payment's check-in day). Those days are recomputed
 * later, many changes at once (see shared/reports/daily-rows.ts): the recompute is the costliest
 * statement of a batch, and under a burst of holds it would run once per hold.
 */
export function readModelStatements(db: D1Database, tenantId: string, stays: StayMirror[], payments: PaymentState[], now: number): D1PreparedStatement[] {
  if (stays.length === 0 && payments.length === 0) return [];
  const statements: D1PreparedStatement[] = [];
  for (const { state: s } of stays) {
    // A stay's first version was never stored with other dates: its own range covers every day it touched.
    if (s.version > 1) statements.push(db.prepare(MARK_STORED_STAY_SQL).bind(s.id));
    statements.push(db.prepare(MARK_RANGE_SQL).bind(tenantId, s.accommodation_id, s.check_in, s.check_out));
  }
  for (const p of payments) statements.push(db.prepare(MARK_RESERVATION_ARRIVAL_SQL).bind(p.reservation_id));
  // Stays that give nights back go first, then those that take them.
  const ordered = [...stays].sort((a, b) => Number(occupies(a.state.status)) - Number(occupies(b.state.status)));
  // Stays whose dates changed can trade nights among themselves (one moves off nights another moves
  // onto), which no order of upserts satisfies against the overlap trigger. So when two or more
  // exclusive stays of one accommodation take nights in one batch, each is first set aside (same
  // version, status `removed`, not checked by the trigger) and then written; the batch is one
  // transaction, so no reader sees the step between. Stays of different accommodations never share
  // a night, so a batch gathering many units' changes sets none aside for that.
  const taking = ordered.filter(({ state: s }) => occupies(s.status) && isExclusive(s.kind));
  const takingPerUnit = new Map<string, number>();
  for (const { state: s } of taking) takingPerUnit.set(s.accommodation_id, (takingPerUnit.get(s.accommodation_id) ?? 0) + 1);
  for (const { state: s } of taking) {
    if (takingPerUnit.get(s.accommodation_id)! < 2) continue;
    statements.push(db.prepare(`UPDATE calendar_stays SET status = 'removed' WHERE id = ?1 AND version < ?2`).bind(s.id, s.version));
  }
  for (const { state: s, reservation } of ordered) {
    statements.push(
      db
        .prepare(
          `INSERT INTO calendar_stays (id, tenant_id, accommodation_id, kind, status, check_in, check_out, expires_at, feed_id, note, version, updated_at)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
           ON CONFLICT (id) DO UPDATE SET status = excluded.status, check_in = excluded.check_in, check_out = excluded.check_out,
             expires_at = excluded.expires_at, note = excluded.note, version = excluded.version, updated_at = excluded.updated_at
           WHERE excluded.version > calendar_stays.version`,
        )
        .bind(s.id, s.tenant_id, s.accommodation_id, s.kind, s.status, s.check_in, s.check_out, s.expires_at, s.feed_id, s.note, s.version, now),
    );
    if (reservation) statements.push(reservationUpsert(db, reservation));
  }
  for (const { state: s } of ordered) {
    // Nights change only when this state is the one now stored (not an older replay).
    statements.push(db.prepare(`DELETE FROM calendar_nights WHERE stay_id = ?1 AND (SELECT version FROM calendar_stays WHERE id = ?1) = ?2`).bind(s.id, s.version));
  }
  for (const { state: s } of ordered) {
    if (!occupies(s.status)) continue;
    // One statement per stay: the nights are generated by SQLite itself.
    statements.push(
      db
        .prepare(
          `WITH RECURSIVE d(night) AS (SELECT ?3 UNION ALL SELECT date(night, '+1 day') FROM d WHERE date(night, '+1 day') < ?4)
           INSERT INTO calendar_nights (tenant_id, accommodation_id, night, stay_id, exclusive)
           SELECT ?1, ?2, night, ?5, ?7 FROM d
           WHERE (SELECT version FROM calendar_stays WHERE id = ?5) = ?6`,
        )
        .bind(s.tenant_id, s.accommodation_id, s.check_in, s.check_out, s.id, s.version, isExclusive(s.kind) ? 1 : 0),
    );
  }
  for (const p of payments) statements.push(...paymentUpsert(db, tenantId, p));
  return statements;
}

function reservationUpsert(db: D1Database, r: ReservationView): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO reservations (id, tenant_id, accommodation_id, code, status, check_in, check_out, guests, guest_name, guest_phone, guest_email, source,
         total_amount, deposit_amount, currency, expires_at, extension_used, idempotency_key, cancel_reason, conversation_id, version, created_at, updated_at,
         refund_decision, notes, price_override_reason, receipt_received_at, adjustments)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28)
       ON CONFLICT (id) DO UPDATE SET status = excluded.status, check_in = excluded.check_in, check_out = excluded.check_out, guests = excluded.guests,
         guest_name = excluded.guest_name, guest_phone = excluded.guest_phone, guest_email = excluded.guest_email, source = excluded.source,
         total_amount = excluded.total_amount, deposit_amount = excluded.deposit_amount, expires_at = excluded.expires_at,
         extension_used = excluded.extension_used, cancel_reason = excluded.cancel_reason, refund_decision = excluded.refund_decision,
         notes = excluded.notes, price_override_reason = excluded.price_override_reason, receipt_received_at = excluded.receipt_received_at, adjustments = excluded.adjustments, version = excluded.version, updated_at = excluded.updated_at
       WHERE excluded.version > reservations.version`,
    )
    .bind(
      r.id,
      r.tenantId,
      r.accommodationId,
      r.code,
      r.status,
      r.checkIn,
      r.checkOut,
      r.guests,
      r.guestName,
      r.guestPhone,
      r.guestEmail,
      r.source,
      r.totalAmount,
      r.depositAmount,
      r.currency,
      r.expiresAt,
      r.extensionUsed ? 1 : 0,
      r.idempotencyKey,
      r.cancelReason,
      r.conversationId,
      r.version,
      r.createdAt,
      r.updatedAt,
      r.refundDecision,
      r.notes,
      r.priceOverrideReason,
      r.receiptReceivedAt,
      JSON.stringify(r.adjustments),
    );
}

/**
 * Two statements, in one batch: a row the database already had for the same provider payment under
 * another id is adopted (brought to this state, keeping its id), and otherwise the payment is upserted
 * by id. One upsert with two conflict targets would say it in one statement, but only SQLite has those.
 */
function paymentUpsert(db: D1Database, tenantId: string, p: PaymentState): D1PreparedStatement[] {
  const adopt = db
    .prepare(
      `UPDATE payments SET amount = ?5, status = ?6, flag = ?7, updated_at = ?8, version = ?9
       WHERE tenant_id = ?2 AND provider = ?3 AND provider_payment_id = ?4 AND id <> ?1`,
    )
    .bind(p.id, tenantId, p.provider, p.provider_payment_id, p.amount, p.status, p.flag, p.updated_at, p.version);
  const upsert = db
    .prepare(
      `INSERT INTO payments (id, tenant_id, reservation_id, provider, provider_payment_id, method, amount, currency, status, reference, flag, recorded_by, created_at, updated_at, version, kind, refund_of)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17
       WHERE NOT EXISTS (SELECT 1 FROM payments WHERE tenant_id = ?2 AND provider = ?4 AND provider_payment_id = ?5 AND id <> ?1)
       ON CONFLICT (id) DO UPDATE SET amount = excluded.amount, status = excluded.status, reference = excluded.reference, flag = excluded.flag,
         updated_at = excluded.updated_at, version = excluded.version
         WHERE excluded.version > payments.version`,
    )
    .bind(
      p.id,
      tenantId,
      p.reservation_id,
      p.provider,
      p.provider_payment_id,
      p.method,
      p.amount,
      p.currency,
      p.status,
      p.reference,
      p.flag,
      p.recorded_by,
      p.created_at,
      p.updated_at,
      p.version,
      p.kind ?? "payment",
      p.refund_of ?? null,
    );
  return [adopt, upsert];
}
