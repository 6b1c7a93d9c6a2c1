import { daysBetween, todayIn, type IsoDate } from "../domain/dates";
import { normalize, readDateFollowUp } from "../nlu/index";
import { chooseOffer, isAgreement } from "./choose-offer";
import { applyFollowUp } from "./follow-up-dates";
import { formatMoney, formatPercent, formatStay, joinList } from "./format";
import { readGuestDetails } from "./guest-details";
import { MONTH_NAMES, TEMPLATES, type Lang, type OfferLine, type PackageLine } from "./templates";

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

/** A stay put in front of the guest, priced, with the dates it is for (an alternative may differ from the ones asked). */
export interface Offer {
  accommodationId: string;
  name: string;
  /** NLU unit type (cabana, departamento, casa), or null for other kinds. */
  kind: string | null;
  capacity: number;
  checkIn: string;
  checkOut: string;
  /** Minor units of `currency`. */
  nightly: number;
  total: number;
  deposit: number;
  depositPercent: number;
  currency: string;
  /** A service package this stay fits, priced (minor units of `currency`), with its extras' names. */
  package?: PackageProposal;
  /** The guest took the stay with its package: `total` and `deposit` are the package's. */
  withPackage?: boolean;
  /**
   * The guest's loyalty discount, already taken off `nightly`, `total` and `deposit` (and the
   * package's), as the hold will take it; `before` is the stay's total without it. Said once, with the offers.
   */
  loyalty?: LoyaltyDiscount;
}

export interface LoyaltyDiscount {
  /** The tier's name ("Oro"). */
  name: string;
  percent: number;
  /** Minor units: the stay's total before the discount. */
  before: number;
}

export interface PackageProposal {
  id: string;
  name: string;
  total: number;
  deposit: number;
  extras: Partial<Record<Lang, string>>[];
}

/** Who the booking is for; WhatsApp knows the phone, web chat asks. */
export interface GuestContact {
  name: string | null;
  phone: string | null;
  email: string | null;
}

export interface DialogState {
  lang: Lang;
  slots: Slots;
  /** Stays last offered, in the order the guest saw them; one offer is a proposal a plain "dale" takes. */
  offers: Offer[];
  /** "¿Cuál querés: A o B?" was asked about these offers; a second unclear answer goes to a person instead of a loop. */
  choiceAsked: boolean;
  /** A month named without days ("en enero"), waiting for the days ("del 25 al 30"). */
  month: number | null;
  /** Which offer's package was just proposed ("¿Te interesa el paquete…?"): a plain yes or "el paquete" takes it. */
  packageOffer: number | null;
  /** The stay the guest chose, waiting only for the party size or their contact details. */
  chosen: Offer | null;
  guest: GuestContact;
  /** How many times the contact details were asked for this choice. */
  detailsAsked: number;
  /** Nothing was free and a person was offered: a yes hands over. */
  offeredHandOff: boolean;
  /** The guest was told once, after a hand-over, that the team will answer. */
  handOffAcknowledged: boolean;
  lastActivityAt: number | null;
}

export type Step =
  | { kind: "say"; text: string }
  | { kind: "greet" }
  /** `guests` null: a price question without a party size, quoted for each unit's capacity. */
  | { kind: "search"; checkIn: string; checkOut: string; guests: number | null; unitType: string | null; amenities: string[] }
  | { kind: "hold"; offer: Offer; guests: number; guest: GuestContact }
  | { kind: "escalate"; reason: string; text: string }
  | { kind: "info"; topic: "servicios" | "politicas" | "ubicacion" | "pago" };

/** What a search found, for `presentSearch` to say. */
export type SearchOutcome =
  | { kind: "offers"; offers: Offer[]; checkIn: string; checkOut: string; quoted: boolean }
  | { kind: "alternatives"; offers: Offer[]; checkIn: string; checkOut: string }
  | { kind: "minStay"; nights: number; offer: Offer | null }
  | { kind: "overCapacity"; guests: number; largest: number }
  | { kind: "nothing"; checkIn: string; checkOut: string };

