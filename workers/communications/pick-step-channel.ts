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
  | { channel: "email"; address: string }
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
      if (facts.emailAvailable && facts.guestEmail) return { channel: "email", address: facts.guestEmail };
    }
  }
  return webchat ?? { channel: null, reason: "no_channel" };
}

/** A phone as WhatsApp's address for it: digits only, at least 8 of them. */
export function whatsAppNumberOf(phone: string | null): string | null {
  const digits = (phone ?? "").replace(/\D/g, "");
  return digits.length >= 8 ? digits : null;
}
