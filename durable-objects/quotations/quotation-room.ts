import { withDatabase, type DatabaseBindings } from "../../shared/database/choose-database";
import { DurableObject } from "cloudflare:workers";
import { z } from "zod";
import { bytesToBase64Url, randomBytes, sha256Hex } from "../../shared/crypto/encoding";
import type { DepositLink, PaymentRecord, RefundRecord, RoomItem, RoomState, Viewer } from "../../shared/quotations/model";
import { eventsFrame, REPLAY_EVENTS_PER_FRAME, type LoggedEvent } from "../../shared/quotations/frames";
import { liveDepositLink } from "../../shared/quotations/deposit-link";
import { bookingOutcomeSchema, paymentRecordSchema } from "../../shared/quotations/model";
import { snapshotFor, type RoomSnapshot } from "../../shared/quotations/privacy";
import * as room from "../../shared/quotations/room";
import { acceptHibernatingSocket, closingCode, UNCOMPRESSED_SOCKET_HEADERS } from "../sockets";
import { ROOM_TENANT_HEADER, ROOM_VIEWER_HEADER } from "./viewer-headers";
import { createInput, depositLinkInput, operatorCommandInput, partnerCommandInput, refundClaimInput, refundOutcomeInput, refundReviewInput, type CreateInput, type DepositLinkInput, type OperatorCommand, type PartnerCommand, type RefundClaimInput, type RefundOutcomeInput, type RefundReviewInput } from "./inputs";


export type RoomAnswer<T> = { ok: true; value: T } | { ok: false; code: room.RoomRefusal | "not_found"; detail: string };
export interface RoomChange {
  snapshot: RoomSnapshot;
  /** What the Worker mirrors to D1 and names in emails; only ever returned to the operator's side. */
  summary: RoomSummary;
}
export interface RoomSummary {
  id: string;
  tenantId: string;
  status: RoomState["status"];
  groupName: string;
  checkIn: string;
  checkOut: string;
  people: number;
  deadline: string;
  currency: string;
  updatedAt: number;
}

const DAY = 86_400_000;
/** An open quotation nobody sent this long after its deadline ends as expired. */
const EXPIRE_AFTER_DEADLINE_MS = 14 * DAY;

/** How long one Worker may take the own units' nights before another may try again. */
const BOOKING_CLAIM_MS = 2 * 60_000;

const tokenRow = z.object({ role: z.enum(["partner", "client"]), partner_id: z.string().nullable() });

/**
 * One room per group quotation: the operator, the partner lodgings and the group's leader meet
 * here. It keeps the quotation's whole state and an append-only event log with sequence numbers;
 * every change is one SQLite transaction, then fanned out to the open sockets, each frame cut
 * down for its viewer by the one privacy filter. A socket that reconnects with the last number it
 * saw gets what it missed, filtered the same way, so nobody offline loses anything.
 */
/** The one binding the room uses itself: the tenant's list row, when the room changes on its own (expiry). */
interface RoomEnv extends DatabaseBindings {
  DB: D1Database;
}

