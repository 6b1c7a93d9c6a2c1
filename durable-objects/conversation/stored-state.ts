import { z } from "zod";
import { dialogStateSchema } from "../../shared/assistant/dialog-schema";
import type { DialogState } from "../../shared/assistant/dialog";
import { log } from "../../shared/log";

/** Storage keys of a conversation object, and the shapes read back from them (checked, never cast). */
export const STATE_KEY = "dialog";
export const ANSWERED_KEY = "answered";
export const LEASE_KEY = "lease";

const answeredSchema = z.array(z.string());
export const leaseSchema = z.object({ id: z.string(), expiresAt: z.number() });
export type Lease = z.infer<typeof leaseSchema>;

/** How many recent message ids are remembered; redeliveries arrive within minutes, not hundreds of messages. */
export const ANSWERED_MEMORY = 100;

/**
 * Reads one stored value through its schema. A value that does not fit (written by an older
 * shape, or damaged) is logged and treated as absent: the thread starts over rather than wedges.
 */
async function readStored<T>(storage: DurableObjectStorage, key: string, schema: z.ZodType<T>): Promise<T | null> {
  const raw = await storage.get(key);
  if (raw === undefined || raw === null) return null;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  log("warn", "conversation_storage_unreadable", { key, issues: parsed.error.issues.map((i) => i.message).slice(0, 3) });
  return null;
}

export const readDialog = (storage: DurableObjectStorage): Promise<DialogState | null> => readStored(storage, STATE_KEY, dialogStateSchema);
export const readAnswered = async (storage: DurableObjectStorage): Promise<string[]> => (await readStored(storage, ANSWERED_KEY, answeredSchema)) ?? [];
export const readLease = (storage: DurableObjectStorage): Promise<Lease | null> => readStored(storage, LEASE_KEY, leaseSchema);
