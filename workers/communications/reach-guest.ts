import { and, eq } from "drizzle-orm";
import { languageOfCountry, type TemplateLang } from "../../shared/messaging/default-templates";
import type { StepChannel } from "../../shared/messaging/step-kinds";
import type { TemplateVariable } from "../../shared/messaging/template-variables";
import type { Database } from "../platform/db/client";
import { conversations, emailSettings, tenants, whatsappSettings } from "../platform/db/schema";
import { parseConfig, type Env } from "../platform/env";
import { ensureConversation, queueOutbound } from "../guest-messaging/outbound";
import { pickStepChannel, whatsAppNumberOf, type StepChannelChoice } from "./pick-step-channel";
import { renderForReservation, type ReservationRow } from "./render";
import type { TemplateRow } from "./templates";

/**
 * Email goes out when the tenant set a sender up (Settings → Email) or, outside production, to the
 * local outbox every tenant has; a production tenant without a sender cannot be written to by email.
 */
async function emailReachable(db: Database, env: Pick<Env, "ENVIRONMENT">, tenantId: string): Promise<boolean> {
  if ((env.ENVIRONMENT ?? "production") !== "production") return true;
  return Boolean(await db.select({ tenantId: emailSettings.tenantId }).from(emailSettings).where(eq(emailSettings.tenantId, tenantId)).get());
}

export type SendOutcome =
  | { sent: true; channel: "whatsapp" | "webchat" | "email"; messageId: string; conversationId: string }
  | { sent: false; reason: "no_channel" | "empty_template" };

/** Where the guest of a reservation can be written to, by the one channel rule. */
export async function chooseChannel(
  db: Database,
  env: Pick<Env, "ENVIRONMENT">,
  reservation: ReservationRow,
  preference: readonly StepChannel[],
): Promise<{ choice: StepChannelChoice; lang: TemplateLang }> {
  const [thread, whatsapp, tenant, emailAvailable] = await Promise.all([
    reservation.conversationId ? db.select().from(conversations).where(and(eq(conversations.tenantId, reservation.tenantId), eq(conversations.id, reservation.conversationId))).get() : undefined,
    db.select({ tenantId: whatsappSettings.tenantId }).from(whatsappSettings).where(eq(whatsappSettings.tenantId, reservation.tenantId)).get(),
    db.select({ country: tenants.country }).from(tenants).where(eq(tenants.id, reservation.tenantId)).get(),
    emailReachable(db, env, reservation.tenantId),
  ]);
  const whatsAppNumber = whatsAppNumberOf(reservation.guestPhone);
  const choice = pickStepChannel({
    preference,
    bookingThread: thread ? { id: thread.id, channel: thread.channel } : null,
    whatsAppNumber,
    whatsAppConnected: Boolean(whatsapp),
    guestEmail: reservation.guestEmail,
    emailAvailable,
  });
  // The guest's own language when they have written to us; otherwise the lodging's.
  let lang: TemplateLang = thread?.lang ?? languageOfCountry(tenant?.country ?? "AR");
  if (!thread && choice.channel === "whatsapp" && whatsAppNumber) {
    const known = await db
      .select({ lang: conversations.lang, lastInboundAt: conversations.lastInboundAt })
      .from(conversations)
      .where(and(eq(conversations.tenantId, reservation.tenantId), eq(conversations.channel, "whatsapp"), eq(conversations.guestAddress, whatsAppNumber)))
      .get();
    if (known?.lastInboundAt) lang = known.lang;
  }
  return { choice, lang };
}

/**
 * Writes a template to a reservation's guest through the outbound pipeline (quiet hours, the
 * 24-hour rule with the template's approved WhatsApp mapping, retries). The dedupe key makes
 * a second call with the same key send nothing.
 */
export async function sendTemplateToGuest(
  db: Database,
  env: Env,
  input: {
    reservation: ReservationRow;
    template: TemplateRow;
    preference: readonly StepChannel[];
    dedupeKey: string;
    author: "assistant" | "staff";
    urgent: boolean;
    now?: number;
    eventValues?: (lang: TemplateLang) => Partial<Record<TemplateVariable, string>>;
  },
): Promise<SendOutcome> {
  const { reservation } = input;
  const { choice, lang } = await chooseChannel(db, env, reservation, input.preference);
  if (choice.channel === null) return { sent: false, reason: "no_channel" };
  const config = parseConfig(env);
  const rendered = await renderForReservation(db, input.template, reservation, lang, input.now, { jwtSecret: config.jwtSecret, publicBaseUrl: config.publicBaseUrl }, input.eventValues);
  if (rendered.text === "") return { sent: false, reason: "empty_template" };
  const conversationId =
    choice.conversationId ??
    (await ensureConversation(db, reservation.tenantId, choice.channel, choice.channel === "webchat" ? "" : choice.address, reservation.guestName)).id;
  const message = await queueOutbound(db, env, {
    tenantId: reservation.tenantId,
    conversationId,
    author: input.author,
    text: rendered.text,
    urgent: input.urgent,
    template: rendered.whatsapp ?? undefined,
    dedupeKey: input.dedupeKey,
  });
  return { sent: true, channel: choice.channel, messageId: message.id, conversationId };
}
