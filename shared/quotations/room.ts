import { daysBetween } from "../domain/dates";
import { addMoney, applyMultiplier, money, percentOf, timesInt, type Money } from "../domain/money";
import type { ClientPackage, ComposedLine, Composition, Markup, Offer, OfferLine, Partner, QuotationStatus, RefundRecord, RoomItem, RoomMessage, RoomState } from "./model";

/**
 * The room's rules as pure functions: each command takes the state and answers the new state and
 * the items that changed (the events the room appends and fans out), or a refusal with a code.
 * The Durable Object only stores and sends what these decide, so the rules are tested in Node.
 */
export type Applied = { ok: true; state: RoomState; items: RoomItem[] } | { ok: false; code: RoomRefusal; detail: string };
export type RoomRefusal =
  | "not_open"
  | "deadline_passed"
  | "currency_mismatch"
  | "unknown_line"
  | "offer_withdrawn"
  | "not_found"
  | "not_composed"
  | "not_sent"
  | "not_approved"
  | "already_final"
  | "empty_package"
  | "duplicate_partner"
  | "below_deposit"
  | "nothing_to_refund"
  | "refund_in_progress";

const refuse = (code: RoomRefusal, detail: string): Applied => ({ ok: false, code, detail });

/** Statuses in which nothing changes any more (a confirmed quotation can still be cancelled). */
export const FINAL_STATUSES: readonly QuotationStatus[] = ["expired", "cancelled"];

export function nightsOf(state: Pick<RoomState, "request">): number {
  return daysBetween(state.request.checkIn, state.request.checkOut);
}

function touched(state: RoomState, now: number, changes: Partial<RoomState>): RoomState {
  return { ...state, ...changes, updatedAt: now };
}

function withStatus(state: RoomState, status: QuotationStatus, now: number, changes: Partial<RoomState> = {}) {
  const next = touched(state, now, { ...changes, status });
  return { state: next, item: { kind: "status", status } as RoomItem };
}

/** A line as the sender wrote it, with its total worked out here. */
export function pricedLine(line: Omit<OfferLine, "total">, nights: number): OfferLine {
  return { ...line, total: timesInt(line.nightlyPrice, line.count * nights) };
}

/**
 * A draft (the request written down, the own units proposed) opens for offers: when the first
 * partner is invited, or by hand when the package is made of the tenant's own units only.
 * Opening an open quotation changes nothing.
 */
export function open(state: RoomState, now: number): Applied {
  if (state.status === "open") return { ok: true, state, items: [] };
  if (state.status !== "draft") return refuse("not_open", "Only a draft can be opened for offers");
  const { state: next, item } = withStatus(state, "open", now);
  return { ok: true, state: next, items: [item] };
}

export function invitePartner(state: RoomState, partner: Partner, now: number): Applied {
  if (state.status !== "open" && state.status !== "draft") return refuse("not_open", "Partners can be invited while the quotation is open");
  if (state.partners.some((p) => p.email.toLowerCase() === partner.email.toLowerCase())) return refuse("duplicate_partner", "This lodging is already invited");
  const next = touched(state, now, { partners: [...state.partners, partner], status: "open" });
  const items: RoomItem[] = [{ kind: "partner", partner }];
  if (state.status !== "open") items.push({ kind: "status", status: "open" });
  return { ok: true, state: next, items };
}

function acceptsOffers(state: RoomState, now: number): Applied | null {
  if (state.status !== "open" && state.status !== "composed") return refuse("not_open", "This quotation takes no more offers");
  if (now > Date.parse(state.request.deadline)) return refuse("deadline_passed", "The deadline for offers has passed");
  return null;
}

/** A partner posts a new offer, or replaces one of its own (same id). */
export function postOffer(
  state: RoomState,
  input: { offerId: string; partnerId: string; lines: Array<Omit<OfferLine, "total" | "accommodationId" | "unitName">>; validUntil?: string },
  now: number,
): Applied {
  const closed = acceptsOffers(state, now);
  if (closed) return closed;
  if (input.lines.some((line) => line.nightlyPrice.currency !== state.request.currency)) {
    return refuse("currency_mismatch", `Prices must be in ${state.request.currency}`);
  }
  const existing = state.offers.find((offer) => offer.id === input.offerId);
  if (existing && existing.partnerId !== input.partnerId) return refuse("not_found", "No such offer");
  if (existing?.status === "withdrawn") return refuse("offer_withdrawn", "This offer was withdrawn; post a new one");
  const nights = nightsOf(state);
  const offer: Offer = {
    id: input.offerId,
    partnerId: input.partnerId,
    lines: input.lines.map((line) => pricedLine(line, nights)),
    ...(input.validUntil ? { validUntil: input.validUntil } : {}),
    status: "active",
    updatedAt: now,
  };
  const offers = existing ? state.offers.map((o) => (o.id === offer.id ? offer : o)) : [...state.offers, offer];
  return { ok: true, state: touched(state, now, { offers }), items: [{ kind: "offer", offer }] };
}