export class QuotationRoom extends DurableObject<RoomEnv> {
  private readonly sql: SqlStorage;
  private state: RoomState | null = null;
  /** The newest event's number. */
  private seq = 0;
  private audience: Array<{ viewer: Viewer; sockets: WebSocket[] }> | null = null;
  /** Committed events not yet sent to the open sockets (see fanOut). */
  private unsent: LoggedEvent[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(ctx: DurableObjectState, env: RoomEnv) {
    super(ctx, withDatabase(env));
    this.sql = ctx.storage.sql;
    ctx.blockConcurrencyWhile(async () => {
      this.sql.exec(`CREATE TABLE IF NOT EXISTS room (id INTEGER PRIMARY KEY CHECK (id = 1), state TEXT NOT NULL)`);
      this.sql.exec(`CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, item TEXT NOT NULL)`);
      this.sql.exec(`CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, role TEXT NOT NULL, partner_id TEXT)`);
      this.sql.exec(`CREATE TABLE IF NOT EXISTS booking_claim (id INTEGER PRIMARY KEY CHECK (id = 1), until INTEGER NOT NULL)`);
      const row = this.sql.exec<{ state: string }>(`SELECT state FROM room WHERE id = 1`).toArray()[0];
      this.state = row ? (JSON.parse(row.state) as RoomState) : null;
      this.seq = this.sql.exec<{ seq: number | null }>(`SELECT MAX(seq) AS seq FROM events`).one().seq ?? 0;
    });
  }

  /** Opens the room. Creating it again with the same id answers the room as it is. */
  async create(raw: CreateInput): Promise<RoomAnswer<RoomChange>> {
    const input = createInput.parse(raw);
    if (this.state) return this.state.tenantId === input.tenantId ? { ok: true, value: this.change({ role: "operator" }) } : notFound();
    const now = input.now ?? Date.now();
    const state: RoomState = {
      id: input.id,
      tenantId: input.tenantId,
      tenantName: input.tenantName,
      request: input.request,
      status: "draft",
      partners: [],
      offers: input.ownOffer ? [input.ownOffer] : [],
      messages: [],
      composition: null,
      payments: [],
      booking: null,
      createdAt: now,
      updatedAt: now,
    };
    const items: RoomItem[] = [{ kind: "request", request: state.request }, { kind: "status", status: "draft" }];
    if (input.ownOffer) items.push({ kind: "offer", offer: input.ownOffer });
    this.commit(state, items, now);
    await this.ctx.storage.setAlarm(Date.parse(state.request.deadline) + EXPIRE_AFTER_DEADLINE_MS);
    return { ok: true, value: this.change({ role: "operator" }) };
  }

  /** The whole room, for its tenant's staff. */
  async operatorView(raw: { tenantId: string }): Promise<RoomAnswer<RoomChange>> {
    if (!this.state || this.state.tenantId !== raw.tenantId) return notFound();
    return { ok: true, value: this.change({ role: "operator" }) };
  }

  /** A change the operator makes; invitations and sending answer the link token made for it. */
  async operatorCommand(raw: { tenantId: string; command: OperatorCommand; now?: number }): Promise<RoomAnswer<RoomChange & { token?: string }>> {
    const command = operatorCommandInput.parse(raw.command);
    const state = this.state;
    if (!state || state.tenantId !== raw.tenantId) return notFound();
    const now = raw.now ?? Date.now();
    let token: string | undefined;
    let tokenHash: string | undefined;
    if (command.kind === "invite" || command.kind === "send") {
      token = `${state.id.slice("qtn_".length)}.${bytesToBase64Url(randomBytes(24))}`;
      tokenHash = await sha256Hex(token);
    }
    // Nothing is awaited from here to the commit: the state read is the state written.
    const current = this.state!;
    let applied: room.Applied;
    switch (command.kind) {
      case "invite":
        applied = room.invitePartner(current, command.partner, now);
        break;
      case "message":
        applied = room.postMessage(current, { id: command.messageId, from: { kind: "operator" }, to: command.to, text: command.text, at: now }, now);
        break;
      case "compose":
        applied = room.compose(current, command.input, now);
        break;
      case "open":
        applied = room.open(current, now);
        break;
      case "send":
        applied = room.send(current, now);
        break;
      case "cancel":
        applied = room.cancel(current, now);
        break;
      case "retry_refunds":
        applied = room.retryRefunds(current, now);
        break;
    }
    if (!applied.ok) return applied;
    this.commit(applied.state, applied.items, now, () => {
      if (!tokenHash) return;
      if (command.kind === "invite") this.sql.exec(`INSERT INTO tokens (hash, role, partner_id) VALUES (?, 'partner', ?)`, tokenHash, command.partner.id);
      else this.sql.exec(`INSERT INTO tokens (hash, role, partner_id) VALUES (?, 'client', NULL)`, tokenHash);
    });
    return { ok: true, value: { ...this.change({ role: "operator" }), token } };
  }

  /** What a link's holder may see, or not_found for a token this room never made (or made for the other page). */
  async viewByToken(raw: { token: string; role: "partner" | "client" }): Promise<RoomAnswer<RoomSnapshot>> {
    const viewer = await this.viewerOf(raw.token);
    if (!viewer || viewer.role !== raw.role || !this.state) return notFound();
    if (viewer.role === "client" && !this.state.composition?.sent) return notFound();
    return { ok: true, value: this.snapshot(viewer) };
  }

  /** A partner posts, updates or withdraws an offer, or writes to the operator. */
  async partnerCommand(raw: { token: string; command: PartnerCommand; now?: number }): Promise<RoomAnswer<RoomSnapshot & { summary: RoomSummary }>> {
    const command = partnerCommandInput.parse(raw.command);
    const viewer = await this.viewerOf(raw.token);
    if (!viewer || viewer.role !== "partner" || !this.state) return notFound();
    const now = raw.now ?? Date.now();
    const state = this.state;
    let applied: room.Applied;
    switch (command.kind) {
      case "offer":
        applied = room.postOffer(state, { offerId: command.offerId, partnerId: viewer.partnerId, lines: command.lines, validUntil: command.validUntil }, now);
        break;
      case "withdraw":
        applied = room.withdrawOffer(state, { offerId: command.offerId, partnerId: viewer.partnerId }, now);
        break;
      case "message":
        applied = room.postMessage(state, { id: command.messageId, from: { kind: "partner", partnerId: viewer.partnerId }, to: null, text: command.text, at: now }, now);
        break;
    }
    if (!applied.ok) return applied;
    this.commit(applied.state, applied.items, now);
    return { ok: true, value: { ...this.snapshot(viewer), summary: this.summary() } };
  }

  /** The group's leader approves the sent package. */
  async clientApprove(raw: { token: string; now?: number }): Promise<RoomAnswer<RoomSnapshot & { summary: RoomSummary }>> {
    const viewer = await this.viewerOf(raw.token);
    if (!viewer || viewer.role !== "client" || !this.state?.composition?.sent) return notFound();
    const now = raw.now ?? Date.now();
    const applied = room.approve(this.state, now);
    if (!applied.ok) return applied;
    this.commit(applied.state, applied.items, now);
    return { ok: true, value: { ...this.snapshot(viewer), summary: this.summary() } };
  }

  /** A verified provider payment for the deposit; the same payment twice is recorded once (`fresh` says which). */
  async recordPayment(raw: { tenantId: string; payment: PaymentRecord }): Promise<RoomAnswer<RoomChange & { fresh: boolean }>> {
    const payment = paymentRecordSchema.parse(raw.payment);
    if (!this.state || this.state.tenantId !== raw.tenantId) return notFound();
    const applied = room.recordPayment(this.state, payment, payment.at);
    if (!applied.ok) return applied;
    const fresh = applied.items.length > 0;
    if (fresh) this.commit(applied.state, applied.items, payment.at);
    return { ok: true, value: { ...this.change({ role: "operator" }), fresh } };
  }

  /**
   * One Worker at a time takes the own units' nights: copies of the same payment confirmation may
   * arrive together. The claim lapses after two minutes, so a Worker that died half-way is
   * finished by the provider's next retry.
   */
  async claimBooking(raw: { tenantId: string; now?: number }): Promise<boolean> {
    if (!this.state || this.state.tenantId !== raw.tenantId || this.state.status !== "paid" || this.state.booking) return false;
    const now = raw.now ?? Date.now();
    const current = this.sql.exec<{ until: number }>(`SELECT until FROM booking_claim WHERE id = 1`).toArray()[0];
    if (current && current.until > now) return false;
    this.sql.exec(`INSERT INTO booking_claim (id, until) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET until = excluded.until`, now + BOOKING_CLAIM_MS);
    return true;
  }

  /** How taking the own units' nights ended, reported by the Worker that took them. */
  async recordBooking(raw: { tenantId: string; outcome: unknown; now?: number }): Promise<RoomAnswer<RoomChange>> {
    const outcome = bookingOutcomeSchema.parse(raw.outcome);
    if (!this.state || this.state.tenantId !== raw.tenantId) return notFound();
    const now = raw.now ?? Date.now();
    const applied = room.recordBooking(this.state, outcome, now);
    if (!applied.ok) return applied;
    this.commit(applied.state, applied.items, now);
    return { ok: true, value: this.change({ role: "operator" }) };
  }

  /** How a refund's provider call ended, reported by the Worker that made it. */
  async settleRefund(raw: RefundOutcomeInput): Promise<RoomAnswer<RoomChange>> {
    const input = refundOutcomeInput.parse(raw);
    if (!this.state || this.state.tenantId !== input.tenantId) return notFound();
    const now = input.now ?? Date.now();
    const applied = room.settleRefund(this.state, input, now);
    if (!applied.ok) return applied;
    if (applied.items.length > 0) this.commit(applied.state, applied.items, now);
    return { ok: true, value: this.change({ role: "operator" }) };
  }

  /**
   * The provider's decision on a refund it held under review (its notification, or the poll).
   * Answers the refund with that provider id as it stands after, so a Worker redelivered the same
   * decision still sees a declined refund and raises its (deduplicated) alert.
   */
  async concludeRefundReview(raw: RefundReviewInput): Promise<RoomAnswer<RoomChange & { refund: RefundRecord | null }>> {
    const input = refundReviewInput.parse(raw);
    if (!this.state || this.state.tenantId !== input.tenantId) return notFound();
    const now = input.now ?? Date.now();
    const applied = room.concludeRefundReview(this.state, input, now);
    if (!applied.ok) return applied;
    if (applied.items.length > 0) this.commit(applied.state, applied.items, now);
    const refund = (this.state.refunds ?? []).find((r) => r.providerRefundId === input.providerRefundId) ?? null;
    return { ok: true, value: { ...this.change({ role: "operator" }), refund } };
  }

  /** A Worker takes a pending refund's provider call, or hands it back after an outage (see room.claimRefund). */
  async claimRefund(raw: RefundClaimInput): Promise<RoomAnswer<true>> {
    const input = refundClaimInput.parse(raw);
    if (!this.state || this.state.tenantId !== input.tenantId) return notFound();
    const now = input.now ?? Date.now();
    const applied = room.claimRefund(this.state, input, now);
    if (!applied.ok) return applied;
    this.commit(applied.state, [], now);
    return { ok: true, value: true };
  }

  /**
   * Keeps the deposit's hosted checkout, or answers the one already kept while it is live for the
   * same amount: two approvals racing hand the client one checkout.
   */
  async keepDepositLink(raw: DepositLinkInput): Promise<DepositLink | null> {
    const input = depositLinkInput.parse(raw);
    if (!this.state || this.state.tenantId !== input.tenantId) return null;
    const now = input.now ?? Date.now();
    const kept = liveDepositLink(this.state, now);
    if (kept) return kept;
    this.commit({ ...this.state, depositLink: input.link }, [], now);
    return input.link;
  }

  /** The full state, for the Worker's own use after a verified payment (never sent to a partner or client). */
  async internalState(raw: { tenantId: string }): Promise<RoomState | null> {
    return this.state && this.state.tenantId === raw.tenantId ? this.state : null;
  }

  /**
   * A socket for the operator (the Worker checked the ticket and names the tenant) or for a link's
   * holder (`?token=`). `?after=N` replays what the viewer may see of every event after N.
   */
  override async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    let viewer: Viewer | null = null;
    const expected = request.headers.get(ROOM_VIEWER_HEADER);
    if (expected === "operator") {
      viewer = this.state && this.state.tenantId === request.headers.get(ROOM_TENANT_HEADER) ? { role: "operator" } : null;
    } else {
      viewer = await this.viewerOf(url.searchParams.get("token") ?? "");
      // A partner's link opens the partner page only, a client's the client page only.
      if (viewer && viewer.role !== expected) viewer = null;
      if (viewer?.role === "client" && !this.state?.composition?.sent) viewer = null;
    }
    if (!viewer) return new Response("not found", { status: 404 });
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") return acceptHibernatingSocket(this.ctx, request);
    // Events committed before this socket joins go to the sockets already open; the new one reads
    // them from the log below, so nobody gets an event twice or misses one.
    this.flush();
    const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
    this.ctx.acceptWebSocket(server, [tagOf(viewer)]);
    this.audience = null;
    this.ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
    const after = Number(url.searchParams.get("after") ?? "0");
    this.replay(server, viewer, Number.isSafeInteger(after) && after >= 0 ? after : 0);
    // Uncompressed: the runtime deflates every message once per socket, so a burst's one frame for
    // 130 consoles was 130 compressions of the same text, and each socket kept its own window.
    return new Response(null, { status: 101, webSocket: client, headers: UNCOMPRESSED_SOCKET_HEADERS });
  }

