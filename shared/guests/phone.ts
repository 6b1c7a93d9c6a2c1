import { parsePhoneNumberFromString } from "libphonenumber-js";

/**
 * One guest, one number: a phone written any way a guest or staff member writes it becomes its E.164
 * form, so "+54 9 11 5555-0000", "011 15 5555-0000" and "1155550000" find the same person.
 *
 * Argentina needs one rule on top of libphonenumber: its mobiles are dialled with a "9" after the
 * country code from abroad (and WhatsApp's wa_id carries it) and with "15" after the area code at
 * home, while the same ten digits written bare read as a landline. A number cannot be told apart
 * as mobile or landline by its digits, so every Argentine number is keyed in the mobile form
 * (+54 9 + the ten digits): the ten digits identify the line either way. Numbers of other
 * countries are left exactly as libphonenumber writes them.
 */
export function normalisePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!/\d/.test(trimmed) || trimmed.length > 40) return null;
  const international = /^(\+|00)/.test(trimmed);
  const candidates = international ? [trimmed.replace(/^00/, "+")] : [trimmed, `+${trimmed.replace(/\D/g, "")}`];
  for (const candidate of candidates) {
    const parsed = parsePhoneNumberFromString(candidate, "AR");
    if (!parsed?.isValid()) continue;
    if (parsed.countryCallingCode === "54") {
      const national = parsed.nationalNumber.startsWith("9") && parsed.nationalNumber.length === 11 ? parsed.nationalNumber.slice(1) : parsed.nationalNumber;
      return `+549${national}`;
    }
    return parsed.number;
  }
  return null;
}

/** Emails are matched case-insensitively and without surrounding spaces. */
export function normaliseEmail(input: string): string | null {
  const value = input.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? value : null;
}
