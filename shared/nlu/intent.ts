/**
 * What the guest wants, as one of the twelve intents of NLU.md.
 *
 * Each intent has cue patterns; when several match, a fixed precedence decides, chosen so the
 * reply serves the most pressing need first:
 *
 *   hablar_humano > payment problem (pago) > queja > cancelar_modificar > proof of payment (pago)
 *   > reservar > deposit amount (politicas) > pago > politicas > ubicacion > precio > disponibilidad > servicios > saludo > fallback
 *
 * - Asking for a person beats everything: the assistant steps aside whatever else was said.
 * - A broken payment link is a payment problem, not a complaint about the stay.
 * - Complaints and changes to an existing booking outrank new questions about it.
 * - "Quiero reservar, ¿cuánto sale?" is a booking; "¿cuánto es la seña?" is a rule (politicas),
 *   "¿dónde queda y cuánto sale?" leads with where.
 * - Paying the seña for specific dates is booking (NLU.md); without dates it is pago.
 * - Dates or a party size with no other cue ask whether the place is free (disponibilidad);
 *   an amenity with no other cue asks what the place has (servicios).
 * - A greeting plus a request is the request; a greeting alone is saludo; nothing usable is fallback.
 */
import {
  AVAILABILITY,
  BOOK,
  CANCEL_OR_CHANGE,
  DEPOSIT_AMOUNT,
  COMPLAINT,
  GREETING,
  GREETING_WORD,
  HUMAN,
  HYPOTHETICAL,
  LOCATION,
  PARKING_ROOM,
  PAY_DEPOSIT,
  PAYMENT,
  isChoice,
  PAYMENT_PROBLEM,
  PAYMENT_PROOF,
  POLICIES,
  POSSESSED_BOOKING,
  PRICE,
  RELATIVE_DAY_AS_STAY,
  SERVICES,
} from "./intent-cues";

/** The intents of POST /v1/nlu/parse. */
export type Intent =
  | "disponibilidad"
  | "precio"
  | "reservar"
  | "servicios"
  | "politicas"
  | "ubicacion"
  | "cancelar_modificar"
  | "saludo"
  | "hablar_humano"
  | "queja"
  | "pago"
  | "fallback";

/** What other extractors found, which some intents lean on. */
export interface IntentFacts {
  /** Dates named outright (ranges, weekends, holidays, D/M). */
  hasDates: boolean;
  /** Dates resting only on "hoy", "mañana" or a weekday name. */
  hasRelativeDates: boolean;
  hasGuests: boolean;
  hasAmenities: boolean;
  hasUnitType: boolean;
  hasNoWords: boolean;
  /** Dates that only mean something next to a stay already discussed ("del 25 al 30", "en enero", "una semana después"). */
  hasDateFollowUp: boolean;
}

/** The chosen intent and how sure the match is (0–1). */
export interface IntentReading {
  intent: Intent;
  confidence: number;
}

interface Rule {
  intent: Intent;
  pattern: { test(text: string): boolean };
  /** Only when this holds for the message and its facts. */
  when?: (text: string, facts: IntentFacts) => boolean;
}

// In precedence order: the first rule that matches names the intent.
const RULES: readonly Rule[] = [
  { intent: "hablar_humano", pattern: HUMAN },
  { intent: "pago", pattern: PAYMENT_PROBLEM },
  { intent: "queja", pattern: COMPLAINT },
  {
    intent: "cancelar_modificar",
    pattern: CANCEL_OR_CHANGE,
    when: (text) => POSSESSED_BOOKING.test(text) || !HYPOTHETICAL.test(text),
  },
  { intent: "pago", pattern: PAYMENT_PROOF },
  { intent: "reservar", pattern: BOOK },
  { intent: "reservar", pattern: { test: isChoice } },
  { intent: "reservar", pattern: PAY_DEPOSIT, when: (_text, facts) => facts.hasDates },
  { intent: "politicas", pattern: DEPOSIT_AMOUNT },
  { intent: "pago", pattern: PAYMENT },
  { intent: "pago", pattern: PAY_DEPOSIT },
  { intent: "politicas", pattern: POLICIES },
  { intent: "ubicacion", pattern: LOCATION },
  { intent: "precio", pattern: PRICE },
  { intent: "disponibilidad", pattern: AVAILABILITY },
  { intent: "servicios", pattern: SERVICES },
];

/** The intent of a normalized message, given what the other extractors found in it. */
export function classifyIntent(normalized: string, facts: IntentFacts): IntentReading {
  const text = normalized.replace(PARKING_ROOM, "cochera");
  const matched = RULES.filter((rule) => (rule.when ? rule.when(text, facts) : true) && rule.pattern.test(text));
  const distinct = new Set(matched.map((rule) => rule.intent));
  const best = matched[0];
  if (best) {
    // Several intents competing for one message make the winner less certain.
    const confidence = distinct.size === 1 ? 0.9 : distinct.size === 2 ? 0.8 : 0.7;
    return { intent: best.intent, confidence };
  }
  const asksForDays = facts.hasDates || (facts.hasRelativeDates && RELATIVE_DAY_AS_STAY.test(text));
  if (asksForDays || facts.hasGuests || facts.hasDateFollowUp) return { intent: "disponibilidad", confidence: 0.6 };
  if (facts.hasAmenities) return { intent: "servicios", confidence: 0.6 };
  if (facts.hasUnitType) return { intent: "disponibilidad", confidence: 0.5 };
  // NLU.md lists a bare emoji, even a waving hand, as fallback.
  if (facts.hasNoWords || text.length === 0) return { intent: "fallback", confidence: 0.9 };
  if (GREETING.test(text)) return { intent: "saludo", confidence: 0.9 };
  return { intent: "fallback", confidence: GREETING_WORD.test(text) ? 0.5 : 0.6 };
}
