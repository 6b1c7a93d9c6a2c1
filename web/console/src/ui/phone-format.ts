import { parsePhoneNumberFromString } from "libphonenumber-js/min";

/**
 * A phone as people read it: "+54 9 11 5555 0105", not the stored "+5491155550105". Guests' phones
 * are kept in E.164 (one number, one guest); a number written without its country is read as
 * Argentine, as the lodging's staff write them. What cannot be parsed is shown as it was written.
 */
export function formatPhone(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone.trim(), "AR");
  return parsed?.isValid() ? parsed.formatInternational() : phone;
}
