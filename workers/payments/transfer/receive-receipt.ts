import { and, desc, eq } from "drizzle-orm";
import { newId } from "../../../shared/ids";
import { guestMoney, guestTime, TRANSFER_MESSAGES, type GuestLang } from "../../../shared/transfer/guest-messages";
import { raiseAlert } from "../../alerts/alerts";
import { markReceiptReceived } from "../../bookings/transfer-receipt-state";
import { queueOutbound } from "../../guest-messaging/outbound";
import type { Database } from "../../platform/db/client";
import { conversations, reservations, transferReceipts } from "../../platform/db/schema";
import type { Env } from "../../platform/env";
import { tenantTimeZone } from "../../tenancy/tenants";
import { checkReceiptFile, receiptObjectKey, storeReceiptFile, type ReceiptContentType } from "./receipt-files";
import { transferAccountOf } from "./settings";

/** A receipt for a hold that lapsed this long ago still reaches staff (money may have left); older ones are not receipts. */
const LAPSED_HOLD_WINDOW_MS = 24 * 60 * 60_000;

export interface IncomingReceipt {
  tenantId: string;
  conversationId: string;
  /** The guest message that carried it: one receipt per message, however often it is delivered. */
  messageId: string;
  /** The file, fetched only once the message is known to be a receipt (WhatsApp media is a download away). */
  file: () => Promise<{ bytes: Uint8Array; contentType: string | null }>;
}

export type ReceiptOutcome =
  /** Stored; the hold is marked receipt received and extended; staff alerted; the guest told. */
  | { outcome: "received"; receiptId: string }
  /** Stored, but the hold had lapsed: staff alerted as urgent, the guest told a person will check. */
  | { outcome: "received_late"; receiptId: string }
  /** The tenant takes no transfers, or the thread has no hold awaiting one: not a receipt. */
  | { outcome: "not_a_receipt" };

/**
 * A file a guest sent in their thread, taken as the transfer receipt for the thread's hold when
 * the tenant takes transfers and the thread's latest reservation awaits its deposit (or lapsed
 * within a day). Every step is idempotent, so a retried delivery finishes what a crash left:
 * the calendar object marks and extends once, the file and row are keyed by the message, the
 * alert and the guest's answer by the receipt.
 */
export async function receiveTransferReceipt(db: Database, env: Env, incoming: IncomingReceipt, now = Date.now()): Promise<ReceiptOutcome> {
  const { tenantId } = incoming;
  if (!(await transferAccountOf(db, tenantId))) return { outcome: "not_a_receipt" };
  const earlier = await db
    .select()
    .from(transferReceipts)
    .where(and(eq(transferReceipts.tenantId, tenantId), eq(transferReceipts.messageId, incoming.messageId)))
    .get();
  const hold = earlier ? await reservationOf(db, tenantId, earlier.reservationId) : await awaitingHold(db, tenantId, incoming.conversationId, now);
  if (!hold) return { outcome: "not_a_receipt" };

  let receipt = earlier;
  let marked = null;
  if (!receipt) {
    // The file is checked before anything is marked: a file that is no receipt changes nothing.
    const file = await incoming.file();
    const contentType = checkReceiptFile(file.bytes, file.contentType);
    marked = await markReceiptReceived(env, tenantId, hold.id, now);
    receipt = await storeReceipt(db, env, { ...incoming, reservationId: hold.id, bytes: file.bytes, contentType, holdLive: marked.ok }, now);
  } else if (receipt.status === "pending" && receipt.holdLive) {
    // A retry after a crash: marking again is harmless (the object extends once) and gives the expiry to tell.
    marked = await markReceiptReceived(env, tenantId, hold.id, now);
  }
  const outcome = { outcome: receipt.holdLive ? "received" : "received_late", receiptId: receipt.id } as const;
  // Decided already (a retry that came after staff): the decision told the guest and closed the alert.
  if (receipt.status !== "pending") return outcome;

  const deposit = guestMoney(hold.depositAmount, hold.currency, "es");
  await raiseAlert(db, env, tenantId, {
    kind: receipt.holdLive ? "transfer_receipt_received" : "transfer_receipt_late",
    severity: receipt.holdLive ? "warning" : "critical",
    subjectType: "reservation",
    subjectId: hold.id,
    message: receipt.holdLive
      ? `${hold.guestName} sent a transfer receipt for ${hold.code} (deposit ${deposit}). Check the account, then confirm or reject it.`
      : `${hold.guestName} sent a transfer receipt for ${hold.code} (deposit ${deposit}) after the hold lapsed. Check the account: the guest may have paid.`,
    dedupeKey: receiptAlertKey(receipt.id),
  });
  await tellGuest(db, env, { ...incoming, receiptId: receipt.id, holdLive: receipt.holdLive, expiresAt: marked?.ok ? marked.reservation.expiresAt : null }, now);
  return outcome;
}

