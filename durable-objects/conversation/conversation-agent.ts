import { DurableObject } from "cloudflare:workers";
import { freshState, type DialogState } from "../../shared/assistant/dialog";
import type { Env } from "../../workers/platform/env";
import { acceptHibernatingSocket, broadcast, closingCode } from "../sockets";
import { abortTurnInput, beginTurnInput, chatSocketMessage, endTurnInput, type AbortTurnInput, type BeginTurnInput, type ChatSocketMessage, type EndTurnInput } from "./inputs";
import { ANSWERED_KEY, ANSWERED_MEMORY, LEASE_KEY, readAnswered, readDialog, readLease, STATE_KEY, type Lease } from "./stored-state";

/** A turn runs in the Worker; if it neither ends nor aborts within this, the Worker is presumed dead. */
export const TURN_LEASE_MS = 60_000;

export type BeganTurn = { alreadyAnswered: true; state: DialogState } | { alreadyAnswered: false; lease: string; state: DialogState };
export type EndedTurn = { ok: true } | { ok: false; code: "lease_lost" };

/**
 * One guest thread. It keeps the dialog's slots between messages and lets one turn run at a
 * time (a guest who sends "hola" and "del 5 al 8/1" in the same second gets the answers in
 * order); the Worker runs each turn between beginTurn and endTurn, so this object needs nothing
 * of the Worker's code. Web chat sockets hibernate here too.
 */
export class ConversationAgent extends DurableObject<Env> {
  // RPC inputs are typed for callers and parsed again here: an RPC stub can be called with anything.

  /** Claims queue here, so turns start in the order their messages arrived. */
  private claims: Promise<unknown> = Promise.resolve();
  /** Wakes the claim waiting for the current lease to be released. */
  private wakeClaim: (() => void) | null = null;

  /**
   * Waits until the previous turn has ended, aborted or let its lease expire, then hands out the
   * thread's state and a lease. A message already answered gets no lease: the Worker skips it.
   */
  async beginTurn(raw: BeginTurnInput): Promise<BeganTurn> {
    const input = beginTurnInput.parse(raw);
    const claim = this.claims.then(() => this.claimLease());
    this.claims = claim.catch(() => undefined);
    const lease = await claim;
    const state = (await readDialog(this.ctx.storage)) ?? freshState(input.lang);
    // A retry after the turn ran (the Worker died before marking the message answered) must not
    // answer it again, nor replay it against the dialog it already moved on.
    if ((await readAnswered(this.ctx.storage)).includes(input.messageId)) {
      await this.release(lease.id);
      return { alreadyAnswered: true, state };
    }
    return { alreadyAnswered: false, lease: lease.id, state };
  }

  /** Stores what the turn decided and frees the thread. A lease that expired meanwhile may not overwrite a newer turn's state. */
  async endTurn(raw: EndTurnInput): Promise<EndedTurn> {
    const input = endTurnInput.parse(raw);
    const answered = [...(await readAnswered(this.ctx.storage)), input.messageId].slice(-ANSWERED_MEMORY);
    const current = await readLease(this.ctx.storage);
    if (current?.id !== input.lease) {
      // The guest did get this turn's reply, so the message still counts as answered.
      await this.ctx.storage.put(ANSWERED_KEY, answered);
      return { ok: false, code: "lease_lost" };
    }
    await this.ctx.storage.put({ [STATE_KEY]: input.state, [ANSWERED_KEY]: answered });
    await this.release(input.lease);
    return { ok: true };
  }

  /** A turn that failed frees the thread at once; the message stays unanswered so a retry answers it. */
  async abortTurn(raw: AbortTurnInput): Promise<void> {
    await this.release(abortTurnInput.parse(raw).lease);
  }

  /** Forgets what the dialog learnt of the guest (name, contact, dates) when their data is erased on request. */
  async forgetDialog(): Promise<void> {
    await this.ctx.storage.delete(STATE_KEY);
  }

  async dialogState(): Promise<DialogState | null> {
    return readDialog(this.ctx.storage);
  }

  /** The web chat visitor's live socket (GET /chat/:tenantSlug/sessions/:sessionId/ws, token checked by the Worker). */
  override async fetch(request: Request): Promise<Response> {
    return acceptHibernatingSocket(this.ctx, request);
  }

  /** Sends a reply or a staff message to the visitor's open sockets; answers how many took it. */
  async pushToGuest(raw: ChatSocketMessage): Promise<number> {
    return broadcast(this.ctx, chatSocketMessage.parse(raw));
  }

  override async webSocketMessage(): Promise<void> {
    // Visitors write through POST .../messages, which files the message before answering it;
    // the socket only carries replies (and the auto-answered ping).
  }

  override async webSocketClose(socket: WebSocket, code: number): Promise<void> {
    socket.close(closingCode(code), "closing");
  }

  /** Waits while another turn's lease is live, then stores a new one. Only one claim runs at a time. */
  private async claimLease(): Promise<Lease> {
    for (;;) {
      const held = await readLease(this.ctx.storage);
      const left = held ? held.expiresAt - Date.now() : 0;
      if (left <= 0) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(wake, left);
        function wake() {
          clearTimeout(timer);
          resolve();
        }
        this.wakeClaim = wake;
      });
      this.wakeClaim = null;
    }
    const lease = { id: crypto.randomUUID(), expiresAt: Date.now() + TURN_LEASE_MS };
    await this.ctx.storage.put(LEASE_KEY, lease);
    return lease;
  }

  private async release(leaseId: string): Promise<void> {
    if ((await readLease(this.ctx.storage))?.id !== leaseId) return;
    await this.ctx.storage.delete(LEASE_KEY);
    this.wakeClaim?.();
  }
}