/** A session idle this long starts over: last week's dates are not today's question. */
export const SESSION_IDLE_MS = 12 * 3_600_000;

/** Contact details are asked for at most this many times; then the hold goes ahead with what there is. */
const MAX_DETAIL_ASKS = 2;

const BOOKING_INTENTS = new Set(["disponibilidad", "precio", "reservar"]);
const INFO_INTENTS = new Set(["servicios", "politicas", "ubicacion", "pago"]);
const PACKAGE_WORDS = /\b(?:paquete|pacote|package|promo|promocion|promocao)\b/;
// The nights without the package proposed with them: "sin paquete", "solo las noches", "sem pacote", "no package".
const NO_PACKAGE =
  /\b(?:sin\s+(?:el\s+)?(?:paquete|promo)|solo\s+(?:las\s+)?noches|sem\s+(?:o\s+)?pacote|so\s+(?:as\s+)?(?:noites|diarias)|without\s+(?:the\s+)?package|no\s+package|(?:just|only)\s+the\s+nights)\b/;
const DEPOSIT_WORDS = /\b(?:sena|senas|deposit|deposito|sinal|adelanto|anticipo)\b/;

export function freshState(lang: Lang = "es"): DialogState {
  return {
    lang,
    slots: { checkIn: null, checkOut: null, guests: null, unitType: null, amenities: [] },
    offers: [],
    choiceAsked: false,
    packageOffer: null,
    month: null,
    chosen: null,
    guest: { name: null, phone: null, email: null },
    detailsAsked: 0,
    offeredHandOff: false,
    handOffAcknowledged: false,
    lastActivityAt: null,
  };
}

const needsContact = (guest: GuestContact) => !guest.name || (!guest.phone && !guest.email);

/**
 * The next step for one guest message. `today` is the lodging's date, for completing follow-ups
 * ("del 25 al 30" after "en enero"); it defaults to the date in Buenos Aires.
 */
