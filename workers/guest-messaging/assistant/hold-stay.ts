import { eq } from "drizzle-orm";
import { presentSearch, type DialogState, type Step } from "../../../shared/assistant/dialog";
import { formatMoney, formatPercent, formatTime } from "../../../shared/assistant/format";
import { TEMPLATES } from "../../../shared/assistant/templates";
import { HOLD_MINUTES } from "../../../durable-objects/calendar/inputs";
import { conversations } from "../../platform/db/schema";
import { AppError } from "../../platform/errors";
import { holdStay } from "../../packages/book-package";
import { escalate } from "../conversations";
import type { TurnContext } from "./booking-agent";
import { paymentInstructionsForHold } from "./hold-payment";
import { releasePreviousHolds } from "./replace-previous-hold";
import { offerDiscount, searchStays } from "./search-stays";

type HoldStep = Extract<Step, { kind: "hold" }>;

const UNNAMED_GUEST = { es: "Huésped", pt: "Hóspede", en: "Guest" } as const;

/**
 * Holds the stay the guest chose and tells them the deposit, how to pay it and when the hold
 * expires in the lodging's zone ("Vence 17:30"). Nights taken meanwhile get the alternatives a
 * search would offer; past the web chat budget, or with no way to pay online, a person takes over.
 */
export async function holdChosenStay(ctx: TurnContext, state: DialogState, step: HoldStep): Promise<DialogState> {
  const { db, env, deps, turn, conversation, say } = ctx;
  const lang = state.lang;
  // Past the budget nothing more is held: a person looks at what this visitor wants.
  if (turn.holdBudget && !(await turn.holdBudget.take())) {
    await escalate(db, env, turn.tenantId, turn.conversationId, { code: "webchat_hold_limit", text: "the visitor asked for more holds than web chat allows in an hour" });
    await say(TEMPLATES.handOff[lang]);
    return state;
  }
  const { offer, guests, guest } = step;
  let held = false;
  try {
    const reservation = await holdStay(db, env, turn.tenantId, {
      accommodationId: offer.accommodationId,
      checkIn: offer.checkIn,
      checkOut: offer.checkOut,
      guests,
      guest: { name: guest.name ?? UNNAMED_GUEST[lang], phone: guest.phone ?? undefined, email: guest.email ?? undefined },
      // Reports count bookings by the channel they came through, email included.
      source: conversation.channel,
      conversationId: turn.conversationId,
      // Taken with its package ("dale" to "¿Te interesa el paquete…?"): priced by it, its extras on the stay.
      packageId: offer.withPackage && offer.package ? offer.package.id : undefined,
      // Only a guest the channel vouches for (or who named themselves as the profile does) gets
      // their tier's discount: a number typed into a public chat proves nothing.
      ...(ctx.loyaltyGuestId ? { guestId: ctx.loyaltyGuestId } : {}),
      findGuestByContact: false,
    });
    held = true;
    if (guest.name && !conversation.guestName) await db.update(conversations).set({ guestName: guest.name }).where(eq(conversations.id, conversation.id));
    await releasePreviousHolds(db, env, turn.tenantId, turn.conversationId, reservation.id, turn.now);
    const percent = reservation.totalAmount > 0 ? Math.round((reservation.depositAmount * 100) / reservation.totalAmount) : offer.depositPercent;
    const deposit = formatMoney(reservation.depositAmount, reservation.currency, lang);
    const loyalty = reservation.adjustments.find((line) => line.kind === "loyalty");
    // The offer already said the discount with the price it held at: said again only when it was
    // not (a guest recognised after the offers) or the price held is not the one offered.
    if (loyalty && (!offer.loyalty || reservation.totalAmount !== offer.total)) {
      const before = reservation.totalAmount - reservation.adjustments.reduce((sum, line) => sum + line.amount.amount, 0);
      await say(TEMPLATES.loyaltyDiscount[lang](loyalty.name, formatPercent(loyalty.percent, lang), formatMoney(reservation.totalAmount, reservation.currency, lang), formatMoney(before, reservation.currency, lang)));
    }
    const expiry = formatTime(reservation.expiresAt ?? turn.now + HOLD_MINUTES * 60_000, ctx.timeZone, lang);
    // A bank transfer account, when the tenant takes transfers: the only way to pay without a
    // gateway, the alternative to its link with one.
    const transfer = (await deps.transferInstructionsFor?.(turn.tenantId, reservation.id, lang)) ?? null;
    const payment = transfer?.only ? null : await paymentInstructionsForHold(deps, turn.tenantId, reservation.id);
    if (payment) await say(TEMPLATES.held[lang](offer.name, percent, deposit, payment.url, expiry));
    if (transfer) await say(transfer.text);
    if (!payment && !transfer) {
      await escalate(db, env, turn.tenantId, turn.conversationId, {
        code: "hold_needs_payment_details",
        text: `${reservation.code} is held and the guest needs payment details: no payment gateway is connected`,
        params: { code: reservation.code },
      });
      await say(TEMPLATES.heldAwaitingPaymentDetails[lang](offer.name, percent, deposit, expiry));
    }
    return state;
  } catch (error) {
    // Only a hold the guest got counts against their budget; a refused one gives it back.
    if (!held) await turn.holdBudget?.giveBack();
    if (!(error instanceof AppError)) throw error;
    if (error.code === "dates_unavailable") {
      // Taken since it was offered: say so with what is free instead.
      const search = { kind: "search" as const, checkIn: offer.checkIn, checkOut: offer.checkOut, guests, unitType: offer.kind, amenities: [] };
      const outcome = await searchStays(db, turn.tenantId, search, "", turn.now, ctx.timeZone, await offerDiscount(db, turn.tenantId, ctx.loyaltyGuestId));
      const shown = presentSearch(state, outcome, HOLD_MINUTES);
      await say(shown.text);
      return shown.state;
    }
    await escalate(db, env, turn.tenantId, turn.conversationId, { code: "hold_failed", text: `The assistant could not hold or send a payment link (${error.code})`, params: { error: error.code } });
    await say(TEMPLATES.handOff[lang]);
    return state;
  }
}
