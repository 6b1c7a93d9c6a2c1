import { eq } from "drizzle-orm";
import { amenityAnswer } from "../../../shared/assistant/amenity-answer";
import { nextStep, presentOffers, type DialogState, type Step, type Understanding } from "../../../shared/assistant/dialog";
import { TEMPLATES, type Lang } from "../../../shared/assistant/templates";
import type { Amenity } from "../../../shared/nlu/index";
import type { Database } from "../../platform/db/client";
import { accommodations, conversations } from "../../platform/db/schema";
import type { Env } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { queueOutbound } from "../outbound";
import { findAvailableAccommodations } from "../../bookings/availability";
import { escalate } from "../conversations";
import { quoteFor } from "../../bookings/quotes";
import { createReservation } from "../../bookings/reservations";
import type { AssistantDeps } from "./assistant-deps";
import type { HoldBudget } from "./hold-budget";
import { releasePreviousHolds } from "./replace-previous-hold";

export interface GuestTurn {
  tenantId: string;
  conversationId: string;
  /** The guest message this turn answers; a message is answered at most once per thread. */
  messageId: string;
  text: string;
  understanding: Understanding;
  now: number;
  /** Holds this guest may still take (web chat budgets anonymous visitors); none means no limit. */
  holdBudget?: HoldBudget;
}

const LOCALES: Record<Lang, string> = { es: "es-AR", pt: "pt-BR", en: "en-US" };

function money(amount: number, currency: string, lang: Lang) {
  return new Intl.NumberFormat(LOCALES[lang], { style: "currency", currency, maximumFractionDigits: 0 }).format(amount / 100);
}

