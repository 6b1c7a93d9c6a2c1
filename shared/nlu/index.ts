/** Guest message understanding (NLU.md): `parseMessage` and the pieces it is built from. */
export { parseMessage, type ParsedMessage, type ParseOptions } from "./parse";
export { normalize } from "./normalize";
export { detectLanguage, languageInConversation, type Lang } from "./language";
export { classifyIntent, type Intent, type IntentFacts, type IntentReading } from "./intent";
export { resolveStay, type DateContext, type Stay, type StayReading } from "./dates";
export { readGuests, type GuestCount } from "./guests";
export { AMENITIES, readAmenities, readUnitType, type Amenity, type UnitType } from "./entities";
export { readDateFollowUp, type DateFollowUp } from "./follow-ups";
export { isChoice } from "./intent-cues";
