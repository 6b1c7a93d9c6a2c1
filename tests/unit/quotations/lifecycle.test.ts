import { describe, expect, it } from "vitest";
import { QUOTATION_STATUSES, type QuotationStatus, type RoomState } from "../../../shared/quotations/model";
import * as room from "../../../shared/quotations/room";

const NOW = Date.parse("2030-01-01T12:00:00Z");
const ars = (amount: number) => ({ amount, currency: "ARS" });

/** A room in `status`, with what that status implies already there (a sent package, a paid deposit, a booking). */
function roomIn(status: QuotationStatus): RoomState {
  const base: RoomState = {
    id: "qtn_01JAAAAAAAAAAAAAAAAAAAAAAA",
    tenantId: "ten_01JBBBBBBBBBBBBBBBBBBBBBBB",
    tenantName: "Cabañas del Lago",
    request: { groupName: "Colegio", contact: { name: "Laura" }, checkIn: "2030-03-10", checkOut: "2030-03-13", people: 40, rooms: [{ type: "double", count: 2 }], deadline: "2030-02-01T12:00:00Z", currency: "ARS", language: "es" },
    status: "draft",
    partners: [],
    offers: [{ id: "ofr_own", partnerId: null, status: "active", updatedAt: NOW, lines: [{ roomType: "double", count: 1, nightlyPrice: ars(4_000_000), total: ars(12_000_000), accommodationId: "acc_1", sleeps: 2 }] }],
    messages: [],
    composition: null,
    payments: [],
    booking: null,
    createdAt: NOW,
    updatedAt: NOW,
  };
  const steps: Array<(s: RoomState) => room.Applied> = [];
  const order: QuotationStatus[] = ["draft", "open", "composed", "sent", "approved", "paid", "confirmed"];
  const go = (s: RoomState): RoomState => {
    let state = s;
    for (const step of steps) {
      const applied = step(state);
      if (!applied.ok) throw new Error(`setup refused: ${applied.code}`);
      state = applied.state;
    }
    return state;
  };
  if (status === "expired") return room.expire(base, NOW).ok ? (room.expire(base, NOW) as { state: RoomState }).state : base;
  if (status === "cancelled") return (room.cancel(base, NOW) as { state: RoomState }).state;
  const target = order.indexOf(status);
  if (target >= 1) steps.push((s) => room.open(s, NOW));
  if (target >= 2) steps.push((s) => room.compose(s, { lines: [{ offerId: "ofr_own", lineIndex: 0 }], markup: { kind: "percent", percent: 10 }, depositPercent: 30 }, NOW));
  if (target >= 3) steps.push((s) => room.send(s, NOW));
  if (target >= 4) steps.push((s) => room.approve(s, NOW));
  if (target >= 5) steps.push((s) => room.recordPayment(s, { provider: "mercadopago", providerPaymentId: "900", amount: s.composition!.clientPackage.deposit, at: NOW }, NOW));
  if (target >= 6) steps.push((s) => room.recordBooking(s, { ok: true, reservationIds: ["res_1"] }, NOW));
  return go(base);
}

const partner = { id: "ptn_1", name: "Hostería", email: "h@partner.test", language: "es" as const };
const COMMANDS: Record<string, (s: RoomState) => room.Applied> = {
  open: (s) => room.open(s, NOW),
  invite: (s) => room.invitePartner(s, partner, NOW),
  offer: (s) => room.postOffer({ ...s, partners: [partner] }, { offerId: "ofr_p", partnerId: "ptn_1", lines: [{ roomType: "double", count: 1, nightlyPrice: ars(100) }] }, NOW),
  compose: (s) => room.compose(s, { lines: [{ offerId: "ofr_own", lineIndex: 0 }], markup: { kind: "percent", percent: 10 }, depositPercent: 30 }, NOW),
  send: (s) => room.send(s, NOW),
  approve: (s) => room.approve(s, NOW),
  pay: (s) => room.recordPayment(s, { provider: "stripe", providerPaymentId: "pi_new", amount: s.composition?.clientPackage.deposit ?? ars(1), at: NOW }, NOW),
  cancel: (s) => room.cancel(s, NOW),
};

