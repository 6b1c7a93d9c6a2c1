import { DurableObject } from "cloudflare:workers";
import { freshState, type DialogState } from "../../shared/assistant/dialog";
import { runTurn, type GuestTurn } from "../../workers/guest-messaging/assistant/booking-agent";
import { database } from "../../workers/platform/db/client";
import { parseConfig, type Env } from "../../workers/platform/env";
import type { ChatSocketMessage } from "../../workers/guest-messaging/announce-message";
import { acceptHibernatingSocket, broadcast, closingCode } from "../sockets";

const STATE_KEY = "dialog";
const ANSWERED_KEY = "answered";
/** How many recent message ids are remembered; redeliveries arrive within minutes, not hundreds of messages. */
const ANSWERED_MEMORY = 100;

/**
 * One guest thread. Messages of a thread are handled strictly one after another (a guest who
 * sends "hola" and "del 5 al 8/1" in the same second gets the answers in order), and the
 * dialog's slots live here between messages.
 */
export class ConversationAgent extends DurableObject<Env> {
  /** The turn in progress; the next one starts when it ends, even across awaits. */
  private tail: Promise<unknown> = Promise.resolve();

  async handleGuestMessage(turn: GuestTurn): Promise<DialogState> {
    const run = this.tail.then(async () => {
      const state = (await this.ctx.storage.get<DialogState>(STATE_KEY)) ?? freshState(turn.understanding.lang);
      // A retry after the turn ran (the Worker died before marking the message answered) must not
      // answer it again, nor replay it against the dialog it already moved on.
      const answered = (await this.ctx.storage.get<string[]>(ANSWERED_KEY)) ?? [];
      if (answered.includes(turn.messageId)) return state;
      const next = await runTurn(database(this.env.DB), this.env, parseConfig(this.env), state, turn);
      await this.ctx.storage.put({ [STATE_KEY]: next, [ANSWERED_KEY]: [...answered, turn.messageId].slice(-ANSWERED_MEMORY) });
      return next;
    });
    // A failed turn must not wedge the thread: the next message starts clean from stored state.
    this.tail = run.catch(() => undefined);
    return run;
  }

  async dialogState(): Promise<DialogState | null> {
    return (await this.ctx.storage.get<DialogState>(STATE_KEY)) ?? null;
  }

  /** The web chat visitor's live socket (GET /chat/:tenantSlug/sessions/:sessionId/ws, token checked by the Worker). */
  override async fetch(request: Request): Promise<Response> {
    return acceptHibernatingSocket(this.ctx, request);
  }

  /** Sends a reply or a staff message to the visitor's open sockets; answers how many took it. */
  async pushToGuest(payload: ChatSocketMessage): Promise<number> {
    return broadcast(this.ctx, payload);
  }

  override async webSocketMessage(): Promise<void> {
    // Visitors write through POST .../messages, which files the message before answering it;
    // the socket only carries replies (and the auto-answered ping).
  }

  override async webSocketClose(socket: WebSocket, code: number): Promise<void> {
    socket.close(closingCode(code), "closing");
  }
}
