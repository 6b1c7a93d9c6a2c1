import { eq } from "drizzle-orm";
import { amenityAnswer } from "../../../shared/assistant/amenity-answer";
import { nextStep, presentSearch, SESSION_IDLE_MS, type DialogState, type Step, type Understanding } from "../../../shared/assistant/dialog";
import { rulesAnswer } from "../../../shared/assistant/rules-answer";
import { TEMPLATES, type Lang } from "../../../shared/assistant/templates";
import { todayIn } from "../../../shared/domain/dates";
import { normalize, type Amenity } from "../../../shared/nlu/index";
import { HOLD_MINUTES } from "../../../durable-objects/calendar/inputs";
import type { Database } from "../../platform/db/client";
import { accommodations, conversations } from "../../platform/db/schema";
import type { Env } from "../../platform/env";
import { queueOutbound } from "../outbound";
import { escalate } from "../conversations";
import { recogniseGuest, type KnownGuest } from "../../guests/recognise-guest";
import { foldText } from "../../platform/db/folded-text";
import { lodgingInfoOf } from "../../tenancy/lodging-info";
import { tenantTimeZone } from "../../tenancy/tenants";
import type { AssistantDeps } from "./assistant-deps";
import type { HoldBudget } from "./hold-budget";
import { holdChosenStay } from "./hold-stay";
import { offerDiscount, searchStays } from "./search-stays";

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

type ConversationRow = typeof conversations.$inferSelect;

/** What each step needs to act: the thread, the lodging's zone and a way to reply. */
export interface TurnContext {
  db: Database;
  env: Env;
  deps: AssistantDeps;
  turn: GuestTurn;
  conversation: ConversationRow;
  timeZone: string;
  say: (text: string) => Promise<unknown>;
  /** The returning guest's first name when this turn greets them by it, else null. */
  welcomeName: string | null;
  /** The profile whose loyalty discount a hold gets: a recognised guest the channel (or their own name) vouches for. */
  loyaltyGuestId: string | null;
}

/** A WhatsApp guest's number, from their wa_id. */
const whatsAppPhone = (conversation: ConversationRow) => (conversation.channel === "whatsapp" && /^\d{6,20}$/.test(conversation.guestAddress) ? `+${conversation.guestAddress}` : null);

/** An email guest's address is their contact. */
const emailAddress = (conversation: ConversationRow) => (conversation.channel === "email" ? conversation.guestAddress : null);

/**
 * Carries out the dialog's next step for one guest message: searches the read model, holds
 * through the calendar object, asks the payment provider for a link, and queues the reply.
 * Returns the new dialog state; the conversation object stores it.
 */
export async function runTurn(db: Database, env: Env, deps: AssistantDeps, state: DialogState, turn: GuestTurn): Promise<DialogState> {
  const conversation = await db.select().from(conversations).where(eq(conversations.id, turn.conversationId)).get();
  if (!conversation || conversation.tenantId !== turn.tenantId) return state;
  const timeZone = await tenantTimeZone(db, turn.tenantId);
  // WhatsApp tells who the guest is (profile name, number), email their address; web chat asks before holding.
  const contact = { phone: state.guest.phone ?? whatsAppPhone(conversation), email: state.guest.email ?? emailAddress(conversation) };
  const profile = await recogniseGuest(db, turn.tenantId, conversation.id, contact);
  // A number typed into a public chat proves nothing: there the profile never supplies the name,
  // and says it back only to a visitor who gave it themselves. WhatsApp vouches for its number,
  // email for its sender.
  const vouched = conversation.channel !== "webchat";
  const known: DialogState = { ...state, guest: withProfile({ name: state.guest.name, ...contact }, profile, conversation.guestName, vouched) };
  const today = todayIn(timeZone, new Date(turn.now));
  let decided = nextStep(known, turn.understanding, turn.text, turn.now, today);
  let recognised = profile;
  const given = decided.state.guest;
  if (!profile && (given.phone !== known.guest.phone || given.email !== known.guest.email)) {
    // The contact a web chat visitor just gave may name a guest we know: decide again with what
    // their profile holds, so nothing known is asked for again.
    recognised = await recogniseGuest(db, turn.tenantId, conversation.id, { phone: given.phone, email: given.email });
    if (recognised) decided = nextStep({ ...known, guest: withProfile(given, recognised, null, vouched) }, turn.understanding, turn.text, turn.now, today);
  }
  const trusted = vouched || sameFirstName(decided.state.guest.name, recognised?.name ?? null);
  const welcomeName = recognised && trusted ? returningName(recognised) : null;
  const leadWelcome = welcomeName !== null && (isSessionStart(state, turn.now) || recognised !== profile);
  // An answer to what the guest just wrote is never held for quiet hours: they are awake and waiting.
  // Quiet hours are for messages Posada starts (reminders, follow-ups).
  const say = (text: string) => queueOutbound(db, env, { tenantId: turn.tenantId, conversationId: turn.conversationId, author: "assistant", text, urgent: true });
  if (conversation.lang !== decided.state.lang) await db.update(conversations).set({ lang: decided.state.lang }).where(eq(conversations.id, conversation.id));
  // Staff own the thread: the assistant keeps listening (slots stay current) but does not speak,
  // except once after a hand-over, so a guest who writes again knows they were heard.
  if (conversation.handledBy === "human") {
    if (conversation.escalated && !state.handOffAcknowledged) {
      await say(TEMPLATES.stillWithTeam[decided.state.lang]);
      return { ...decided.state, handOffAcknowledged: true };
    }
    return { ...decided.state, handOffAcknowledged: state.handOffAcknowledged };
  }
  // A returning guest is welcomed by name once: in the greeting, or ahead of the first answer.
  let welcomed = !leadWelcome || decided.step.kind === "greet";
  const sayWelcoming = (text: string) => {
    const lead = welcomed ? "" : `${TEMPLATES.welcomeBackLead[decided.state.lang](welcomeName!)} `;
    welcomed = true;
    return say(`${lead}${text}`);
  };
  return perform({ db, env, deps, turn, conversation, timeZone, say: sayWelcoming, welcomeName, loyaltyGuestId: recognised && trusted ? recognised.guestId : null }, { ...decided.state, handOffAcknowledged: false }, decided.step);
}

