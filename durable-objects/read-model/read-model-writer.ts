import { DurableObject } from "cloudflare:workers";
import { withDatabase, type DatabaseBindings } from "../../shared/database/choose-database";
import { ReadModelBatches, type ReadModelChange } from "./read-model-batches";

export type { ReadModelChange } from "./read-model-batches";

/**
 * Writes the calendar objects' changes to the read model for one tenant, many objects per D1
 * batch (see ReadModelBatches). The database is one writer and every batch is a round trip to it
 * (a commit, locally), so the units of a tenant changing at once share batches instead of each
 * paying its own.
 *
 * Nothing is stored here. A calendar object keeps its rows until its `write` resolves, which is
 * after the batch holding them committed, so a writer that goes away loses nothing: the object's
 * outbox sends them again, and every statement is guarded by version.
 */
export class ReadModelWriter extends DurableObject<DatabaseBindings> {
  private readonly batches: ReadModelBatches;

  constructor(ctx: DurableObjectState, env: DatabaseBindings) {
    super(ctx, withDatabase(env));
    this.batches = new ReadModelBatches(this.env.DB);
  }

  /** Resolves once the change is in the read model; rejects when its batch could not be written. */
  write(change: ReadModelChange): Promise<void> {
    return this.batches.write(change);
  }
}
