import { log } from "../../shared/log";

/** Exponential backoff for a retried message: 10 s, 20 s, 40 s ... capped at 10 minutes. */
export const retryDelaySeconds = (attempts: number) => Math.min(600, 10 * 2 ** Math.max(0, attempts - 1));

export interface FailurePolicy {
  /** Log line for a failed attempt (an expected provider hiccup is a warning; a crash is an error). */
  event: string;
  level?: "warn" | "error";
  fields: Record<string, unknown>;
  /** A failure retrying cannot fix is acknowledged instead of retried. */
  isPermanent: (error: unknown) => boolean;
  /** Records the failure (and tells staff when it is permanent) before the message is settled. */
  onFailure?: (error: unknown, permanent: boolean) => Promise<void>;
}

export const neverPermanent = () => false;

/** Runs one message's work, then acks it, or retries it with backoff; messages of a batch settle independently. */
export function settle(message: Message<unknown>, work: () => Promise<void>, policy: FailurePolicy): Promise<void> {
  return settleTogether([message], work, policy);
}

/** Runs work shared by several messages, then acks each of them, or retries each with its own backoff. */
export async function settleTogether(messages: Message<unknown>[], work: () => Promise<void>, policy: FailurePolicy): Promise<void> {
  try {
    await work();
    for (const message of messages) message.ack();
  } catch (error) {
    const permanent = policy.isPermanent(error);
    const attempts = Math.max(...messages.map((m) => m.attempts));
    log(policy.level ?? "warn", policy.event, { ...policy.fields, attempts, permanent, error: String(error) });
    await policy.onFailure?.(error, permanent).catch(() => undefined);
    for (const message of messages) {
      if (permanent) message.ack();
      else message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}