export function nextStep(previous: DialogState, understanding: Understanding, text: string, now: number, today: IsoDate = todayIn("America/Argentina/Buenos_Aires", new Date(now))): { state: DialogState; step: Step } {
  const stale = previous.lastActivityAt !== null && now - previous.lastActivityAt > SESSION_IDLE_MS;
  const base = stale ? { ...freshState(previous.lang), guest: previous.guest } : previous;
  const lang = understanding.lang ?? base.lang;
  const said = normalize(text);

  let checkIn = understanding.checkIn;
  let checkOut = understanding.checkIn ? understanding.checkOut : null;
  let month = base.month;
  const followUp = checkIn ? null : readDateFollowUp(said);
  if (followUp?.kind === "month") month = followUp.month;
  else if (followUp) {
    const onTable = base.slots.checkIn && base.slots.checkOut ? { checkIn: base.slots.checkIn, checkOut: base.slots.checkOut } : null;
    const completed = applyFollowUp(followUp, { stay: onTable, month, today });
    if (completed) ({ checkIn, checkOut } = completed);
  }
  const newDates = checkIn !== null;
  if (newDates) month = null;

  const slots: Slots = {
    // Dates come as a pair (NLU.md rule 8): a message with new dates replaces both.
    checkIn: checkIn ?? base.slots.checkIn,
    checkOut: newDates ? checkOut : base.slots.checkOut,
    guests: understanding.guests ?? base.slots.guests,
    unitType: understanding.unitType ?? base.slots.unitType,
    amenities: understanding.amenities.length > 0 ? [...understanding.amenities] : base.slots.amenities,
  };
  let state: DialogState = { ...base, lang, slots, month, lastActivityAt: now };
  const say = (next: DialogState, message: string) => ({ state: next, step: { kind: "say", text: message } as Step });
  const t = (key: "askDates" | "askGuests" | "fallback" | "handOff" | "complaint") => TEMPLATES[key][lang];

  if (understanding.intent === "hablar_humano") return { state, step: { kind: "escalate", reason: "The guest asked to talk to a person", text: t("handOff") } };
  if (understanding.intent === "queja") return { state, step: { kind: "escalate", reason: "The guest has a complaint", text: t("complaint") } };
  if (understanding.intent === "cancelar_modificar") return { state, step: { kind: "escalate", reason: "The guest wants to cancel or change a booking", text: t("handOff") } };

  if (state.offeredHandOff && !newDates && isAgreement(said)) {
    return { state: { ...state, offeredHandOff: false }, step: { kind: "escalate", reason: "Nothing was free for the guest's dates and they asked for a person", text: t("handOff") } };
  }
  state = { ...state, offeredHandOff: false };

  // A stay already chosen waits only for the party size or the guest's contact details; a
  // question in between ("¿tiene pileta?") is answered and the choice keeps waiting.
  const isQuestion = INFO_INTENTS.has(understanding.intent) && understanding.guests === null;
  if (state.chosen && !newDates && !isQuestion) return completeChoice(state, state.chosen, text, lang);

  if (state.offers.length > 0 && !newDates && understanding.guests === null) {
    if (DEPOSIT_WORDS.test(said) && (understanding.intent === "politicas" || understanding.intent === "precio" || understanding.intent === "pago")) {
      return say(state, depositText(state.offers, lang));
    }
    const proposed = state.packageOffer !== null ? state.offers[state.packageOffer] : undefined;
    if (proposed?.package && NO_PACKAGE.test(said) && state.offers.length === 1) {
      return completeChoice({ ...state, packageOffer: null, chosen: proposed, detailsAsked: 0 }, proposed, "", lang);
    }
    if (proposed?.package && !NO_PACKAGE.test(said) && (isAgreement(said) || PACKAGE_WORDS.test(said))) {
      const taken: Offer = { ...proposed, total: proposed.package.total, deposit: proposed.package.deposit, withPackage: true };
      return completeChoice({ ...state, packageOffer: null, chosen: taken, detailsAsked: 0 }, taken, "", lang);
    }
    const choice = chooseOffer(text, understanding.unitType, state.offers);
    if (choice.kind === "one") return completeChoice({ ...state, chosen: state.offers[choice.index]!, detailsAsked: 0 }, state.offers[choice.index]!, "", lang);
    if (choice.kind === "ambiguous") {
      if (state.choiceAsked) {
        return { state: { ...state, offers: [], choiceAsked: false }, step: { kind: "escalate", reason: "The guest's choice among the offers stayed unclear", text: t("handOff") } };
      }
      const candidates = choice.candidates.map((index) => state.offers[index]!);
      return say({ ...state, offers: candidates, choiceAsked: true }, TEMPLATES.whichOne[lang](candidates.map((o) => o.name)));
    }
    const askedKind = understanding.unitType;
    if (askedKind && askedKind in TEMPLATES.kindName[lang] && !state.offers.some((offer) => offer.kind === askedKind)) {
      // The offers were the search's answer for these dates: a kind none of them is has nothing free.
      const kindName = TEMPLATES.kindName[lang][askedKind as keyof (typeof TEMPLATES.kindName)[typeof lang]];
      return say({ ...state, slots: { ...state.slots, unitType: base.slots.unitType } }, TEMPLATES.noneOfKind[lang](kindName, state.offers.map((o) => o.name)));
    }
    if (/^\d+$/.test(said)) {
      if (!state.choiceAsked) return say({ ...state, choiceAsked: true }, TEMPLATES.pickAgain[lang](state.offers.length));
      return { state: { ...state, offers: [], choiceAsked: false }, step: { kind: "escalate", reason: "The guest's choice among the offers stayed unclear", text: t("handOff") } };
    }
  }

  if (INFO_INTENTS.has(understanding.intent) && !newDates) {
    return { state, step: { kind: "info", topic: understanding.intent as Extract<Step, { kind: "info" }>["topic"] } };
  }

  // A greeting mid-conversation is greeted back, not taken as a new search of the same dates.
  if (understanding.intent === "saludo" && !newDates && understanding.guests === null && followUp === null) return { state, step: { kind: "greet" } };
  const wantsToBook =
    BOOKING_INTENTS.has(understanding.intent) || newDates || understanding.guests !== null || followUp !== null || state.offers.length > 0 || slots.checkIn !== null;
  if (!wantsToBook) {
    if (understanding.intent === "saludo") return { state, step: { kind: "greet" } };
    return say(state, t("fallback"));
  }
  if (!slots.checkIn || !slots.checkOut) {
    return say(state, state.month !== null ? TEMPLATES.askDaysInMonth[lang](MONTH_NAMES[lang][state.month - 1]!) : t("askDates"));
  }
  // A price question naming dates is quoted at once, for each unit's capacity; booking needs the party size.
  if (!slots.guests && understanding.intent !== "precio") return say(state, t("askGuests"));
  return {
    state: { ...state, offers: [], choiceAsked: false, chosen: null },
    step: { kind: "search", checkIn: slots.checkIn, checkOut: slots.checkOut, guests: slots.guests, unitType: slots.unitType, amenities: slots.amenities },
  };
}