/** What each command makes of each status: the status it leads to (the same one: accepted, nothing moves), or the refusal's code. */
const EXPECTED: Record<QuotationStatus, Record<keyof typeof COMMANDS, QuotationStatus | `refused:${string}`>> = {
  draft: { open: "open", invite: "open", offer: "refused:not_open", compose: "refused:not_open", send: "refused:not_composed", approve: "refused:not_sent", pay: "refused:not_approved", cancel: "cancelled" },
  open: { open: "open", invite: "open", offer: "open", compose: "composed", send: "refused:not_composed", approve: "refused:not_sent", pay: "refused:not_approved", cancel: "cancelled" },
  composed: { open: "refused:not_open", invite: "refused:not_open", offer: "composed", compose: "composed", send: "sent", approve: "refused:not_sent", pay: "refused:not_approved", cancel: "cancelled" },
  sent: { open: "refused:not_open", invite: "refused:not_open", offer: "refused:not_open", compose: "composed", send: "sent", approve: "approved", pay: "paid", cancel: "cancelled" },
  approved: { open: "refused:not_open", invite: "refused:not_open", offer: "refused:not_open", compose: "refused:not_open", send: "refused:not_open", approve: "approved", pay: "paid", cancel: "cancelled" },
  paid: { open: "refused:not_open", invite: "refused:not_open", offer: "refused:not_open", compose: "refused:not_open", send: "refused:not_open", approve: "refused:not_sent", pay: "refused:not_approved", cancel: "cancelled" },
  confirmed: { open: "refused:not_open", invite: "refused:not_open", offer: "refused:not_open", compose: "refused:not_open", send: "refused:not_open", approve: "refused:not_sent", pay: "refused:not_approved", cancel: "cancelled" },
  expired: { open: "refused:not_open", invite: "refused:not_open", offer: "refused:not_open", compose: "refused:not_open", send: "refused:not_composed", approve: "refused:not_sent", pay: "refused:not_approved", cancel: "refused:already_final" },
  cancelled: { open: "refused:not_open", invite: "refused:not_open", offer: "refused:not_open", compose: "refused:not_open", send: "refused:not_composed", approve: "refused:not_sent", pay: "refused:not_approved", cancel: "refused:already_final" },
};

describe("a quotation's lifecycle: draft → open → composed → sent → approved → paid → confirmed, or expired / cancelled", () => {
  for (const status of QUOTATION_STATUSES) {
    it(`from ${status}, every command leads where the lifecycle says or is refused`, () => {
      const state = roomIn(status);
      expect(state.status).toBe(status);
      for (const [name, command] of Object.entries(COMMANDS)) {
        const applied = command(state);
        const outcome = applied.ok ? applied.state.status : `refused:${applied.code}`;
        expect(outcome, `${name} from ${status}`).toBe(EXPECTED[status][name as keyof typeof COMMANDS]);
      }
    });
  }

  it("expires a draft or an open quotation, and nothing further along", () => {
    for (const status of QUOTATION_STATUSES) {
      const applied = room.expire(roomIn(status), NOW);
      expect(applied.ok && applied.state.status, status).toBe(status === "draft" || status === "open" ? "expired" : status);
    }
  });

  it("books a paid quotation only: confirmed when every unit was held, still paid (and told) when one was not", () => {
    const paid = roomIn("paid");
    const refused = room.recordBooking(paid, { ok: false, code: "dates_unavailable", accommodationId: "acc_1" }, NOW);
    expect(refused.ok && refused.state.status).toBe("paid");
    expect(refused.ok && refused.state.booking).toEqual({ ok: false, code: "dates_unavailable", accommodationId: "acc_1" });
    const cancelled = room.recordBooking(roomIn("cancelled"), { ok: true, reservationIds: ["res_1"] }, NOW);
    expect(cancelled.ok ? "booked" : cancelled.code).toBe("not_approved");
  });

  it("cancelling a paid quotation decides one pending refund per provider payment, and a second cancellation is refused", () => {
    const confirmed = roomIn("confirmed");
    const cancelled = room.cancel(confirmed, NOW);
    if (!cancelled.ok) throw new Error(cancelled.code);
    expect(cancelled.state.refunds).toEqual([{ id: room.refundIdOf(confirmed, 0), provider: "mercadopago", providerPaymentId: "900", amount: confirmed.payments[0]!.amount, status: "pending", attempt: 1, at: NOW }]);
    expect(cancelled.items.map((item) => item.kind)).toEqual(["refund", "status"]);
    expect(room.cancel(cancelled.state, NOW)).toMatchObject({ ok: false, code: "already_final" });
  });

  it("settles a refund once per attempt and retries a failed one as a new attempt, a pending one as the same", () => {
    const cancelled = room.cancel(roomIn("paid"), NOW);
    if (!cancelled.ok) throw new Error(cancelled.code);
    const id = cancelled.state.refunds![0]!.id;
    expect(room.retryRefunds(cancelled.state, NOW)).toMatchObject({ ok: true, items: [] });
    const failed = room.settleRefund(cancelled.state, { refundId: id, attempt: 1, outcome: "failed", error: "401" }, NOW);
    if (!failed.ok) throw new Error(failed.code);
    expect(failed.state.refunds![0]).toMatchObject({ status: "failed", attempt: 1, error: "401" });
    // A late answer to the same attempt changes nothing.
    expect(room.settleRefund(failed.state, { refundId: id, attempt: 1, outcome: "refunded" }, NOW)).toMatchObject({ ok: true, items: [] });
    const retried = room.retryRefunds(failed.state, NOW);
    if (!retried.ok) throw new Error(retried.code);
    expect(retried.state.refunds![0]).toMatchObject({ status: "pending", attempt: 2 });
    const refunded = room.settleRefund(retried.state, { refundId: id, attempt: 2, outcome: "refunded", providerRefundId: "re_1" }, NOW);
    if (!refunded.ok) throw new Error(refunded.code);
    expect(refunded.state.refunds![0]).toMatchObject({ status: "refunded", attempt: 2, providerRefundId: "re_1" });
    expect(room.retryRefunds(refunded.state, NOW)).toMatchObject({ ok: false, code: "nothing_to_refund" });
    expect(room.retryRefunds(roomIn("open"), NOW)).toMatchObject({ ok: false, code: "nothing_to_refund" });
  });
});