  override async webSocketMessage(): Promise<void> {
    // Changes arrive over REST (validated there); sockets only listen. Pings are answered without waking the room.
  }

  override async webSocketClose(socket: WebSocket, code: number): Promise<void> {
    this.audience = null;
    socket.close(closingCode(code), "closing");
  }

  override async webSocketError(): Promise<void> {
    this.audience = null;
  }

  override async alarm(): Promise<void> {
    if (!this.state) return;
    const now = Date.now();
    const applied = room.expire(this.state, now);
    if (!applied.ok || applied.items.length === 0) return;
    this.commit(applied.state, applied.items, now);
    // Nobody's request caused this change, so the room updates the list row itself (same guard as the Worker's mirror).
    await this.env.DB.prepare(`UPDATE quotations SET status = ?1, updated_at = ?2 WHERE id = ?3 AND updated_at < ?2`).bind(applied.state.status, applied.state.updatedAt, applied.state.id).run();
  }

  /** Sockets open in the room, for the bench and tests. */
  async connectedSockets(): Promise<number> {
    return this.ctx.getWebSockets().length;
  }

  /** The hello, then what the viewer may see of every event after `after`, in frames of the live shape. */
  private replay(socket: WebSocket, viewer: Viewer, after: number) {
    const seq = this.lastSeq();
    socket.send(JSON.stringify({ type: "hello", seq, viewer: viewer.role }));
    let missed: LoggedEvent[] = [];
    const send = () => {
      const frame = eventsFrame(viewer, missed);
      if (frame) socket.send(frame);
      missed = [];
    };
    for (const row of this.sql.exec<{ seq: number; at: number; item: string }>(`SELECT seq, at, item FROM events WHERE seq > ? ORDER BY seq`, after)) {
      missed.push({ seq: row.seq, at: row.at, item: JSON.parse(row.item) as RoomItem, json: row.item });
      if (missed.length === REPLAY_EVENTS_PER_FRAME) send();
    }
    send();
  }

