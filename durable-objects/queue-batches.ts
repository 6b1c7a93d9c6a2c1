/** A queue's sendBatch takes at most 100 messages. */
const MESSAGES_PER_SEND = 100;

/** Sends every body, in as few sendBatch calls as the queue allows; throws when one fails. */
export async function sendAll<Body>(queue: Queue<Body>, bodies: readonly Body[]): Promise<void> {
  for (let i = 0; i < bodies.length; i += MESSAGES_PER_SEND) await queue.sendBatch(bodies.slice(i, i + MESSAGES_PER_SEND).map((body) => ({ body })));
}
