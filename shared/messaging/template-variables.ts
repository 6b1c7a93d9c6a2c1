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

/** Fills each placeholder; a variable with no value (no Wi-Fi set on the unit) becomes empty text. */
export function renderTemplate(text: string, values: Partial<Record<TemplateVariable, string>>): string {
  return text
    .replace(PLACEHOLDER, (whole, name: string) => (isTemplateVariable(name) ? (values[name] ?? "") : whole))
    .replace(/[ \t]+\n/g, "\n")
    .trim();
}