export function withdrawOffer(state: RoomState, input: { offerId: string; partnerId: string }, now: number): Applied {
  const closed = acceptsOffers(state, now);
  if (closed) return closed;
  const existing = state.offers.find((offer) => offer.id === input.offerId && offer.partnerId === input.partnerId);
  if (!existing) return refuse("not_found", "No such offer");
  const offer: Offer = { ...existing, status: "withdrawn", updatedAt: now };
  return { ok: true, state: touched(state, now, { offers: state.offers.map((o) => (o.id === offer.id ? offer : o)) }), items: [{ kind: "offer", offer }] };
}

export function postMessage(state: RoomState, message: RoomMessage, now: number): Applied {
  if (message.to !== null && !state.partners.some((p) => p.id === message.to)) return refuse("not_found", "No such partner");
  return { ok: true, state: touched(state, now, { messages: [...state.messages, message] }), items: [{ kind: "message", message }] };
}

export interface ComposeInput {
  lines: Array<{ offerId: string; lineIndex: number; count?: number }>;
  markup: Markup;
  depositPercent: number;
  revealPartnerIds?: string[];
}

function markedUp(cost: Money, roomNights: number, markup: Markup): Money {
  if (markup.kind === "percent") return applyMultiplier(cost, 1 + markup.percent / 100);
  return addMoney(cost, timesInt(markup.amount, roomNights));
}

/** The operator picks lines across partners and own units and sets the markup. */
export function compose(state: RoomState, input: ComposeInput, now: number): Applied {
  if (state.status === "draft") return refuse("not_open", "Open the quotation for offers (or invite a partner) before composing");
  if (state.status !== "open" && state.status !== "composed" && state.status !== "sent") return refuse("not_open", "This quotation can no longer be composed");
  if (input.lines.length === 0) return refuse("empty_package", "Pick at least one line");
  const currency = state.request.currency;
  if (input.markup.kind === "per_room_night" && input.markup.amount.currency !== currency) return refuse("currency_mismatch", `The markup must be in ${currency}`);
  const nights = nightsOf(state);
  const lines: ComposedLine[] = [];
  for (const pick of input.lines) {
    const offer = state.offers.find((o) => o.id === pick.offerId);
    const line = offer?.lines[pick.lineIndex];
    if (!offer || !line) return refuse("unknown_line", `No line ${pick.lineIndex} in offer ${pick.offerId}`);
    if (offer.status === "withdrawn") return refuse("offer_withdrawn", `Offer ${pick.offerId} was withdrawn`);
    const count = Math.min(pick.count ?? line.count, line.count);
    // A whole line costs its total (own units are priced night by night by their rules); part of one, its nightly price.
    const cost = count === line.count ? line.total : timesInt(line.nightlyPrice, count * nights);
    lines.push({
      offerId: offer.id,
      lineIndex: pick.lineIndex,
      partnerId: offer.partnerId,
      ...(line.accommodationId ? { accommodationId: line.accommodationId, sleeps: line.sleeps } : {}),
      roomType: line.roomType,
      count,
      nightlyCost: line.nightlyPrice,
      cost,
      price: markedUp(cost, count * nights, input.markup),
    });
  }
  const zero = money(0, currency);
  const cost = lines.reduce((sum, line) => addMoney(sum, line.cost), zero);
  const price = lines.reduce((sum, line) => addMoney(sum, line.price), zero);
  const revealed = (input.revealPartnerIds ?? []).filter((id) => state.partners.some((p) => p.id === id));
  const composition: Composition = {
    lines,
    markup: input.markup,
    nights,
    cost,
    price,
    margin: money(price.amount - cost.amount, currency),
    depositPercent: input.depositPercent,
    revealedPartnerIds: revealed,
    clientPackage: clientPackageOf(state, lines, revealed, price, input.depositPercent, nights),
    sent: false,
  };
  const { state: next, item } = withStatus(state, "composed", now, { composition });
  return { ok: true, state: next, items: [{ kind: "composition", composition }, item] };
}