  /**
   * Stores the new state and its events in one transaction (plus any extra rows), then fans the
   * events out. Sequence numbers are counted in memory (the room is the log's only writer), so an
   * event is one plain insert; the item's JSON is made once, for the log and the frames.
   */
  private commit(state: RoomState, items: RoomItem[], now: number, extra?: () => void) {
    const events: LoggedEvent[] = items.map((item, index) => ({ seq: this.seq + index + 1, at: now, item, json: JSON.stringify(item) }));
    this.ctx.storage.transactionSync(() => {
      this.sql.exec(`INSERT INTO room (id, state) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state`, JSON.stringify(state));
      for (const event of events) this.sql.exec(`INSERT INTO events (seq, at, item) VALUES (?, ?, ?)`, event.seq, now, event.json);
      extra?.();
    });
    this.state = state;
    this.seq += events.length;
    this.fanOut(events);
  }

  /**
   * The open sockets grouped by viewer, kept between changes instead of asking the runtime for
   * every socket's tags on each one; dropped when a socket opens or closes, and rebuilt on the first
   * change after the room wakes from hibernation.
   */
  private audienceNow(): Array<{ viewer: Viewer; sockets: WebSocket[] }> {
    if (this.audience) return this.audience;
    const byTag = new Map<string, { viewer: Viewer; sockets: WebSocket[] }>();
    for (const socket of this.ctx.getWebSockets()) {
      const tag = this.ctx.getTags(socket)[0];
      if (!tag) continue;
      let group = byTag.get(tag);
      if (!group) byTag.set(tag, (group = { viewer: viewerOfTag(tag), sockets: [] }));
      group.sockets.push(socket);
    }
    this.audience = [...byTag.values()];
    return this.audience;
  }

