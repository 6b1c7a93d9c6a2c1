/**
 * Message templates: text with `{variable}` placeholders filled from a reservation. The set of
 * variables is closed, so a typo is refused when the template is saved, never sent to a guest.
 */
export const TEMPLATE_VARIABLES = [
  "guest.firstName",
  "guest.name",
  "reservation.code",
  "checkIn",
  "checkOut",
  "checkInTime",
  "checkOutTime",
  "nights",
  "guests",
  "unit.name",
  "lodging.name",
  "address",
  "mapsUrl",
  "directions",
  "wifi",
  "doorCode",
  "total",
  "balance",
  "paymentUrl",
  "holdExpiresAt",
  "portalLink",
  "ratingLink",
  // A loyalty upgrade's: the tier reached and what it gives (empty in other messages).
  "tier",
  "benefits",
  // The welcome text of the guest's loyalty tier (empty for a guest without a tier).
  "loyaltyWelcome",
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

const KNOWN = new Set<string>(TEMPLATE_VARIABLES);
/** `{name}` or `{dotted.name}`; other braces (emoji art, JSON) are left alone. */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)\}/g;

/** Every placeholder a text uses, in order of first appearance. */
export function variablesIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Placeholders that are not template variables (what a save must refuse). */
export function unknownVariables(text: string): string[] {
  return variablesIn(text).filter((name) => !KNOWN.has(name));
}

export const isTemplateVariable = (name: string): name is TemplateVariable => KNOWN.has(name);

/** Stands where a variable had no value, until labels left with nothing are dropped. */
const EMPTY = "\u0000";

/**
 * A sentence that is only a label whose values are all empty ("Dirección: ." when the unit has no
 * address): dropped whole, so the guest never reads a label with nothing after it.
 */
const EMPTY_LABEL = /(?<=^|[.!?]\s+|\n)[^.!?:\n\u0000]{1,40}:\s*(?:\u0000[\s,]*)+(?:[.!?]\s*|(?=\n)|$)/g;

/**
 * Fills each placeholder; a variable with no value (no Wi-Fi set on the unit) becomes empty text,
 * and a labelled sentence left with no value at all is dropped.
 */
export function renderTemplate(text: string, values: Partial<Record<TemplateVariable, string>>): string {
  return text
    .replace(PLACEHOLDER, (whole, name: string) => (isTemplateVariable(name) ? values[name] || EMPTY : whole))
    .replace(EMPTY_LABEL, "")
    .replaceAll(EMPTY, "")
    .replace(/[ \t]+\n/g, "\n")
    .trim();
}