/** With a stay chosen: ask for what is still missing (party size, contact), or hold. */
function completeChoice(state: DialogState, offer: Offer, reply: string, lang: Lang): { state: DialogState; step: Step } {
  let guest = state.guest;
  if (reply && state.detailsAsked > 0) {
    const details = readGuestDetails(reply);
    guest = { name: details.name ?? guest.name, phone: details.phone ?? guest.phone, email: details.email ?? guest.email };
  }
  const guests = state.slots.guests;
  const next: DialogState = { ...state, guest, chosen: offer };
  if (!guests) return { state: next, step: { kind: "say", text: TEMPLATES.askGuests[lang] } };
  if (guests > offer.capacity) {
    // The party outgrew the chosen unit: search again for the new size.
    return {
      state: { ...next, chosen: null, offers: [] },
      step: { kind: "search", checkIn: offer.checkIn, checkOut: offer.checkOut, guests, unitType: null, amenities: state.slots.amenities },
    };
  }
  if (needsContact(guest) && next.detailsAsked < MAX_DETAIL_ASKS) {
    const agreedOnly = reply !== "" && isAgreement(normalize(reply));
    const ask = !guest.name ? TEMPLATES.askGuestDetails[lang] : agreedOnly ? TEMPLATES.contactStillNeeded[lang] : TEMPLATES.askContact[lang](guest.name);
    const justChosen = next.detailsAsked === 0 && reply === "";
    const taken = TEMPLATES.choiceTaken[lang](offer.name, formatStay(offer.checkIn, offer.checkOut, lang), formatMoney(offer.total, offer.currency, lang));
    const text = justChosen ? `${taken} ${ask}` : ask;
    return { state: { ...next, detailsAsked: next.detailsAsked + 1 }, step: { kind: "say", text } };
  }
  return {
    state: { ...next, chosen: null, offers: [], choiceAsked: false, detailsAsked: 0 },
    step: { kind: "hold", offer, guests, guest },
  };
}

function offerLine(offer: Offer, lang: Lang, extra: { dates?: boolean; upTo?: boolean } = {}): OfferLine {
  return {
    name: offer.name,
    nightly: formatMoney(offer.nightly, offer.currency, lang),
    total: formatMoney(offer.total, offer.currency, lang),
    dates: extra.dates ? formatStay(offer.checkIn, offer.checkOut, lang) : undefined,
    upTo: extra.upTo ? offer.capacity : undefined,
  };
}