function datesLabel(checkIn: string, checkOut: string, lang: Lang) {
  const day = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}`;
  return lang === "en" ? `${day(checkIn)} to ${day(checkOut)}` : lang === "pt" ? `de ${day(checkIn)} a ${day(checkOut)}` : `del ${day(checkIn)} al ${day(checkOut)}`;
}

/**
 * Carries out the dialog's next step for one guest message: searches the read model, holds
 * through the calendar object, asks the payment provider for a link, and queues the reply.
 * Returns the new dialog state; the conversation object stores it.
 */
export async function runTurn(db: Database, env: Env, deps: AssistantDeps, state: DialogState, turn: GuestTurn): Promise<DialogState> {
  const conversation = await db.select().from(conversations).where(eq(conversations.id, turn.conversationId)).get();
  if (!conversation || conversation.tenantId !== turn.tenantId) return state;
  const decided = nextStep(state, turn.understanding, turn.text, turn.now);
  // An answer to what the guest just wrote is never held for quiet hours: they are awake and waiting.
  // Quiet hours are for messages Posada starts (reminders, follow-ups).
  const say = (text: string) => queueOutbound(db, env, { tenantId: turn.tenantId, conversationId: turn.conversationId, author: "assistant", text, urgent: true });
  if (conversation.lang !== decided.state.lang) await db.update(conversations).set({ lang: decided.state.lang }).where(eq(conversations.id, conversation.id));
  // Staff own the thread: the assistant keeps listening (slots stay current) but does not speak.
  if (conversation.handledBy === "human") return decided.state;
  return perform(db, env, deps, decided.state, decided.step, turn, conversation, say);
}

async function perform(
  db: Database,
  env: Env,
  deps: AssistantDeps,
  state: DialogState,
  step: Step,
  turn: GuestTurn,
  guest: { guestName: string | null; guestAddress: string; channel: "whatsapp" | "webchat" },
  say: (text: string) => Promise<unknown>,
): Promise<DialogState> {
  const lang = state.lang;
  switch (step.kind) {
    case "say":
      await say(step.text);
      return state;
    case "escalate":
      // The dialog escalates on the guest's intent (asked for a person, a complaint, a change).
      await escalate(db, env, turn.tenantId, turn.conversationId, { code: `intent_${turn.understanding.intent}`, text: step.reason });
      await say(step.text);
      return state;
    case "info": {
      const units = await db.select().from(accommodations).where(eq(accommodations.tenantId, turn.tenantId)).all();
      const amenities = [...new Set(units.flatMap((u) => u.amenities))] as Amenity[];
      const first = units[0];
      const answer =
        step.topic === "servicios"
          ? amenityAnswer([...turn.understanding.amenities] as Amenity[], amenities, lang)
          : step.topic === "politicas" && first
            ? {
                es: `Check-in desde las ${first.checkInTime}, check-out hasta las ${first.checkOutTime}. Para reservar se abona una seña del ${first.depositPercent}% 🙂`,
                pt: `Check-in a partir das ${first.checkInTime}, check-out até as ${first.checkOutTime}. Para reservar, sinal de ${first.depositPercent}% 🙂`,
                en: `Check-in from ${first.checkInTime}, check-out by ${first.checkOutTime}. A ${first.depositPercent}% deposit confirms the booking 🙂`,
              }[lang]
            : null;
      // Nothing on file to answer with: a person answers instead of the assistant promising one.
      if (answer === null) {
        await escalate(db, env, turn.tenantId, turn.conversationId, { code: "no_answer", text: `a question about ${step.topic} the assistant has no answer for`, params: { topic: step.topic } });
        await say(TEMPLATES.handOff[lang]);
        return state;
      }
      await say(answer);
      return state;
    }
    case "search": {
      const rows = await findAvailableAccommodations(db, turn.tenantId, { checkIn: step.checkIn, checkOut: step.checkOut, guests: step.guests });
      const offers = [];
      for (const row of rows) {
        if (step.unitType && typeUnit(row.type) !== step.unitType) continue;
        try {
          const quote = quoteFor(row, step, new Date(turn.now));
          const nights = quote.nights;
          offers.push({ accommodationId: row.id, name: row.name, nightly: money(Math.round(quote.total.amount / nights), quote.total.currency, lang), total: money(quote.total.amount, quote.total.currency, lang) });
        } catch (error) {
          if (!(error instanceof AppError && error.status === 422)) throw error;
        }
      }
      const shown = presentOffers(state, offers, datesLabel(step.checkIn, step.checkOut, lang));
      await say(shown.text);
      return shown.state;
    }
    case "hold": {
      // Past the budget nothing more is held: a person looks at what this visitor wants.
      if (turn.holdBudget && !(await turn.holdBudget.take())) {
        await escalate(db, env, turn.tenantId, turn.conversationId, { code: "webchat_hold_limit", text: "the visitor asked for more holds than web chat allows in an hour" });
        await say(TEMPLATES.handOff[lang]);
        return state;
      }
      let held = false;
      try {
        const reservation = await createReservation(env, turn.tenantId, {
          accommodationId: step.accommodationId,
          checkIn: step.checkIn,
          checkOut: step.checkOut,
          guests: step.guests,
          guest: { name: guest.guestName ?? "Huésped", phone: guest.channel === "whatsapp" && /^\d{6,20}$/.test(guest.guestAddress) ? `+${guest.guestAddress}` : undefined },
          // Reports count bookings by the channel they came through.
          source: guest.channel,
          conversationId: turn.conversationId,
        });
        held = true;
        await releasePreviousHolds(db, env, turn.tenantId, turn.conversationId, reservation.id, turn.now);
        const transfer = (await deps.transferInstructionsFor?.(turn.tenantId, reservation.id, lang)) ?? null;
        const link = transfer?.only ? null : await deps.paymentLinkFor(turn.tenantId, reservation.id);
        const unit = await db.select({ name: accommodations.name }).from(accommodations).where(eq(accommodations.id, step.accommodationId)).get();
        const minutes = Math.max(1, Math.round(((reservation.expiresAt ?? turn.now) - turn.now) / 60_000));
        if (link) await say(TEMPLATES.held[lang](unit?.name ?? "la unidad", minutes, link.url, money(link.amount, link.currency, lang)));
        if (transfer) await say(transfer.text);
      } catch (error) {
        // Only a hold the guest got counts against their budget; a refused one gives it back.
        if (!held) await turn.holdBudget?.giveBack();
        if (!(error instanceof AppError)) throw error;
        if (error.code === "dates_unavailable") {
          await say(TEMPLATES.nothingFree[lang](datesLabel(step.checkIn, step.checkOut, lang)));
        } else {
          await escalate(db, env, turn.tenantId, turn.conversationId, { code: "hold_failed", text: `The assistant could not hold or send a payment link (${error.code})`, params: { error: error.code } });
          await say(TEMPLATES.handOff[lang]);
        }
      }
      return state;
    }
  }
}

/** NLU unit types (cabana, departamento, casa) against accommodation types. */
function typeUnit(type: string) {
  return type === "cabin" ? "cabana" : type === "apartment" ? "departamento" : type === "house" ? "casa" : type;
}
