import { withDatabase } from "../../shared/database/choose-database";
import { DurableObject } from "cloudflare:workers";
import { eachNight, todayIn } from "../../shared/domain/dates";
import { quoteStay } from "../../shared/domain/pricing";
import { applyAdjustments } from "../../shared/pricing/adjustments";
import { accommodationOfReservation, newId, newReservationId } from "../../shared/ids";
import { log } from "../../shared/log";
import { applyAmendment } from "./amend";
import { claimDayUse, releaseDayUse, type DayUseClaim } from "./day-uses";
import {
  amendInput,
  blockInput,
  cancelInput,
  configureInput,
  dayUseInput,
  EXTENSION_MINUTES,
  holdInput,
  RECEIPT_EXTENSION_MINUTES,
  HOLD_MINUTES,
  paymentInput,
  refundOutcomeInput,
  replaceImportedInput,
  reservationRef,
  reservationRead,
  snapshotInput,
  stayRef,
  unblockInput,
  type AmendInput,
  type BlockInput,
  type CancelInput,
  type ConfigureInput,
  type DayUseInput,
  type HoldInput,
  type PaymentInput,
  type RefundOutcomeInput,
  type ReplaceImportedInput,
  type ReservationRead,
  type ReservationRef,
} from "./inputs";
import { Ledger, type ReservationDetails, type StayRow } from "./ledger";
import { Outbox, type OutboxEnv } from "./outbox";
import { decideManualPayment, decideProviderPayment, laterPaymentStatus, type PaymentStatus } from "./payment-rules";
import type { PaymentState } from "./read-model-sync";
import { recordRefundDecision, refundsOf, settleRefund } from "./refunds";
import { reservationCode } from "./reservation-code";
import { restoreInput, restoreStays, type RestoreInput, type RestoreResult } from "./restore";
import type { AmendResult, BlockResult, CancelResult, DayStatus, ExtendResult, HoldResult, NightConflict, PaymentResult, ReceiptResult, RefundOutcomeResult, ReservationView } from "./results";
import { migrateStorage } from "./storage-schema";
import { packageRuleForHold } from "./package-price";
import { loadUnitConfig, loyaltyCopySchema, UNIT_REFRESH_MS, unitConfigSchema, type LoyaltyCopy, type UnitConfig } from "./unit-config";

export type { AmendResult, BlockResult, CancelResult, DayStatus, ExtendResult, HoldResult, NightConflict, PaymentResult, ReceiptResult, RefundOutcomeResult, RefundView, ReservationView } from "./results";

const MINUTE = 60_000;

/**
 * The night ledger of one accommodation, where its reservations are born and change status.
 * Durable Objects run one request at a time, and every change below is one synchronous SQLite
 * transaction committed before the answer, so two guests racing for a night are serialized here
 * and exactly one wins. The read model (D1), guest messages and consoles hear of each change
 * through the outbox, after the answer: nothing on a hold's path waits for the database.
 */
export class AccommodationCalendar extends DurableObject<OutboxEnv> {
  private readonly sql: SqlStorage;
  private readonly ledger: Ledger;
  private readonly outbox: Outbox;
  /** The flush in progress, shared by every change that arrives while it runs (one writer to D1 at a time). */
  private flushing: Promise<void> | null = null;
  private unitCopy: UnitConfig | null = null;
  private loyaltyCopy: LoyaltyCopy | null = null;
  /** When the copy was last read from D1; kept in memory so a hold asks its storage nothing for it. */
  private unitRefreshedAt = 0;
  private unitRefreshing = false;

  constructor(ctx: DurableObjectState, env: OutboxEnv) {
    super(ctx, withDatabase(env));
    this.sql = ctx.storage.sql;
    this.ledger = new Ledger(this.sql);
    this.outbox = new Outbox(this.sql, this.ledger, this.env, () => (this.unitCopy ? { tenantId: this.unitCopy.tenantId, accommodationId: this.unitCopy.accommodationId } : this.ownerFromStays()));
    ctx.blockConcurrencyWhile(async () => {
      migrateStorage(ctx.storage);
      this.unitCopy = this.storedUnit();
      this.loyaltyCopy = this.storedLoyalty();
      this.unitRefreshedAt = this.storedUnitRefreshedAt();
    });
  }

  // ── the accommodation's copy ──────────────────────────────────────────────

  /** Takes the accommodation's latest pricing, capacity and zone (pushed by the Worker on every change). */
  async configure(raw: ConfigureInput): Promise<{ ok: true }> {
    const { loyalty, ...unit } = configureInput.parse(raw);
    this.storeUnit(unit);
    if (loyalty) this.storeLoyalty(loyalty);
    return { ok: true };
  }

