import { TEMPLATES, type Lang, type OfferLine } from "./templates";

/**
 * The booking conversation as a pure state machine: given what the guest's message means, it
 * decides the next step. Looking up availability, holding nights and sending messages are the
 * caller's; this decides only what to ask, offer or hand over, one step per message.
 */

/** What the NLU made of one message (the fields of POST /v1/nlu/parse). */
export interface Understanding {
  intent: string;
  lang: Lang;
  checkIn: string | null;
  checkOut: string | null;
  guests: number | null;
  unitType: string | null;
  amenities: readonly string[];
}

export interface Slots {
  checkIn: string | null;
  checkOut: string | null;
  guests: number | null;
  unitType: string | null;
  amenities: string[];
}

export interface DialogState {
  lang: Lang;
  slots: Slots;
  /** Accommodations last offered, in the order the guest saw them. */
  offered: string[];
  lastActivityAt: number | null;
}

export type Step =
  | { kind: "say"; text: string }
  | { kind: "search"; checkIn: string; checkOut: string; guests: number; unitType: string | null; amenities: string[] }
  | { kind: "hold"; accommodationId: string; checkIn: string; checkOut: string; guests: number }
  | { kind: "escalate"; reason: string; text: string }
  | { kind: "info"; topic: "servicios" | "politicas" | "ubicacion" | "pago" };

/** A session idle this long starts over: last week's dates are not today's question. */
export const SESSION_IDLE_MS = 12 * 3_600_000;

const BOOKING_INTENTS = new Set(["disponibilidad", "precio", "reservar"]);

export function freshState(lang: Lang = "es"): DialogState {
  return { lang, slots: { checkIn: null, checkOut: null, guests: null, unitType: null, amenities: [] }, offered: [], lastActivityAt: null };
}

/** "2", "la 2", "opción 2", "quiero la 2" or a button id "offer:2" picks an offer. */
function pickedOffer(text: string, count: number): number | null {
  const match = text.trim().toLowerCase().match(/^(?:offer:|(?:quiero |me quedo con |reservame |reserva |la |el |opcion |opción |opção |option |number |n[°º] ?)*)(\d)\b/);
  if (!match) return null;
  const index = Number(match[1]) - 1;
  return index >= 0 && index < count ? index : null;
}

export function nextStep(previous: DialogState, understanding: Understanding, text: string, now: number): { state: DialogState; step: Step } {
  const stale = previous.lastActivityAt !== null && now - previous.lastActivityAt > SESSION_IDLE_MS;
  const base = stale ? freshState(previous.lang) : previous;
  const lang = understanding.lang ?? base.lang;
  const slots: Slots = {
    // Dates come as a pair (NLU.md rule 8): a message with new dates replaces both.
    checkIn: understanding.checkIn ?? base.slots.checkIn,
    checkOut: understanding.checkIn ? understanding.checkOut : base.slots.checkOut,
    guests: understanding.guests ?? base.slots.guests,
    unitType: understanding.unitType ?? base.slots.unitType,
    amenities: understanding.amenities.length > 0 ? [...understanding.amenities] : base.slots.amenities,
  };
  const state: DialogState = { lang, slots, offered: base.offered, lastActivityAt: now };
  const t = (key: "askDates" | "askGuests" | "greeting" | "fallback" | "handOff" | "complaint") => TEMPLATES[key][lang];

  if (understanding.intent === "hablar_humano") return { state, step: { kind: "escalate", reason: "The guest asked to talk to a person", text: t("handOff") } };
  if (understanding.intent === "queja") return { state, step: { kind: "escalate", reason: "The guest has a complaint", text: t("complaint") } };
  if (understanding.intent === "cancelar_modificar") return { state, step: { kind: "escalate", reason: "The guest wants to cancel or change a booking", text: t("handOff") } };

  const newDates = understanding.checkIn !== null;
  if (state.offered.length > 0 && !newDates) {
    const picked = pickedOffer(text, state.offered.length);
    if (picked !== null && slots.checkIn && slots.checkOut && slots.guests) {
      return { state: { ...state, offered: [] }, step: { kind: "hold", accommodationId: state.offered[picked]!, checkIn: slots.checkIn, checkOut: slots.checkOut, guests: slots.guests } };
    }
    if (/^\s*\d\s*$/.test(text)) return { state, step: { kind: "say", text: TEMPLATES.pickAgain[lang](state.offered.length) } };
  }

  if (understanding.intent === "servicios" || understanding.intent === "politicas" || understanding.intent === "ubicacion" || understanding.intent === "pago") {
    if (!newDates) return { state, step: { kind: "info", topic: understanding.intent } };
  }

  const wantsToBook = BOOKING_INTENTS.has(understanding.intent) || newDates || understanding.guests !== null || state.offered.length > 0 || slots.checkIn !== null;
  if (!wantsToBook) {
    return { state, step: { kind: "say", text: understanding.intent === "saludo" ? t("greeting") : t("fallback") } };
  }
  if (!slots.checkIn || !slots.checkOut) return { state, step: { kind: "say", text: t("askDates") } };
  if (!slots.guests) return { state, step: { kind: "say", text: t("askGuests") } };
  return { state: { ...state, offered: [] }, step: { kind: "search", checkIn: slots.checkIn, checkOut: slots.checkOut, guests: slots.guests, unitType: slots.unitType, amenities: slots.amenities } };
}

/** After a search: remember what was offered and say it, or offer a way forward when nothing is free. */
export function presentOffers(state: DialogState, offers: ReadonlyArray<OfferLine & { accommodationId: string }>, datesLabel: string): { state: DialogState; text: string } {
  const shown = offers.slice(0, 3);
  if (shown.length === 0) return { state: { ...state, offered: [] }, text: TEMPLATES.nothingFree[state.lang](datesLabel) };
  return { state: { ...state, offered: shown.map((o) => o.accommodationId) }, text: TEMPLATES.offers[state.lang](shown, datesLabel) };
}
