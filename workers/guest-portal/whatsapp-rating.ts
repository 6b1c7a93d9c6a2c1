import { and, desc, eq, gt } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { conversations, guestRatings, messages, messageSteps, reservations, stepSchedule } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { AppError } from "../platform/errors";
import { queueOutbound } from "../guest-messaging/outbound";
import { plainScore, PROMOTER_MIN, LOW_RATING_MAX, rateStay } from "./ratings";
import { todayAtUnit } from "./stay-today";

/** A review request is answered with a number within this time, or the number means something else. */
const RATING_REPLY_WINDOW_MS = 14 * 86_400_000;

const THANKS = {
  low: {
    es: "Gracias por contarnos. Lamentamos que no haya sido como esperabas: alguien del equipo te va a escribir.",
    pt: "Obrigado por nos contar. Sentimos muito que não tenha sido como você esperava: alguém da equipe vai escrever para você.",
    en: "Thank you for telling us. We're sorry it wasn't what you hoped for: someone from the team will write to you.",
  },
  mid: { es: "¡Gracias por tu puntuación!", pt: "Obrigado pela sua nota!", en: "Thank you for your rating!" },
  promoter: {
    es: "¡Gracias! Nos alegra mucho. ¿Nos dejarías una reseña acá? {url}",
    pt: "Obrigado! Ficamos muito felizes. Você deixaria uma avaliação aqui? {url}",
    en: "Thank you! We're so glad. Would you leave us a review here? {url}",
  },
} as const;

type ConversationRow = typeof conversations.$inferSelect;
type MessageRow = typeof messages.$inferSelect;

/**
 * A guest's WhatsApp reply that is only a number (0–10), in the thread a review request was sent
 * to in the last two weeks and not rated yet, is that stay's rating: recorded once (a redelivery
 * finds it rated), thanked in the guest's language, and not handed to the assistant.
 */
export async function takeAsRating(db: Database, env: Env, conversation: ConversationRow, message: MessageRow, now = Date.now()): Promise<boolean> {
  const score = plainScore(message.text);
  if (score === null) return false;
  const asked = await db
    .select({ reservation: reservations })
    .from(stepSchedule)
    .innerJoin(messageSteps, and(eq(messageSteps.id, stepSchedule.stepId), eq(messageSteps.kind, "review_request")))
    .innerJoin(messages, eq(messages.id, stepSchedule.messageId))
    .innerJoin(reservations, eq(reservations.id, stepSchedule.reservationId))
    .where(and(eq(stepSchedule.tenantId, conversation.tenantId), eq(stepSchedule.status, "sent"), eq(messages.conversationId, conversation.id), gt(stepSchedule.firedAt, now - RATING_REPLY_WINDOW_MS)))
    .orderBy(desc(stepSchedule.firedAt))
    .get();
  if (!asked) return false;
  const reservation = asked.reservation;
  const rated = await db.select({ id: guestRatings.reservationId }).from(guestRatings).where(eq(guestRatings.reservationId, reservation.id)).get();
  if (rated) return false;
  // A stay that cannot be rated (cancelled since) leaves the number to the assistant.
  const outcome = await rateStay(db, env, reservation, { score, via: "whatsapp" }, await todayAtUnit(db, reservation.accommodationId, now), now).catch((error: unknown) => {
    if (error instanceof AppError) return null;
    throw error;
  });
  if (!outcome) return false;
  const lang = conversation.lang;
  const text =
    score <= LOW_RATING_MAX ? THANKS.low[lang] : score >= PROMOTER_MIN && outcome.reviewUrl ? THANKS.promoter[lang].replace("{url}", outcome.reviewUrl) : THANKS.mid[lang];
  await queueOutbound(db, env, { tenantId: conversation.tenantId, conversationId: conversation.id, author: "assistant", text, urgent: true, dedupeKey: `rating-thanks:${reservation.id}` });
  return true;
}
