import { normalisePhone } from "../../shared/guests/phone";
import type { StepChannel } from "../../shared/messaging/step-kinds";

/** What is known about how a reservation's guest can be reached. */
export interface ReachFacts {
  /** The step's channels, in the owner's order of preference. */
  preference: readonly StepChannel[];
  /** The thread the stay was booked in, if any. */
  bookingThread: { id: string; channel: "whatsapp" | "webchat" | string } | null;
  /** The guest's phone as WhatsApp addresses it (digits only), or null. */
  whatsAppNumber: string | null;
  whatsAppConnected: boolean;
  guestEmail: string | null;
  /** Whether email can be sent from this deployment. */
  emailAvailable: boolean;
}

export type StepChannelChoice =
  | { channel: "whatsapp"; conversationId: string | null; address: string }
  | { channel: "webchat"; conversationId: string }
  | { channel: "email"; conversationId: string | null; address: string }
  | { channel: null; reason: "no_channel" };

/**
 * The one place a scheduled or staff-sent message picks its channel: WhatsApp when the guest has a
 * WhatsApp thread or phone (and the number is connected), the web chat thread when the stay was
 * booked there, else email; in the order of the step's preference between WhatsApp and email.
 * When nothing reaches the guest the step is recorded as skipped for `no_channel`.
 */
export function pickStepChannel(facts: ReachFacts): StepChannelChoice {
  const thread = facts.bookingThread;
  const webchat = thread?.channel === "webchat" ? ({ channel: "webchat", conversationId: thread.id } as const) : null;
  for (const channel of facts.preference) {
    if (channel === "whatsapp" && facts.whatsAppConnected) {
      if (thread?.channel === "whatsapp") return { channel: "whatsapp", conversationId: thread.id, address: "" };
      if (facts.whatsAppNumber) return { channel: "whatsapp", conversationId: null, address: facts.whatsAppNumber };
    }
    if (channel === "email") {
      // A guest who booked on web chat reads the answer there before any email.
      if (webchat) return webchat;
      // A stay booked in an email thread is answered in that thread, with its subject and references.
      if (thread?.channel === "email" && facts.emailAvailable) return { channel: "email", conversationId: thread.id, address: "" };
      if (facts.emailAvailable && facts.guestEmail) return { channel: "email", conversationId: null, address: facts.guestEmail };
    }
  }
  return webchat ?? { channel: null, reason: "no_channel" };
}

/**
 * A phone as WhatsApp addresses it: the E.164 digits of the guest's one number (so "011 15 5555-0000"
 * and "+54 9 11 5555-0000" reach, and thread with, the same wa_id); a number that cannot be placed
 * is tried as its digits, at least 8 of them.
 */
export function whatsAppNumberOf(phone: string | null): string | null {
  const e164 = phone ? normalisePhone(phone) : null;
  if (e164) return e164.slice(1);
  const digits = (phone ?? "").replace(/\D/g, "");
  return digits.length >= 8 ? digits : null;
}