function clientPackageOf(state: RoomState, lines: ComposedLine[], revealed: string[], total: Money, depositPercent: number, nights: number): ClientPackage {
  const rooms = new Map<string, ClientPackage["rooms"][number]>();
  for (const line of lines) {
    const lodging = line.partnerId && revealed.includes(line.partnerId) ? (state.partners.find((p) => p.id === line.partnerId)?.name ?? null) : null;
    const key = `${line.roomType}\u0000${lodging ?? ""}`;
    const room = rooms.get(key);
    if (room) rooms.set(key, { ...room, count: room.count + line.count, total: addMoney(room.total, line.price) });
    else rooms.set(key, { roomType: line.roomType, count: line.count, lodging, total: line.price });
  }
  return { nights, rooms: [...rooms.values()], total, deposit: percentOf(total, depositPercent) };
}

export function send(state: RoomState, now: number): Applied {
  if (!state.composition) return refuse("not_composed", "Compose the package before sending it");
  if (state.status !== "composed" && state.status !== "sent") return refuse("not_open", "This quotation can no longer be sent");
  const composition = { ...state.composition, sent: true };
  const { state: next, item } = withStatus(state, "sent", now, { composition });
  return { ok: true, state: next, items: [{ kind: "composition", composition }, item] };
}

export function approve(state: RoomState, now: number): Applied {
  if (state.status === "approved") return { ok: true, state, items: [] };
  if (state.status !== "sent") return refuse("not_sent", "Only a sent quotation can be approved");
  const { state: next, item } = withStatus(state, "approved", now);
  return { ok: true, state: next, items: [item] };
}

/** Money received for the deposit, once per provider payment: a repeat changes nothing. */
export function recordPayment(state: RoomState, payment: RoomState["payments"][number], now: number): Applied {
  if (state.payments.some((p) => p.provider === payment.provider && p.providerPaymentId === payment.providerPaymentId)) return { ok: true, state, items: [] };
  if (state.status !== "approved" && state.status !== "sent") return refuse("not_approved", "This quotation is not waiting for a payment");
  const deposit = state.composition?.clientPackage.deposit;
  if (!deposit || payment.amount.currency !== deposit.currency) return refuse("currency_mismatch", "The payment is not in the quotation's currency");
  if (payment.amount.amount < deposit.amount) return refuse("below_deposit", "The payment is less than the deposit");
  const { state: next, item } = withStatus(state, "paid", now, { payments: [...state.payments, payment] });
  return { ok: true, state: next, items: [{ kind: "payment", payment }, item] };
}

/** What taking the own units' nights ended in: every one confirmed, or none kept. */
export function recordBooking(state: RoomState, outcome: RoomState["booking"] & object, now: number): Applied {
  if (state.status !== "paid") return refuse("not_approved", "Only a paid quotation is booked");
  if (!outcome.ok) return { ok: true, state: touched(state, now, { booking: outcome }), items: [{ kind: "booking", outcome }] };
  const { state: next, item } = withStatus(state, "confirmed", now, { booking: outcome });
  return { ok: true, state: next, items: [{ kind: "booking", outcome }, item] };
}

/** The id of the refund of the room's payment at `index`: stable, so cancelling is decided once. */
export const refundIdOf = (state: Pick<RoomState, "id">, index: number) => `rfd_${state.id.slice("qtn_".length)}_${index}`;

/**
 * Cancels the quotation at any point before it ends, a confirmed one included (the Worker then
 * gives the own units' nights back). Every deposit taken through a provider gets a pending refund
 * in the same change, so two cancellations racing decide one refund.
 */
export function cancel(state: RoomState, now: number): Applied {
  if (FINAL_STATUSES.includes(state.status)) return refuse("already_final", "This quotation has already ended");
  const refunds: RefundRecord[] = state.payments.flatMap((payment, index) =>
    payment.provider === "manual"
      ? []
      : [{ id: refundIdOf(state, index), provider: payment.provider, providerPaymentId: payment.providerPaymentId, ...(payment.providerOrderId ? { providerOrderId: payment.providerOrderId } : {}), amount: payment.amount, status: "pending" as const, attempt: 1, at: now }],
  );
  const { state: next, item } = withStatus(state, "cancelled", now, refunds.length > 0 ? { refunds } : {});
  return { ok: true, state: next, items: [...refunds.map((refund): RoomItem => ({ kind: "refund", refund })), item] };
}