/** What the dialog knows of the guest, completed from their profile: the profile's name (when the channel vouches for the contact) before the channel's display name. */
function withProfile(guest: DialogState["guest"], profile: KnownGuest | null, channelName: string | null, fillName: boolean): DialogState["guest"] {
  return { name: guest.name ?? (fillName ? profile?.name : null) ?? channelName, phone: guest.phone ?? profile?.phone ?? null, email: guest.email ?? profile?.email ?? null };
}

/** The first name to welcome a guest back by: only one who has a confirmed stay with the lodging. */
function returningName(profile: KnownGuest): string | null {
  return profile.confirmedStays > 0 && profile.name ? profile.name.split(/\s+/)[0]! : null;
}

const sameFirstName = (given: string | null, known: string | null) => given !== null && known !== null && foldText(given.split(/\s+/)[0]!) === foldText(known.split(/\s+/)[0]!);

/** The guest's first message, or the first after the thread went quiet long enough to start over. */
const isSessionStart = (state: DialogState, now: number) => state.lastActivityAt === null || now - state.lastActivityAt > SESSION_IDLE_MS;

async function perform(ctx: TurnContext, state: DialogState, step: Step): Promise<DialogState> {
  const { db, env, turn, say } = ctx;
  const lang = state.lang;
  switch (step.kind) {
    case "say":
      await say(step.text);
      return state;
    case "greet":
      await say(ctx.welcomeName ? TEMPLATES.welcomeBack[lang](ctx.welcomeName) : TEMPLATES.greeting[lang]);
      return state;
    case "escalate":
      // The dialog escalates on the guest's intent (asked for a person, a complaint, a change).
      await escalate(db, env, turn.tenantId, turn.conversationId, { code: `intent_${turn.understanding.intent}`, text: step.reason });
      await say(step.text);
      return state;
    case "info": {
      const answer = await infoAnswer(ctx, state, step.topic, lang);
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
      const outcome = await searchStays(db, turn.tenantId, step, turn.text, turn.now, ctx.timeZone, await offerDiscount(db, turn.tenantId, ctx.loyaltyGuestId));
      const shown = presentSearch(state, outcome, HOLD_MINUTES);
      await say(shown.text);
      return shown.state;
    }
    case "hold":
      return holdChosenStay(ctx, state, step);
  }
}

async function infoAnswer(ctx: TurnContext, state: DialogState, topic: Extract<Step, { kind: "info" }>["topic"], lang: Lang): Promise<string | null> {
  const units = await ctx.db.select().from(accommodations).where(eq(accommodations.tenantId, ctx.turn.tenantId)).all();
  const live = units.filter((unit) => unit.deletedAt === null);
  switch (topic) {
    case "servicios": {
      const amenities = [...new Set(live.flatMap((u) => u.amenities))] as Amenity[];
      // A guest whose dates are known (or who already chose a stay) is not asked for them again.
      const askDates = state.slots.checkIn === null && state.chosen === null;
      return amenityAnswer([...ctx.turn.understanding.amenities] as Amenity[], amenities, lang, { askDates });
    }
    case "politicas": {
      // The unit on the table, or the one the guest named by kind, or the first.
      const onTable = state.offers[0] ?? state.chosen;
      const unit = live.find((u) => u.id === onTable?.accommodationId) ?? live[0];
      if (!unit) return null;
      const info = await lodgingInfoOf(ctx.db, ctx.turn.tenantId);
      return rulesAnswer(
        normalize(ctx.turn.text),
        { ...unit, capacity: Math.max(...live.map((u) => u.capacity)), cancellationPolicy: info.cancellationPolicy, houseRules: info.houseRules },
        lang,
      );
    }
    case "ubicacion": {
      const { address } = await lodgingInfoOf(ctx.db, ctx.turn.tenantId);
      return address ? { es: `Estamos en ${address} 📍`, pt: `Ficamos em ${address} 📍`, en: `We're at ${address} 📍` }[lang] : null;
    }
    case "pago":
      return null;
  }
}