/** The file under its tenant's prefix, then its row; one row per guest message. */
async function storeReceipt(
  db: Database,
  env: Env,
  receipt: { tenantId: string; conversationId: string; messageId: string; reservationId: string; bytes: Uint8Array; contentType: ReceiptContentType; holdLive: boolean },
  now: number,
) {
  const id = newId("rcp", now);
  const objectKey = receiptObjectKey(receipt.tenantId, id);
  await storeReceiptFile(env, objectKey, receipt.bytes, receipt.contentType);
  const inserted = await db
    .insert(transferReceipts)
    .values({
      id,
      tenantId: receipt.tenantId,
      reservationId: receipt.reservationId,
      conversationId: receipt.conversationId,
      messageId: receipt.messageId,
      objectKey,
      contentType: receipt.contentType,
      sizeBytes: receipt.bytes.byteLength,
      holdLive: receipt.holdLive,
      createdAt: now,
    })
    .onConflictDoNothing({ target: [transferReceipts.tenantId, transferReceipts.messageId] })
    .returning()
    .get();
  if (inserted) return inserted;
  // A delivery racing this one stored the same message first: its row stands, this copy goes.
  await env.RECEIPTS.delete(objectKey);
  return (await db.select().from(transferReceipts).where(and(eq(transferReceipts.tenantId, receipt.tenantId), eq(transferReceipts.messageId, receipt.messageId))).get())!;
}

export const receiptAlertKey = (receiptId: string) => `transfer_receipt:${receiptId}`;

async function tellGuest(db: Database, env: Env, receipt: IncomingReceipt & { receiptId: string; holdLive: boolean; expiresAt: number | null }, now: number) {
  const conversation = await db.select({ lang: conversations.lang, handledBy: conversations.handledBy }).from(conversations).where(eq(conversations.id, receipt.conversationId)).get();
  // Staff own the thread: they have the alert and answer themselves; the assistant does not speak over them.
  if (conversation?.handledBy === "human") return;
  const lang = (conversation?.lang ?? "es") as GuestLang;
  const text =
    receipt.holdLive && receipt.expiresAt !== null
      ? TRANSFER_MESSAGES.received[lang](guestTime(receipt.expiresAt, await tenantTimeZone(db, receipt.tenantId), lang, now))
      : TRANSFER_MESSAGES.receivedLate[lang];
  // The guest has just sent it and waits for a word back, even at night.
  await queueOutbound(db, env, { tenantId: receipt.tenantId, conversationId: receipt.conversationId, author: "assistant", text, urgent: true, dedupeKey: `transfer_receipt_received:${receipt.receiptId}` });
}

async function reservationOf(db: Database, tenantId: string, reservationId: string) {
  return db.select().from(reservations).where(and(eq(reservations.tenantId, tenantId), eq(reservations.id, reservationId))).get();
}

/** The thread's latest reservation, when it is a hold awaiting its deposit or one that lapsed recently. */
async function awaitingHold(db: Database, tenantId: string, conversationId: string, now: number) {
  const latest = await db
    .select()
    .from(reservations)
    .where(and(eq(reservations.tenantId, tenantId), eq(reservations.conversationId, conversationId)))
    .orderBy(desc(reservations.createdAt))
    .get();
  if (!latest) return null;
  if (latest.status === "held") return latest;
  if (latest.status === "expired" && now - latest.updatedAt <= LAPSED_HOLD_WINDOW_MS) return latest;
  return null;
}
