import { DurableObject } from "cloudflare:workers";
import { withDatabase, type DatabaseBindings } from "../../shared/database/choose-database";
import type { LiveEnv } from "../live/publish";
import type { BookingEvent } from "../calendar/results";
import { ReadModelBatches, type ReadModelChange } from "./read-model-batches";
import { followUpsOf } from "./follow-ups";

export type { ReadModelChange } from "./read-model-batches";

/**
 * Writes the calendar objects' changes to the read model for one tenant, many objects per D1
 * batch (see ReadModelBatches). The database is one writer and every batch is a round trip to it
 * (a commit, locally), so the units of a tenant changing at once share batches instead of each
 * paying its own.
 *
 * After each batch it enqueues `reservation_changed` for every reservation in it and tells the
 * tenant's consoles (see follow-ups.ts), so what follows a reservation never acts on a state the
 * read model does not have yet.
 *
 * Nothing is stored here. A calendar object keeps its rows until its `write` resolves, which is
 * after the batch holding them committed, so a writer that goes away loses nothing: the object's
 * outbox sends them again, and every statement is guarded by version.
 */
export interface ReadModelEnv extends DatabaseBindings, LiveEnv {
  BOOKINGS_QUEUE: Queue<BookingEvent>;
}

export class ReadModelWriter extends DurableObject<ReadModelEnv> {
  private readonly batches: ReadModelBatches;

  constructor(ctx: DurableObjectState, env: ReadModelEnv) {
    super(ctx, withDatabase(env));
    // What follows a batch (the bookings queue's `reservation_changed`, the consoles' live events)
    // is sent once per batch from here, not once per object: a burst of holds costs a few sends.
    this.batches = new ReadModelBatches(this.env.DB, (changes) => followUpsOf(this.env, changes));
  }

  /** Resolves once the change is in the read model; rejects when its batch could not be written. */
  write(change: ReadModelChange): Promise<void> {
    return this.batches.write(change);
  }
}