  /**
   * Committed events wait for the changes already queued at the room (a burst of offers arrives
   * as many calls at once) and then leave together: one frame per viewer with every event it may
   * see, so a socket gets one message per burst instead of one per change. Each message a socket
   * takes costs a write here and a parse in the browser, per socket, so with 150 sockets this, not
   * the change itself, was the room's cost. The timer adds no wait of
   * its own: it fires as soon as the calls already queued have run. (Sending events that waited
   * past a bound with the next change instead was measured: three times the messages, and slower.)
   */
  private fanOut(events: LoggedEvent[]) {
    if (events.length === 0) return;
    this.unsent.push(...events);
    this.flushTimer ??= setTimeout(() => this.flush(), 0);
  }

  /**
   * Sends the unsent events: filtered and serialized once per viewer (the operator's consoles
   * share one frame, each partner's sockets theirs), in sequence order.
   */
  private flush() {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const events = this.unsent;
    this.unsent = [];
    if (events.length === 0) return;
    for (const { viewer, sockets } of this.audienceNow()) {
      const frame = eventsFrame(viewer, events);
      if (!frame) continue;
      for (const socket of sockets) {
        try {
          socket.send(frame);
        } catch {
          socket.close(1011, "send failed");
          this.audience = null;
        }
      }
    }
  }

