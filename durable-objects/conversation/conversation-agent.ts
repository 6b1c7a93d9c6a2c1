import { DurableObject } from "cloudflare:workers";
import { freshState, type DialogState } from "../../shared/assistant/dialog";
import { runTurn, type GuestTurn } from "../../workers/assistant/booking-agent";
import { database } from "../../workers/db/client";
import { parseConfig, type Env } from "../../workers/env";

const STATE_KEY = "dialog";

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
      const next = await runTurn(database(this.env.DB), this.env, parseConfig(this.env), state, turn);
      await this.ctx.storage.put(STATE_KEY, next);
      return next;
    });
    // A failed turn must not wedge the thread: the next message starts clean from stored state.
    this.tail = run.catch(() => undefined);
    return run;
  }

  async dialogState(): Promise<DialogState | null> {
    return (await this.ctx.storage.get<DialogState>(STATE_KEY)) ?? null;
  }
}
