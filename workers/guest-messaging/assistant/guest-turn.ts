import type { DialogState } from "../../../shared/assistant/dialog";
import { log } from "../../../shared/log";
import type { Database } from "../../platform/db/client";
import type { Env } from "../../platform/env";
import type { AssistantDeps } from "./assistant-deps";
import { runTurn, type GuestTurn } from "./booking-agent";

/**
 * Answers one guest message under the thread's conversation object: the object hands out the
 * dialog state once the previous turn is done, the turn runs here in the Worker, and the new
 * state goes back with the message marked answered. A turn that throws releases the thread
 * (so the next message is not stuck behind it) and rethrows, so the queue retries the message.
 */
export async function takeGuestTurn(db: Database, env: Env, deps: AssistantDeps, turn: GuestTurn): Promise<DialogState> {
  const agent = env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(turn.conversationId));
  const begun = await agent.beginTurn({ messageId: turn.messageId, lang: turn.understanding.lang });
  if (begun.alreadyAnswered) return begun.state;
  let next: DialogState;
  try {
    next = await runTurn(db, env, deps, begun.state, turn);
  } catch (error) {
    await agent.abortTurn({ lease: begun.lease }).catch((abortError: unknown) =>
      // The lease still expires on its own; the thread waits at most that long.
      log("warn", "turn_abort_failed", { conversationId: turn.conversationId, error: String(abortError) }),
    );
    throw error;
  }
  const ended = await agent.endTurn({ lease: begun.lease, messageId: turn.messageId, state: next });
  // The reply went out; only the slots are lost, and the guest's next message fills them again.
  if (!ended.ok) log("warn", "turn_outlived_lease", { conversationId: turn.conversationId, messageId: turn.messageId });
  return next;
}
