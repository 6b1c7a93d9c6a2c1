import { and, eq } from "drizzle-orm";
import { newId } from "../../shared/ids";
import { STEP_CHANNELS, type StepChannel } from "../../shared/messaging/step-kinds";
import type { Database } from "../platform/db/client";
import { reservations } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { AppError, notFound } from "../platform/errors";
import { sendTemplateToGuest } from "./reach-guest";
import { getTemplate } from "./templates";

/**
 * Staff send a template to a reservation's guest now, through the same pipeline and channel rule
 * as the scheduled steps. Urgent like any staff reply: a person chose to write now.
 */
export async function sendTemplateNow(db: Database, env: Env, tenantId: string, input: { templateId: string; reservationId: string; channel?: StepChannel }) {
  const template = await getTemplate(db, tenantId, input.templateId);
  const reservation = await db.select().from(reservations).where(and(eq(reservations.tenantId, tenantId), eq(reservations.id, input.reservationId))).get();
  if (!reservation) throw notFound("Reservation");
  const outcome = await sendTemplateToGuest(db, env, {
    reservation,
    template,
    preference: input.channel ? [input.channel] : STEP_CHANNELS,
    dedupeKey: `send:${newId("msg")}`,
    author: "staff",
    urgent: true,
  });
  if (!outcome.sent) {
    const detail = outcome.reason === "no_channel" ? "The guest cannot be reached on these channels (no WhatsApp number or thread, and email is not available)" : "The template has no text";
    throw new AppError(422, outcome.reason === "no_channel" ? "no_channel" : "template_empty", detail);
  }
  return { messageId: outcome.messageId, conversationId: outcome.conversationId, channel: outcome.channel };
}