  /** Takes whether the tenant's loyalty tiers now take money off a stay (pushed when they are saved). */
  async configureLoyalty(raw: LoyaltyCopy): Promise<{ ok: true }> {
    this.storeLoyalty(loyaltyCopySchema.parse(raw));
    return { ok: true };
  }

  // ── reservations ──────────────────────────────────────────────────────────

  /** Holds the nights for 30 minutes and creates the reservation, in one transaction. */
  async hold(raw: HoldInput): Promise<HoldResult> {
    const input = holdInput.parse(raw);
    const now = input.now ?? Date.now();
    const unit = await this.unit(input.accommodationId);
    if (!unit || unit.deleted || unit.tenantId !== input.tenantId) return { ok: false, code: "not_found" };
    const fingerprint = JSON.stringify([input.checkIn, input.checkOut, input.guests, input.guest.name, input.guest.phone ?? null, input.guest.email ?? null, input.source, ...(input.package ? [input.package.id] : [])]);

    return this.change((): HoldResult => {
      this.ledger.expireDue(now);
      if (input.idempotencyKey) {
        const earlier = this.ledger.byIdempotencyKey(input.idempotencyKey);
        if (earlier) {
          if (earlier.request_fingerprint !== fingerprint) return { ok: false, code: "idempotency_key_reused" };
          return { ok: true, reservation: this.viewOf(earlier.id, now)!, replayed: true };
        }
      }
      // The Worker did not look the guest up: when a tier could take money off, it must first.
      // An object that has not read its tenant's tiers yet (older than the copy) assumes they may.
      if (input.guestDiscount === "ask" && (this.loyaltyCopy?.discounts ?? true)) return { ok: false, code: "guest_discount_needed" };
      const quote = quoteStay(
        { basePrice: unit.basePrice, rules: unit.pricing, minStay: unit.minStay, capacity: unit.capacity, depositPercent: unit.depositPercent },
        { checkIn: input.checkIn, checkOut: input.checkOut, guests: input.guests, today: todayIn(unit.timezone, new Date(now)) },
      );
      if (!quote.ok) return { ok: false, code: quote.code, detail: quote.detail };
      const forPackage = input.package ? packageRuleForHold(input.package, quote.total, unit, input) : null;
      if (input.package && !forPackage) return { ok: false, code: "package_does_not_fit" };
      const conflicts = this.ledger.conflicts(input.checkIn, input.checkOut);
      if (conflicts.length > 0) return { ok: false, code: "dates_unavailable", conflicts };
      // The guest's discounts are taken off here, once, on the price this object just made.
      const price = applyAdjustments(quote.total, unit.depositPercent, [...(forPackage ? [forPackage] : []), ...(input.adjustments ?? [])]);

      const id = newReservationId(unit.accommodationId, now);
      const day = todayIn(unit.timezone, new Date(now));
      const code = reservationCode(day, unit.unitNumber, this.ledger.nextSequence(day));
      this.sql.exec(
        `INSERT INTO reservations (id, code, guests, guest_name, guest_phone, guest_email, source, total_amount, deposit_amount, currency,
           idempotency_key, request_fingerprint, conversation_id, adjustments, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        id,
        code,
        input.guests,
        input.guest.name,
        input.guest.phone ?? null,
        input.guest.email ?? null,
        input.source,
        price.total.amount,
        price.deposit.amount,
        price.total.currency,
        input.idempotencyKey ?? null,
        fingerprint,
        input.conversationId ?? null,
        JSON.stringify(price.adjustments),
        now,
        now,
      );
      const expiresAt = now + HOLD_MINUTES * MINUTE;
      this.ledger.writeStay({
        id,
        kind: "reservation",
        status: "held",
        tenant_id: unit.tenantId,
        accommodation_id: unit.accommodationId,
        check_in: input.checkIn,
        check_out: input.checkOut,
        expires_at: expiresAt,
        feed_id: null,
        note: null,
        version: 1,
      });
      this.sql.exec(`INSERT INTO schedules (kind, stay_id, run_at) VALUES ('expire_hold', ?, ?)`, id, expiresAt);
      return { ok: true, reservation: this.viewOf(id, now)!, replayed: false };
    });
  }

  /** The reservation as this object knows it (the source of truth), or null for another tenant's or an unknown id. */
  async reservation(raw: ReservationRead): Promise<ReservationView | null> {
    const input = reservationRead.parse(raw);
    const view = this.viewOf(input.reservationId, input.now ?? Date.now());
    if (!view || view.tenantId !== input.tenantId) return null;
    // A change answered a moment ago may still be on its way to the read model (its flush runs
    // after the answer), or waiting out a retry's back-off after a failed write: the read sends it
    // now, which costs nothing once it has landed. A calendar whose database stays down (stuck)
    // is left to the alarm, and the read answers with what this object knows.
    for (let round = 0; input.settled && round < 2 && this.outbox.awaitsFlush(input.reservationId); round++) {
      await this.flushNow().catch(() => undefined);
    }
    return view;
  }

  /** Adds 15 minutes to a live hold, once. */
  async extendHold(raw: ReservationRef): Promise<ExtendResult> {
    const input = reservationRef.parse(raw);
    const now = input.now ?? Date.now();
    return this.change((): ExtendResult => {
      const found = this.liveHold(input.tenantId, input.reservationId, now);
      if (!found.ok) return found;
      const { stay } = found;
      if (stay.extended === 1) return { ok: false, code: "extension_used" };
      const expiresAt = (stay.expires_at ?? now) + EXTENSION_MINUTES * MINUTE;
      this.sql.exec(`UPDATE stays SET extended = 1 WHERE id = ?`, stay.id);
      this.ledger.setReservationStatus({ ...stay, extended: 1 }, "held", now, { expiresAt });
      this.sql.exec(`UPDATE schedules SET run_at = ? WHERE kind = 'expire_hold' AND stay_id = ?`, expiresAt, stay.id);
      return { ok: true, reservation: this.viewOf(stay.id, now)! };
    });
  }

  /**
   * Cancels a held or confirmed stay and frees its nights; cancelling twice is harmless. With a
   * refund decision, what happens to the money already paid is recorded in the same transaction
   * (see refunds.ts); a cancelled stay may also have its decision recorded afterwards.
   */
  async cancel(raw: CancelInput): Promise<CancelResult> {
    const input = cancelInput.parse(raw);
    const now = input.now ?? Date.now();
    return this.change((): CancelResult => {
      this.ledger.expireDue(now);
      const stay = this.ownReservation(input.tenantId, input.reservationId);
      const details = stay && this.ledger.details(stay.id);
      if (!stay || !details) return { ok: false, code: "not_found" };
      const cancelling = stay.status !== "cancelled";
      if (cancelling && stay.status !== "held" && stay.status !== "confirmed" && stay.status !== "needs_refund") return { ok: false, code: "not_cancellable" };
      let refunds = refundsOf(this.sql, stay.id);
      if (input.refund) {
        const recorded = recordRefundDecision(this.sql, this.ledger, details, input.refund, now);
        if (!recorded.ok) return recorded;
        refunds = recorded.refunds;
        if (recorded.changed && !cancelling) this.ledger.touchStay(stay.id);
      }
      if (cancelling) this.ledger.setReservationStatus(stay, "cancelled", now, { expiresAt: null, cancelReason: input.reason ?? null });
      return { ok: true, reservation: this.viewOf(stay.id, now)!, refunds };
    });
  }

  /** Records how a provider refund ended (the Worker calls the provider, then reports here). */
  async settleRefund(raw: RefundOutcomeInput): Promise<RefundOutcomeResult> {
    const input = refundOutcomeInput.parse(raw);
    const now = input.now ?? Date.now();
    return this.change((): RefundOutcomeResult => {
      if (!this.ownReservation(input.tenantId, input.reservationId)) return { ok: false, code: "not_found" };
      const refund = settleRefund(this.sql, this.ledger, input.refundId, input.outcome, input.providerRefundId ?? null, now);
      return refund ? { ok: true, refund } : { ok: false, code: "not_found" };
    });
  }

  /**
   * Edits a held or confirmed reservation: dates (the new nights are taken and the old ones given
   * back in one transaction, or nothing changes and the answer is dates_unavailable), guests,
   * price, notes, source. See amend.ts.
   */
  async amend(raw: AmendInput): Promise<AmendResult> {
    const input = amendInput.parse(raw);
    const now = input.now ?? Date.now();
    const accommodationId = accommodationOfReservation(input.reservationId);
    const unit = accommodationId ? await this.unit(accommodationId) : null;
    return this.change((): AmendResult => {
      this.ledger.expireDue(now);
      const stay = this.ownReservation(input.tenantId, input.reservationId);
      const details = stay && this.ledger.details(stay.id);
      if (!stay || !details || !unit) return { ok: false, code: "not_found" };
      const applied = applyAmendment(this.sql, this.ledger, unit, stay, details, input, now);
      if (!applied.ok) return applied;
      return { ok: true, reservation: this.viewOf(stay.id, now)!, changed: applied.changed };
    });
  }

  /**
   * Erases a guest's personal data from their reservations at their request (Ley 25.326): name,
   * phone, email and notes go; dates, amounts, codes and payments stay, for accounting. Any status.
   */
  async anonymiseGuest(input: { tenantId: string; reservationIds: string[]; name: string }): Promise<{ anonymised: string[] }> {
    const now = Date.now();
    return this.change(() => {
      const anonymised: string[] = [];
      for (const id of input.reservationIds) {
        if (!this.ownReservation(input.tenantId, id)) continue;
        this.sql.exec("UPDATE reservations SET guest_name = ?, guest_phone = NULL, guest_email = NULL, notes = NULL, updated_at = ? WHERE id = ?", input.name, now, id);
        this.ledger.touchStay(id);
        anonymised.push(id);
      }
      return { anonymised };
    });
  }

  /**
   * The one confirm path: a payment taken by hand by staff or one fetched from a provider is
   * recorded here with the confirmation it causes, in one transaction, and the guest's
   * confirmation message leaves through the outbox, so a crash between the two loses neither.
   * Every outcome is decided from the stored state, so a repeat answers like the first time.
   */
  async recordPayment(raw: PaymentInput): Promise<PaymentResult> {
    const input = paymentInput.parse(raw);
    const now = input.now ?? Date.now();
    return this.change((): PaymentResult => {
      this.ledger.expireDue(now);
      const stay = this.ownReservation(input.tenantId, input.reservationId);
      const details = stay && this.ledger.details(stay.id);
      if (!stay || !details) return { ok: false, code: "not_found" };
      const payment = input.payment;
      const reservation = { status: stay.status, depositAmount: details.deposit_amount, currency: details.currency };

      if (payment.source === "manual") {
        const decision = decideManualPayment(
          { amount: payment.amount, currency: payment.currency, override: payment.override, paidWhileHeld: payment.paidWhileHeld },
          { ...reservation, nightsFree: () => this.ledger.conflicts(stay.check_in, stay.check_out, stay.id).length === 0 },
        );
        if (!decision.ok) return { ok: false, code: decision.code };
        if (decision.outcome === "already_confirmed") return this.paymentAnswer(stay.id, "already_confirmed", null, now);
        const paymentId = newId("pay");
        this.sql.exec(
          `INSERT INTO payments (id, reservation_id, provider, provider_payment_id, method, amount, currency, status, reference, flag, recorded_by, created_at, updated_at)
           VALUES (?, ?, 'manual', NULL, ?, ?, ?, 'approved', ?, ?, ?, ?, NULL)`,
          paymentId,
          stay.id,
          payment.method,
          payment.amount,
          payment.currency,
          payment.reference ?? null,
          decision.belowDeposit ? "below_deposit_override" : null,
          payment.recordedBy ?? null,
          now,
        );
        this.ledger.enqueue("payment", paymentId);
        this.confirmStay(stay, now);
        return this.paymentAnswer(stay.id, "confirmed", paymentId, now);
      }

      const stored = this.storeProviderPayment(stay.id, payment, now);
      const decision = decideProviderPayment(
        { status: stored.status as PaymentStatus, amount: stored.amount, currency: stored.currency, flag: stored.flag },
        { ...reservation, nightsFree: () => this.ledger.conflicts(stay.check_in, stay.check_out, stay.id).length === 0 },
      );
      if (decision.outcome === "confirmed") this.confirmStay(stay, now);
      if ("flag" in decision && stored.flag !== decision.flag) {
        this.sql.exec(`UPDATE payments SET flag = ?, version = version + 1 WHERE id = ?`, decision.flag, stored.id);
        this.ledger.enqueue("payment", stored.id);
      }
      if (decision.outcome === "needs_refund" && stay.status !== "needs_refund" && stay.status !== "confirmed") {
        this.ledger.setReservationStatus(stay, "needs_refund", now, { expiresAt: null });
      }
      return this.paymentAnswer(stay.id, decision.outcome, stored.id, now);
    });
  }

  /**
   * A late check-out or early check-in sold to a confirmed stay claims the night beside it, checked
   * and written here like a hold, so it and a stay arriving (or leaving) that day cannot both win.
   */
  async claimDayUse(raw: DayUseInput): Promise<DayUseClaim> {
    const input = dayUseInput.parse(raw);
    const now = input.now ?? Date.now();
    return this.change((): DayUseClaim => {
      this.ledger.expireDue(now);
      const stay = this.ownReservation(input.tenantId, input.reservationId);
      if (!stay) return { ok: false, code: "not_found" };
      return claimDayUse(this.sql, stay, input.kind, input.purchaseId, now);
    });
  }

  /** The extra was declined or cancelled: its night is free for others again. */
  async releaseDayUse(raw: DayUseInput): Promise<{ ok: boolean }> {
    const input = dayUseInput.parse(raw);
    return this.change(() => {
      const stay = this.ownReservation(input.tenantId, input.reservationId);
      if (!stay) return { ok: false };
      releaseDayUse(this.sql, stay.id, input.purchaseId);
      return { ok: true };
    });
  }

  /**
   * A guest sent a transfer receipt for this hold's deposit: the hold is marked as such and, the
   * first time, extended so it does not lapse while staff check the account. A second receipt
   * changes nothing here (its file is kept by the Worker).
   */
  async markReceiptReceived(raw: ReservationRef): Promise<ReceiptResult> {
    const input = reservationRef.parse(raw);
    const now = input.now ?? Date.now();
    return this.change((): ReceiptResult => {
      const found = this.liveHold(input.tenantId, input.reservationId, now);
      if (!found.ok) return found;
      const { stay, details } = found;
      const extend = details.receipt_extension_used === 0;
      if (details.receipt_received_at !== null && !extend) return { ok: true, reservation: this.viewOf(stay.id, now)!, extended: false };
      const expiresAt = extend ? (stay.expires_at ?? now) + RECEIPT_EXTENSION_MINUTES * MINUTE : stay.expires_at;
      this.sql.exec(
        `UPDATE reservations SET receipt_received_at = coalesce(receipt_received_at, ?), receipt_extension_used = 1 WHERE id = ?`,
        now,
        stay.id,
      );
      this.ledger.setReservationStatus(stay, "held", now, { expiresAt });
      this.sql.exec(`UPDATE schedules SET run_at = ? WHERE kind = 'expire_hold' AND stay_id = ?`, expiresAt, stay.id);
      return { ok: true, reservation: this.viewOf(stay.id, now)!, extended: extend };
    });
  }

  /** Staff did not accept the receipt: a live hold is awaiting payment again, until its expiry. */
  async clearReceipt(raw: ReservationRef): Promise<ReceiptResult> {
    const input = reservationRef.parse(raw);
    const now = input.now ?? Date.now();
    return this.change((): ReceiptResult => {
      const found = this.liveHold(input.tenantId, input.reservationId, now);
      if (!found.ok) return found;
      const { stay, details } = found;
      if (details.receipt_received_at !== null) {
        this.sql.exec(`UPDATE reservations SET receipt_received_at = NULL WHERE id = ?`, stay.id);
        this.ledger.setReservationStatus(stay, "held", now);
      }
      return { ok: true, reservation: this.viewOf(stay.id, now)!, extended: false };
    });
  }

  // ── blocks and channels ───────────────────────────────────────────────────

  /** A manual block by staff (maintenance, owner's use). */
  async block(raw: BlockInput): Promise<BlockResult> {
    const input = blockInput.parse(raw);
    return this.change((): BlockResult => {
      this.ledger.expireDue(Date.now());
      const existing = this.ledger.stay(input.blockId);
      if (existing?.status === "active") return { ok: true };
      const conflicts = this.ledger.conflicts(input.checkIn, input.checkOut);
      if (conflicts.length > 0) return { ok: false, code: "dates_unavailable", conflicts };
      this.ledger.writeStay({
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

  /**
   * Takes a tenant's exported stays back (an import into a fresh tenant): reservations with their
   * codes, statuses, money and payments, and manual blocks, as they were. See restore.ts.
   */
  async restore(raw: RestoreInput): Promise<RestoreResult> {
    const input = restoreInput.parse(raw);
    const unit = await this.unit(input.accommodationId);
    if (!unit || unit.tenantId !== input.tenantId) throw new Error(`restore: ${input.accommodationId} is not ${input.tenantId}'s`);
    return this.change(() => restoreStays(this.sql, this.ledger, input));
  }

  async unblock(raw: { blockId: string }): Promise<{ ok: true } | { ok: false; code: "not_found" }> {
    const input = unblockInput.parse(raw);
    return this.change((): { ok: true } | { ok: false; code: "not_found" } => {
      const stay = this.ledger.stay(input.blockId);
      if (!stay || stay.kind !== "block") return { ok: false, code: "not_found" };
      if (stay.status === "active") this.ledger.writeStay({ ...stay, status: "removed", version: stay.version + 1 });
      return { ok: true };
    });
  }

  /**
   * Replaces every night one feed blocks, atomically. The channel's nights are kept even under a
   * Posada stay (layered), so when that stay ends they return to blocked, never to free; a Posada
   * guest on a night the channel also sold comes back as a conflict for staff to resolve.
   */
  async replaceImportedBlocks(raw: ReplaceImportedInput): Promise<{ ok: true; blockedNights: number; conflicts: NightConflict[] }> {
    const input = replaceImportedInput.parse(raw);
    return this.change(() => {
      this.ledger.expireDue(Date.now());
      const current = new Map(
        this.sql.exec<StayRow>(`SELECT * FROM stays WHERE kind = 'imported' AND feed_id = ? AND status = 'active'`, input.feedId).toArray().map((s) => [s.id, s]),
      );
      const wanted = new Map<string, { start: string; end: string }>();
      const conflicts: NightConflict[] = [];
      for (const range of mergeRanges(input.ranges)) {
        wanted.set(`imp_${input.feedId}_${range.start}`, range);
        for (const night of eachNight(range.start, range.end)) {
          const owner = this.ledger.exclusiveOwner(night);
          // A night already blocked by hand is simply blocked; a Posada guest there is a double booking staff must see.
          if (owner && owner.kind === "reservation") conflicts.push(owner);
        }
      }
      // Only what changed is written, so an unchanged feed leaves the calendar version (the ETag) alone.
      for (const [id, old] of current) {
        const next = wanted.get(id);
        if (next && next.start === old.check_in && next.end === old.check_out) wanted.delete(id);
        else this.ledger.writeStay({ ...old, status: "removed", version: old.version + 1 });
      }
      for (const [id, run] of wanted) {
        const previous = this.ledger.stay(id);
        this.ledger.writeStay({
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

  // ── reads ─────────────────────────────────────────────────────────────────

  /** Per-night status between `from` and `to` (exclusive) and the calendar version; a stay shows over the channel's block under it. */
  async snapshot(raw: { from: string; to: string }): Promise<{ version: number; days: Array<{ date: string; status: DayStatus; stayId: string | null }> }> {
    const input = snapshotInput.parse(raw);
    const taken = new Map<string, { status: DayStatus; stayId: string }>();
    const rows = this.sql
      .exec<{ night: string; stay_id: string; kind: string; status: string }>(
        `SELECT n.night, n.stay_id, s.kind, s.status FROM nights n JOIN stays s ON s.id = n.stay_id
         WHERE n.night >= ? AND n.night < ? ORDER BY n.night, n.exclusive`,
        input.from,
        input.to,
      )
      .toArray();
    // Ordered with layered rows first, so the exclusive stay of a night (if any) is the one kept.
    for (const row of rows) {
      const status: DayStatus = row.kind !== "reservation" ? "blocked" : row.status === "held" ? "held" : "booked";
      taken.set(row.night, { status, stayId: row.stay_id });
    }
    const days = eachNight(input.from, input.to).map((date) => ({ date, status: taken.get(date)?.status ?? ("free" as const), stayId: taken.get(date)?.stayId ?? null }));
    return { version: this.ledger.version(), days };
  }

  /** Stays that take nights now (for the iCal export): reservations held or confirmed, blocks, imports. */
  async occupyingStays(): Promise<Array<{ id: string; kind: string; checkIn: string; checkOut: string; feedId: string | null }>> {
    return this.sql
      .exec<StayRow>(`SELECT * FROM stays WHERE status IN ('held', 'confirmed', 'active') ORDER BY check_in`)
      .toArray()
      .map((s) => ({ id: s.id, kind: s.kind, checkIn: s.check_in, checkOut: s.check_out, feedId: s.feed_id }));
  }

  /** One stay's state here (null when the object never had it); a lapsed hold reads as expired. */
  async stayState(raw: { reservationId: string; now?: number }): Promise<{ status: string; expiresAt: number | null } | null> {
    const input = stayRef.parse(raw);
    const stay = this.ledger.stay(input.reservationId);
    if (!stay) return null;
    const lapsed = stay.status === "held" && stay.expires_at !== null && stay.expires_at <= (input.now ?? Date.now());
    return { status: lapsed ? "expired" : stay.status, expiresAt: stay.expires_at };
  }

  /** The calendar version: it changes exactly when any night changes (the iCal export's ETag). */
  async calendarVersion(): Promise<number> {
    return this.ledger.version();
  }

  /** Waits for the read model to have every committed change; answers how many rows still wait (0 when in step). */
  async settleReadModel(): Promise<{ pending: number }> {
    await this.flushNow().catch(() => undefined);
    return { pending: this.outbox.pending() };
  }

  /** Starts automatic retries over (after the cap), for the cron sweep or an operator. */
  async retryOutbox(): Promise<{ pending: number }> {
    this.outbox.resetAttempts();
    return this.settleReadModel();
  }

  /** Runs due timers (hold expiry) and retries the outbox; at-least-once, so every step is idempotent. */
  override async alarm(): Promise<void> {
    const now = Date.now();
    this.ctx.storage.transactionSync(() => this.ledger.expireDue(now));
    await this.flushNow().catch(() => undefined);
    // The alarm is rare, so it may pay a commit to leave no delivered row behind.
    this.outbox.compact();
    await this.armAlarm();
  }

  // ── internals ─────────────────────────────────────────────────────────────

  /**
   * Runs one change as a single storage transaction, committed before the caller answers. The
   * read model hears of it after the answer: the flush starts now and is not awaited.
   */
  private async change<T>(apply: () => T): Promise<T> {
    this.ledger.dirty = false;
    const result = this.ctx.storage.transactionSync(() => {
      this.outbox.compact();
      return apply();
    });
    // A lost race or a repeat changed nothing: no flush, no timer to move.
    if (!this.ledger.dirty) return result;
    this.ctx.waitUntil(this.flushNow().catch(() => undefined));
    await this.armAlarm();
    return result;
  }

  private flushNow(): Promise<void> {
    this.flushing ??= this.outbox.flush().finally(() => {
      this.flushing = null;
      // Timers were armed by the change itself; only rows left behind need the alarm to retry them.
      if (this.outbox.pending() > 0) this.ctx.waitUntil(this.armAlarm().catch(() => undefined));
    });
    return this.flushing;
  }

  private async armAlarm(): Promise<void> {
    const nextTimer = this.sql.exec<{ run_at: number | null }>(`SELECT min(run_at) AS run_at FROM schedules`).one().run_at;
    const nextRetry = this.outbox.nextRetryAt();
    const candidates = [nextTimer, nextRetry].filter((t): t is number => t !== null);
    if (candidates.length === 0) return;
    const next = Math.max(Math.min(...candidates), Date.now() + 10);
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > next) await this.ctx.storage.setAlarm(next);
  }

  /** The tenant's reservation born here while it is still a hold (due holds expire first). */
  private liveHold(tenantId: string, reservationId: string, now: number) {
    this.ledger.expireDue(now);
    const stay = this.ownReservation(tenantId, reservationId);
    const details = stay && this.ledger.details(stay.id);
    if (!stay || !details) return { ok: false as const, code: "not_found" as const };
    if (stay.status !== "held") return { ok: false as const, code: "not_held" as const };
    return { ok: true as const, stay, details };
  }

  /** The tenant's reservation born here; another tenant's id, a block's or an unknown one is undefined. */
  private ownReservation(tenantId: string, reservationId: string): StayRow | undefined {
    const stay = this.ledger.stay(reservationId);
    if (!stay || stay.kind !== "reservation" || stay.tenant_id !== tenantId) return undefined;
    return this.ledger.details(reservationId) ? stay : undefined;
  }

  private viewOf(id: string, now: number): ReservationView | null {
    const stay = this.ledger.stay(id);
    const details = stay && this.ledger.details(id);
    if (!stay || !details) return null;
    const view = this.ledger.view(stay, details);
    // A read does not write: a lapsed hold reads as expired and the next change records it.
    return view.status === "held" && view.expiresAt !== null && view.expiresAt <= now ? { ...view, status: "expired", expiresAt: null } : view;
  }

  private confirmStay(stay: StayRow, now: number): void {
    this.ledger.setReservationStatus(stay, "confirmed", now, { expiresAt: null });
    this.ledger.enqueue("event", stay.id, { kind: "stay_confirmed", tenantId: stay.tenant_id, accommodationId: stay.accommodation_id, reservationId: stay.id });
  }

  private paymentAnswer(reservationId: string, outcome: Extract<PaymentResult, { ok: true }>["outcome"], paymentId: string | null, now: number): PaymentResult {
    const rejectedPayments = this.sql.exec<{ n: number }>(`SELECT count(*) AS n FROM payments WHERE reservation_id = ? AND status = 'rejected'`, reservationId).one().n;
    return { ok: true, outcome, reservation: this.viewOf(reservationId, now)!, paymentId, rejectedPayments };
  }

  /** One row per provider payment; its status only ever moves forward. */
  private storeProviderPayment(reservationId: string, payment: Extract<PaymentInput["payment"], { source: "provider" }>, now: number): PaymentState {
    const existing = this.sql
      .exec<PaymentState>(`SELECT * FROM payments WHERE provider = ? AND provider_payment_id = ?`, payment.provider, payment.providerPaymentId)
      .toArray()[0];
    if (!existing) {
      const id = newId("pay");
      this.sql.exec(
        `INSERT INTO payments (id, reservation_id, provider, provider_payment_id, method, amount, currency, status, reference, flag, recorded_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)`,
        id,
        reservationId,
        payment.provider,
        payment.providerPaymentId,
        payment.method,
        payment.amount ?? 0,
        payment.currency,
        payment.status,
        payment.reference,
        now,
        now,
      );
      this.ledger.enqueue("payment", id);
      return this.sql.exec<PaymentState>(`SELECT * FROM payments WHERE id = ?`, id).one();
    }
    const status = laterPaymentStatus(existing.status as PaymentStatus, payment.status);
    if (status !== existing.status || (payment.amount ?? 0) !== existing.amount) {
      this.sql.exec(`UPDATE payments SET status = ?, amount = ?, updated_at = ?, version = version + 1 WHERE id = ?`, status, payment.amount ?? 0, now, existing.id);
      this.ledger.enqueue("payment", existing.id);
    }
    return this.sql.exec<PaymentState>(`SELECT * FROM payments WHERE id = ?`, existing.id).one();
  }

  /** The accommodation copy, loaded once from the database when the object has none. */
  private async unit(accommodationId: string): Promise<UnitConfig | null> {
    if (!this.unitCopy) {
      const loaded = await loadUnitConfig(this.env.DB, accommodationId);
      if (loaded) this.storeCopies(loaded);
      return this.unitCopy;
    }
    if (!this.unitRefreshing && (Date.now() - this.unitRefreshedAt > UNIT_REFRESH_MS || !this.loyaltyCopy)) this.ctx.waitUntil(this.refreshUnit(accommodationId));
    return this.unitCopy;
  }

  private async refreshUnit(accommodationId: string): Promise<void> {
    this.unitRefreshing = true;
    try {
      const loaded = await loadUnitConfig(this.env.DB, accommodationId);
      if (loaded) this.storeCopies(loaded);
    } catch (error) {
      log("warn", "calendar_unit_refresh_failed", { accommodationId, error: String(error) });
    } finally {
      this.unitRefreshing = false;
    }
  }

  private storeCopies(loaded: { unit: UnitConfig; loyalty: LoyaltyCopy }): void {
    this.storeUnit(loaded.unit);
    this.storeLoyalty(loaded.loyalty);
  }

  private storeLoyalty(next: LoyaltyCopy): void {
    if (this.unitCopy && this.unitCopy.tenantId !== next.tenantId) throw new Error("an object belongs to one tenant");
    if (this.loyaltyCopy && this.loyaltyCopy.updatedAt > next.updatedAt) return;
    this.sql.exec(`INSERT INTO meta (key, value) VALUES ('loyalty_discounts', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, next.discounts ? 1 : 0);
    this.sql.exec(`INSERT INTO meta (key, value) VALUES ('loyalty_updated_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, next.updatedAt);
    this.loyaltyCopy = next;
  }

  private storedLoyalty(): LoyaltyCopy | null {
    const rows = this.sql.exec<{ key: string; value: number }>(`SELECT key, value FROM meta WHERE key IN ('loyalty_discounts', 'loyalty_updated_at')`).toArray();
    const value = (key: string) => rows.find((r) => r.key === key)?.value;
    const tenantId = this.unitCopy?.tenantId;
    if (value("loyalty_discounts") === undefined || !tenantId) return null;
    return { tenantId, discounts: value("loyalty_discounts") === 1, updatedAt: value("loyalty_updated_at") ?? 0 };
  }

  private storeUnit(next: UnitConfig): void {
    if (this.unitCopy && this.unitCopy.accommodationId !== next.accommodationId) throw new Error("an object belongs to one accommodation");
    const keep = this.unitCopy && this.unitCopy.updatedAt > next.updatedAt;
    const value = keep ? this.unitCopy! : next;
    const now = Date.now();
    this.sql.exec(
      `INSERT INTO unit (key, json, refreshed_at) VALUES ('unit', ?, ?) ON CONFLICT (key) DO UPDATE SET json = excluded.json, refreshed_at = excluded.refreshed_at`,
      JSON.stringify(value),
      now,
    );
    this.unitCopy = value;
    this.unitRefreshedAt = now;
  }

  private storedUnit(): UnitConfig | null {
    const row = this.sql.exec<{ json: string }>(`SELECT json FROM unit WHERE key = 'unit'`).toArray()[0];
    if (!row) return null;
    const parsed = unitConfigSchema.safeParse(JSON.parse(row.json));
    return parsed.success ? parsed.data : null;
  }

  private storedUnitRefreshedAt(): number {
    return this.sql.exec<{ at: number }>(`SELECT refreshed_at AS at FROM unit WHERE key = 'unit'`).toArray()[0]?.at ?? 0;
  }

  /** Objects from before the copy existed still know their owner from their stays. */
  private ownerFromStays(): { tenantId: string; accommodationId: string } | null {
    const row = this.sql.exec<{ tenant_id: string; accommodation_id: string }>(`SELECT tenant_id, accommodation_id FROM stays LIMIT 1`).toArray()[0];
    return row ? { tenantId: row.tenant_id, accommodationId: row.accommodation_id } : null;
  }
}

/** Overlapping or touching ranges of one feed as single runs, in order. */
function mergeRanges(ranges: Array<{ start: string; end: string }>): Array<{ start: string; end: string }> {
  const sorted = ranges.filter((r) => r.start < r.end).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: Array<{ start: string; end: string }> = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = range.end > last.end ? range.end : last.end;
    else merged.push({ ...range });
  }
  return merged;
}

export type { ReservationDetails };