  private async viewerOf(token: string): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const hash = await sha256Hex(token);
    const row = this.sql.exec(`SELECT role, partner_id FROM tokens WHERE hash = ?`, hash).toArray()[0];
    if (!row) return null;
    const parsed = tokenRow.parse(row);
    return parsed.role === "partner" && parsed.partner_id ? { role: "partner", partnerId: parsed.partner_id } : { role: "client" };
  }

  private lastSeq(): number {
    return this.seq;
  }

  private snapshot(viewer: Viewer): RoomSnapshot {
    return snapshotFor(viewer, this.state!, this.lastSeq());
  }

  private change(viewer: Viewer): RoomChange {
    return { snapshot: this.snapshot(viewer), summary: this.summary() };
  }

  private summary(): RoomSummary {
    const s = this.state!;
    const { groupName, checkIn, checkOut, people, deadline, currency } = s.request;
    return { id: s.id, tenantId: s.tenantId, status: s.status, groupName, checkIn, checkOut, people, deadline, currency, updatedAt: s.updatedAt };
  }
}

function notFound(): { ok: false; code: "not_found"; detail: string } {
  return { ok: false, code: "not_found", detail: "No such quotation" };
}

function tagOf(viewer: Viewer): string {
  return viewer.role === "partner" ? `partner:${viewer.partnerId}` : viewer.role;
}

function viewerOfTag(tag: string): Viewer {
  if (tag.startsWith("partner:")) return { role: "partner", partnerId: tag.slice("partner:".length) };
  return tag === "client" ? { role: "client" } : { role: "operator" };
}
