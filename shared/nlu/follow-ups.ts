/**
 * Date fragments that only mean something next to dates already on the table, which
 * `parseMessage` rightly leaves unresolved (NLU.md rule 8): a month alone ("en enero"), days
 * without a month ("del 25 al 30"), one new end ("mejor desde el 6", "hasta el 10") or a shift
 * ("el finde siguiente", "una semana después"). The booking dialog completes them with the
 * month asked about or the stay it offered.
 */
import { FULL_MONTH, MONTH_NAMES } from "./date-words";

export type DateFollowUp =
  | { kind: "month"; month: number }
  | { kind: "days"; from: number; to: number }
  | { kind: "from"; day: number }
  | { kind: "until"; day: number }
  | { kind: "shift"; days: number };

const DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?![\\d/.:-]|\\s*(?:hs|horas|am|pm|personas|pax|noches|nights|noites)\\b)";

// "una semana después", "3 días antes", "el finde siguiente", "a week later", "semana seguinte".
const SHIFT_WEEK_LATER =
  /\b(?:(?:una|la)\s+semana\s+(?:despues|mas\s+tarde|siguiente)|(?:el|al)\s+finde\s+(?:siguiente|de\s+despues|de\s+la\s+otra\s+semana)|(?:el|al)\s+(?:siguiente|otro)\s+finde|(?:a|one)\s+week\s+later|the\s+week\s+after|the\s+following\s+week|la\s+semana\s+siguiente|la\s+otra\s+semana|a\s+semana\s+seguinte|the\s+(?:following|next)\s+weekend\s+after|the\s+weekend\s+after|(?:uma|a)\s+semana\s+depois|(?:o|no)\s+(?:fim\s+de\s+semana|fds)\s+seguinte)\b/;
const SHIFT_WEEK_EARLIER =
  /\b(?:(?:una|la)\s+semana\s+(?:antes|mas\s+temprano|anterior)|(?:el|al)\s+finde\s+anterior|(?:el|al)\s+finde\s+de\s+antes|(?:a|one)\s+week\s+(?:earlier|before)|the\s+weekend\s+before|(?:uma|a)\s+semana\s+antes|(?:o|no)\s+(?:fim\s+de\s+semana|fds)\s+anterior)\b/;
const SHIFT_DAYS = /\b(\d{1,2}|un|uno|dos|tres|cuatro|cinco|seis|a|one|two|three|four|five|six|um|dois|tres)\s+(?:dias?|days?)\s+(despues|mas\s+tarde|antes|mas\s+temprano|later|earlier|before|depois|antes)\b/;

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  un: 1, uno: 1, a: 1, one: 1, um: 1, dos: 2, two: 2, dois: 2, tres: 3, three: 3, cuatro: 4, four: 4, cinco: 5, five: 5, seis: 6, six: 6,
};

const DAYS_RANGE = new RegExp(`\\b(?:del?|entre\\s+el|from\\s+the|from|de|the)\\s+${DAY}\\s*(?:al?|hasta\\s+el|y\\s+el|to\\s+the|to|till|until|-)\\s+${DAY}`);
const FROM_DAY = new RegExp(`\\b(?:desde\\s+el|a\\s+partir\\s+del?|llegando\\s+el|llegamos\\s+el|llegar\\s+el|entrando\\s+el|from\\s+the|starting\\s+the|a\\s+partir\\s+do\\s+dia|desde\\s+o\\s+dia)\\s+${DAY}`);
const UNTIL_DAY = new RegExp(`\\b(?:hasta\\s+el|nos\\s+vamos\\s+el|salimos\\s+el|saliendo\\s+el|until\\s+the|till\\s+the|ate\\s+o\\s+dia)\\s+${DAY}`);
const MONTH_ONLY = new RegExp(`\\b(?:en|para|de|in|for|em|no\\s+mes\\s+de|pra)\\s+(${FULL_MONTH})\\b(?!\\s*\\d)`);

/** What a message says about dates relative to a stay already discussed, or null. `normalized` is `normalize` output. */
export function readDateFollowUp(normalized: string): DateFollowUp | null {
  if (SHIFT_WEEK_LATER.test(normalized)) return { kind: "shift", days: 7 };
  if (SHIFT_WEEK_EARLIER.test(normalized)) return { kind: "shift", days: -7 };
  const shift = SHIFT_DAYS.exec(normalized);
  if (shift) {
    const count = SMALL_NUMBERS[shift[1]!] ?? Number(shift[1]);
    return { kind: "shift", days: /antes|temprano|earlier|before/.test(shift[2]!) ? -count : count };
  }
  const range = DAYS_RANGE.exec(normalized);
  if (range) return { kind: "days", from: Number(range[1]), to: Number(range[2]) };
  const from = FROM_DAY.exec(normalized);
  if (from) return { kind: "from", day: Number(from[1]) };
  const until = UNTIL_DAY.exec(normalized);
  if (until) return { kind: "until", day: Number(until[1]) };
  const month = MONTH_ONLY.exec(normalized);
  if (month) return { kind: "month", month: MONTH_NAMES[month[1]!]! };
  return null;
}