/** The package an offer fits, written for the guest: its name, its unit, its nights and extras, its price. */
function packageLine(offer: Offer, lang: Lang): PackageLine {
  const proposal = offer.package!;
  const extras = proposal.extras.map((title) => title[lang] ?? title.es ?? title.pt ?? title.en ?? "").filter(Boolean);
  return { name: proposal.name, unit: offer.name, nights: daysBetween(offer.checkIn, offer.checkOut), extras, total: formatMoney(proposal.total, offer.currency, lang) };
}

/**
 * The tier discount, said once ahead of stays priced with it (every price shown is already what
 * the guest pays), or nothing for a guest without one.
 */
function loyaltyLead(offers: readonly Offer[], lang: Lang): string {
  const discount = offers.find((o) => o.loyalty)?.loyalty;
  return discount ? `${TEMPLATES.loyaltyInPrices[lang](discount.name, formatPercent(discount.percent, lang))}\n` : "";
}

function depositText(offers: readonly Offer[], lang: Lang): string {
  if (offers.length === 1) {
    const o = offers[0]!;
    return TEMPLATES.depositAnswer[lang](o.depositPercent, formatMoney(o.deposit, o.currency, lang), o.name, formatMoney(o.total, o.currency, lang));
  }
  const lines = offers.map((o) => `${o.name}: ${formatMoney(o.deposit, o.currency, lang)} (${o.depositPercent}%)`);
  const lead = { es: "La seña de cada opción:", pt: "O sinal de cada opção:", en: "The deposit for each option:" }[lang];
  return `${lead} ${joinList(lines, lang)}.`;
}

/** Says what a search found and remembers what was offered. `holdMinutes` is how long a hold lasts. */
export function presentSearch(state: DialogState, outcome: SearchOutcome, holdMinutes: number): { state: DialogState; text: string } {
  const lang = state.lang;
  const offered = (offers: Offer[]) => ({ ...state, offers: offers.slice(0, 3), choiceAsked: false, packageOffer: null, chosen: null, offeredHandOff: false });
  switch (outcome.kind) {
    case "offers": {
      const shown = outcome.offers.slice(0, 3);
      const dates = formatStay(outcome.checkIn, outcome.checkOut, lang);
      const lines = shown.map((o) => offerLine(o, lang, { upTo: outcome.quoted }));
      // One package is proposed, inside the question: the first offer that fits one, named with its unit.
      const withPackage = shown.findIndex((o) => o.package);
      const proposal = withPackage < 0 ? undefined : packageLine(shown[withPackage]!, lang);
      const text = shown.length === 1 ? TEMPLATES.oneOffer[lang](lines[0]!, dates, holdMinutes, proposal) : TEMPLATES.offers[lang](lines, dates, proposal);
      return { state: { ...offered(shown), packageOffer: withPackage < 0 ? null : withPackage }, text: `${loyaltyLead(shown, lang)}${text}` };
    }
    case "alternatives": {
      const shown = outcome.offers.slice(0, 3);
      const lines = shown.map((o) => offerLine(o, lang, { dates: true }));
      return { state: offered(shown), text: `${loyaltyLead(shown, lang)}${TEMPLATES.alternatives[lang](lines, formatStay(outcome.checkIn, outcome.checkOut, lang))}` };
    }
    case "minStay": {
      if (!outcome.offer) return { state: offered([]), text: TEMPLATES.minStayNoAlternative[lang](outcome.nights) };
      const o = outcome.offer;
      return { state: offered([o]), text: `${loyaltyLead([o], lang)}${TEMPLATES.minStay[lang](outcome.nights, offerLine(o, lang), formatStay(o.checkIn, o.checkOut, lang))}` };
    }
    case "overCapacity":
      return { state: { ...offered([]), offeredHandOff: true }, text: TEMPLATES.overCapacity[lang](outcome.guests, outcome.largest) };
    case "nothing":
      return { state: { ...offered([]), offeredHandOff: true }, text: TEMPLATES.nothingFree[lang](formatStay(outcome.checkIn, outcome.checkOut, lang)) };
  }
}
