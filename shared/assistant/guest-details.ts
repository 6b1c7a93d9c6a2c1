/**
 * A name and a phone or email from a guest's reply to "¿a nombre de quién?": "Ana Pérez,
 * 11 5555-1234", "soy Ana, ana@mail.com", "my name is John Smith +1 555 0100".
 */
export interface GuestDetails {
  name: string | null;
  phone: string | null;
  email: string | null;
}

const EMAIL = /[^\s@,;]+@[^\s@,;]+\.[a-z]{2,}/i;
// Eight or more digits, with the spaces, dashes, dots and parentheses people type between them.
const PHONE = /\+?\d[\d\s().-]{6,}\d/;
const NAME_LEAD =
  /^(?:(?:hola|buenas|dale|ok|si|listo|perfecto|claro|sure|yes|oi|ola)[\s,!.]+)*(?:soy|me\s+llamo|mi\s+nombre\s+es|a\s+nombre\s+de|el\s+nombre\s+es|sou|meu\s+nome\s+e|me\s+chamo|em\s+nome\s+de|i'?m|i\s+am|my\s+name\s+is|name\s*:|nombre\s*:|nome\s*:)?\s*/i;
const CONTACT_WORDS = /\b(?:mi\s+)?(?:tel(?:efono)?|cel(?:ular)?|whatsapp|wsp|mail|email|e-mail|correo|phone|number|numero|n[uú]mero)\b\s*:?(?:\s*(?:es|is|e)\b)?/gi;
// Words that make a reply a sentence rather than a name.
const NOT_NAME = /^(?:quiero|quero|want|pagar|pay|reserva|reservar|book|que|para|por|cuanto|quanto|how|no|nao|not|hola|gracias|thanks|obrigad[oa]|si|sim|yes|ok|dale|despues|luego|later|manana|amanha|tomorrow|hoy|today|el|la|los|las|the|un|una|a|o)$/i;

export function readGuestDetails(text: string): GuestDetails {
  const email = EMAIL.exec(text)?.[0] ?? null;
  const withoutEmail = email ? text.replace(email, " ") : text;
  const phoneMatch = PHONE.exec(withoutEmail)?.[0] ?? null;
  const digits = phoneMatch?.replace(/\D/g, "") ?? "";
  const phone = digits.length >= 8 && digits.length <= 15 ? `${phoneMatch!.trim().startsWith("+") ? "+" : ""}${digits}` : null;
  const rest = (phoneMatch && phone ? withoutEmail.replace(phoneMatch, " ") : withoutEmail)
    .replace(CONTACT_WORDS, " ")
    .replace(/\s+(?:y|e|and)\s*$/i, "")
    .replace(NAME_LEAD, "")
    .replace(/[,;:.!?]+/g, " ")
    .replace(/\s+(?:y|e|and)(?=\s|$)/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
  // A name is a few words of letters; anything longer is a sentence, not a name.
  const words = rest.split(" ").filter(Boolean);
  const name = words.length >= 1 && words.length <= 4 && words.every((w) => /^[\p{L}'-]+$/u.test(w) && !NOT_NAME.test(w.normalize("NFD").replace(/\p{M}/gu, ""))) ? words.map(capitalize).join(" ") : null;
  return { name, phone, email: email?.toLowerCase() ?? null };
}

const capitalize = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);
