/**
 * Guest messages as people type them on WhatsApp: accents optional, emojis, repeated letters.
 * Everything downstream matches against this one normalized form.
 */
export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{FE0F}]/gu, " ")
    .replace(/([a-z])\1{2,}/g, "$1")
    .replace(/[¿¡!?,;]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
