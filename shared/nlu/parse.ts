/**
 * One guest message → what `POST /v1/nlu/parse` answers (NLU.md): intent, language, stay
 * dates, party size, unit kind and amenities. Pure and synchronous, so it runs the same in
 * a Worker, in Node and in a browser.
 */
import { todayIn, type IsoDate } from "../domain/dates";
import { resolveStay } from "./dates";
import { readAmenities, readUnitType, type Amenity, type UnitType } from "./entities";
import { readDateFollowUp } from "./follow-ups";
import { readGuests } from "./guests";
import { classifyIntent, type Intent } from "./intent";
import { isChoice } from "./intent-cues";
import { detectLanguage, type Lang } from "./language";
import { hasNoWords, normalize } from "./normalize";

/** When the message was received and where the lodging is: relative dates resolve there. */
export interface ParseOptions {
  now: Date;
  /** IANA time zone of the lodging, e.g. "America/Argentina/Buenos_Aires". */
  timeZone: string;
}

/** What a guest message says. `checkIn` and `checkOut` are both set or both null. */
export interface ParsedMessage {
  intent: Intent;
  lang: Lang;
  checkIn: IsoDate | null;
  checkOut: IsoDate | null;
  /** Everyone staying, children and babies included, pets excluded. */
  guests: number | null;
  /** How many of `guests` are children or babies, when the message says so. */
  children: number | null;
  unitType: UnitType | null;
  amenities: Amenity[];
  /** How sure the intent is, 0–1. */
  confidence: number;
}

// Intents where "hoy" or "el viernes" is when something happens, not a stay being asked for
// ("hoy no anda el wifi", "te pago el viernes").
const INTENTS_WITHOUT_RELATIVE_STAYS: ReadonlySet<Intent> = new Set(["queja", "pago", "ubicacion", "hablar_humano", "saludo", "fallback"]);

/** Reads a guest message: intent, language, dates (in `options.timeZone` as of `options.now`), guests, unit kind, amenities. */
export function parseMessage(text: string, options: ParseOptions): ParsedMessage {
  const normalized = normalize(text);
  const lang = detectLanguage(text, normalized);
  const today = todayIn(options.timeZone, options.now);
  const { stay, relative } = resolveStay(normalized, { today, lang });
  const { guests, children } = readGuests(normalized);
  const unitType = readUnitType(normalized);
  const amenities = readAmenities(normalized);
  const { intent, confidence } = classifyIntent(normalized, {
    hasDates: stay !== null && !relative,
    hasRelativeDates: relative,
    hasGuests: guests !== null,
    hasAmenities: amenities.length > 0,
    hasUnitType: unitType !== null,
    hasNoWords: hasNoWords(text),
    hasDateFollowUp: readDateFollowUp(normalized) !== null,
  });
  // "a segunda opção" picks an offer: the ordinal is not Monday (Portuguese "segunda").
  const keepStay = stay !== null && !(relative && (INTENTS_WITHOUT_RELATIVE_STAYS.has(intent) || isChoice(normalized)));
  return {
    intent,
    lang,
    checkIn: keepStay ? stay.checkIn : null,
    checkOut: keepStay ? stay.checkOut : null,
    guests,
    children,
    unitType,
    amenities,
    confidence,
  };
}