describe("claiming a refund's provider call", () => {
  const payuPaid = (): RoomState => {
    const paid = roomIn("paid");
    return { ...paid, payments: [{ provider: "payu", providerPaymentId: "tx-1", providerOrderId: "850000001", amount: ars(1_000), at: NOW }] };
  };
  const cancelled = () => (room.cancel(payuPaid(), NOW) as { state: RoomState }).state;

  it("keeps PayU's order id on the refund made for the deposit", () => {
    expect(cancelled().refunds).toEqual([expect.objectContaining({ provider: "payu", providerPaymentId: "tx-1", providerOrderId: "850000001", status: "pending" })]);
  });

  it("lets one Worker hold a pending attempt until it hands it back or the claim lapses", () => {
    const state = cancelled();
    const refundId = state.refunds![0]!.id;
    const first = room.claimRefund(state, { refundId, attempt: 1, hold: true }, NOW);
    expect(first.ok).toBe(true);
    const held = (first as { state: RoomState }).state;
    expect(room.claimRefund(held, { refundId, attempt: 1, hold: true }, NOW + 1_000)).toMatchObject({ ok: false, code: "refund_in_progress" });
    expect(room.claimRefund(held, { refundId, attempt: 1, hold: true }, NOW + room.REFUND_CLAIM_MS + 1).ok).toBe(true);
    const handedBack = (room.claimRefund(held, { refundId, attempt: 1, hold: false }, NOW + 1_000) as { state: RoomState }).state;
    expect(room.claimRefund(handedBack, { refundId, attempt: 1, hold: true }, NOW + 2_000).ok).toBe(true);
  });

  it("refuses to claim a settled refund or another attempt", () => {
    const state = cancelled();
    const refundId = state.refunds![0]!.id;
    expect(room.claimRefund(state, { refundId, attempt: 2, hold: true }, NOW)).toMatchObject({ ok: false, code: "nothing_to_refund" });
    const settled = (room.settleRefund(state, { refundId, attempt: 1, outcome: "refunded", providerRefundId: "r-1" }, NOW) as { state: RoomState }).state;
    expect(room.claimRefund(settled, { refundId, attempt: 1, hold: true }, NOW)).toMatchObject({ ok: false, code: "nothing_to_refund" });
  });
});
