import { log } from "../../shared/log";
import { readModelStatements, type PaymentState, type StayMirror } from "../calendar/read-model-sync";

/** What one calendar object's flush brings to the read model. */
export interface ReadModelChange {
  tenantId: string;
  stays: StayMirror[];
  payments: PaymentState[];
}

interface Waiting extends ReadModelChange {
  done: () => void;
  failed: (error: unknown) => void;
}

/** Stays written in one D1 batch (each costs up to six statements); a larger change goes alone. */
const STAYS_PER_BATCH = 40;

/**
 * Group commit for the read model: while one D1 batch is on its way, the changes that arrive wait
 * and go together in the next one. An idle tenant pays no delay; a busy one pays at most one
 * batch's wait, and fifty units changing at once cost a few batches, not fifty.
 */
export class ReadModelBatches {
  private waiting: Waiting[] = [];
  private writing: Promise<void> | null = null;

  /**
   * `afterCommit` runs once per committed batch with the changes it held, before their writers
   * hear it worked; when it throws they hear it failed and send again, so what it does must take
   * a repeat (the version-guarded statements do).
   */
  constructor(
    private readonly db: D1Database,
    private readonly afterCommit: (changes: ReadModelChange[]) => Promise<void> = async () => undefined,
  ) {}

  /** Resolves once the change is in the read model; rejects when it could not be written. */
  write(change: ReadModelChange): Promise<void> {
    return new Promise<void>((done, failed) => {
      this.waiting.push({ ...change, done, failed });
      this.writing ??= this.drain().finally(() => {
        this.writing = null;
      });
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const group = takeGroup(this.waiting);
      try {
        await this.writeTogether(group);
        for (const change of group) change.done();
      } catch (error) {
        if (group.length === 1) {
          group[0]!.failed(error);
          continue;
        }
        // One object's change must not hold back the others': each is tried on its own.
        log("warn", "read_model_group_failed", { changes: group.length, error: String(error) });
        for (const change of group) {
          await this.writeTogether([change]).then(change.done, change.failed);
        }
      }
    }
  }

  private async writeTogether(group: ReadModelChange[]): Promise<void> {
    const tenantId = group[0]!.tenantId;
    const stays = newestOf(group.flatMap((c) => c.stays), (m) => m.state.id, (m) => m.state.version);
    const payments = newestOf(group.flatMap((c) => c.payments), (p) => p.id, (p) => p.version);
    const statements = readModelStatements(this.db, tenantId, stays, payments, Date.now());
    if (statements.length > 0) await this.db.batch(statements);
    await this.afterCommit(group);
  }
}

/** The next changes to write together: in arrival order, up to a batch's worth of stays. */
function takeGroup(waiting: Waiting[]): Waiting[] {
  let stays = 0;
  let count = 0;
  while (count < waiting.length) {
    const next = waiting[count]!.stays.length;
    if (count > 0 && stays + next > STAYS_PER_BATCH) break;
    stays += next;
    count += 1;
  }
  return waiting.splice(0, count);
}

/** One entry per id, the highest version: an object may resend what is already on its way. */
function newestOf<T>(items: T[], id: (item: T) => string, version: (item: T) => number): T[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    const seen = byId.get(id(item));
    if (!seen || version(item) > version(seen)) byId.set(id(item), item);
  }
  return [...byId.values()];
}