/** How a refund's provider call ended. A repeat of the same answer changes nothing. */
export function settleRefund(state: RoomState, input: { refundId: string; attempt: number; outcome: "refunded" | "failed"; providerRefundId?: string; underReview?: boolean; error?: string }, now: number): Applied {
  const existing = (state.refunds ?? []).find((refund) => refund.id === input.refundId);
  if (!existing) return refuse("not_found", "No such refund");
  // An answer to an earlier attempt, or to one already settled, is stale.
  if (existing.attempt !== input.attempt || existing.status !== "pending") return { ok: true, state, items: [] };
  const refund: RefundRecord = {
    ...existing,
    status: input.outcome,
    ...(input.providerRefundId ? { providerRefundId: input.providerRefundId } : {}),
    ...(input.outcome === "refunded" && input.underReview ? { underReview: true } : {}),
    ...(input.error ? { error: input.error.slice(0, 300) } : {}),
    at: now,
  };
  const refunds = (state.refunds ?? []).map((r) => (r.id === refund.id ? refund : r));
  return { ok: true, state: touched(state, now, { refunds }), items: [{ kind: "refund", refund }] };
}

/**
 * The provider's decision on a refund it held under review, named by the provider's refund id. An
 * approval makes the refund final; a decline makes it `failed`, so staff retry it as any other
 * failed refund. Only a refund still under review with that id changes: a repeated or late
 * decision (the same notification twice, the poll and the notification racing, a decision on an
 * attempt staff already retried) changes nothing.
 */
export function concludeRefundReview(state: RoomState, input: { providerRefundId: string; outcome: "approved" | "declined"; error?: string }, now: number): Applied {
  const existing = (state.refunds ?? []).find((refund) => refund.providerRefundId === input.providerRefundId && refund.status === "refunded" && refund.underReview);
  if (!existing) return { ok: true, state, items: [] };
  const { underReview: _settled, ...rest } = existing;
  const refund: RefundRecord =
    input.outcome === "approved"
      ? { ...rest, at: now }
      : { ...rest, status: "failed", declinedAfterReview: true, error: (input.error ?? "The provider declined the refund after reviewing it").slice(0, 300), at: now };
  const refunds = (state.refunds ?? []).map((r) => (r.id === refund.id ? refund : r));
  return { ok: true, state: touched(state, now, { refunds }), items: [{ kind: "refund", refund }] };
}

/** Long enough for a provider call and its read-back (10 s deadline each); a crashed Worker's claim lapses. */
export const REFUND_CLAIM_MS = 60_000;

/**
 * A Worker takes (or, `hold: false`, hands back after an outage) a pending refund attempt's provider
 * call. While another Worker holds it the claim is refused, so a refund without an idempotency key
 * is asked for by one Worker at a time.
 */
export function claimRefund(state: RoomState, input: { refundId: string; attempt: number; hold: boolean }, now: number): Applied {
  const refund = (state.refunds ?? []).find((r) => r.id === input.refundId);
  if (!refund || refund.attempt !== input.attempt || refund.status !== "pending") return refuse("nothing_to_refund", "This refund is not waiting");
  const key = `${refund.id}:${refund.attempt}`;
  // Claims of settled refunds are dropped as they are passed over, so the map stays small.
  const live = Object.fromEntries(Object.entries(state.refundClaims ?? {}).filter(([k, until]) => k !== key && until > now));
  if (input.hold && (state.refundClaims?.[key] ?? 0) > now) return refuse("refund_in_progress", "Another request is asking the provider for this refund");
  return { ok: true, state: touched(state, now, { refundClaims: input.hold ? { ...live, [key]: now + REFUND_CLAIM_MS } : live }), items: [] };
}

/**
 * Staff ask again for refunds that failed (a new attempt, so a new idempotency key) or whose
 * answer never came (the same attempt: the provider answers the first refund again).
 */
export function retryRefunds(state: RoomState, now: number): Applied {
  const due = (state.refunds ?? []).filter((refund) => refund.status !== "refunded");
  if (state.status !== "cancelled" || due.length === 0) return refuse("nothing_to_refund", "No refund of this quotation is waiting");
  const retried = due.map((refund): RefundRecord => (refund.status === "failed" ? { id: refund.id, provider: refund.provider, providerPaymentId: refund.providerPaymentId, ...(refund.providerOrderId ? { providerOrderId: refund.providerOrderId } : {}), amount: refund.amount, status: "pending", attempt: refund.attempt + 1, at: now } : refund));
  const changed = retried.filter((refund, i) => refund !== due[i]);
  const refunds = (state.refunds ?? []).map((r) => retried.find((x) => x.id === r.id) ?? r);
  return { ok: true, state: touched(state, now, { refunds }), items: changed.map((refund): RoomItem => ({ kind: "refund", refund })) };
}

/** Offers closed and nothing was sent long after: the quotation ends as expired. */
export function expire(state: RoomState, now: number): Applied {
  if (state.status !== "open" && state.status !== "draft") return { ok: true, state, items: [] };
  const { state: next, item } = withStatus(state, "expired", now);
  return { ok: true, state: next, items: [item] };
}
