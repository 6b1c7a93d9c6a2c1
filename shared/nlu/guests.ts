/**
 * How many people will stay: adults plus children and babies, pets never (NLU.md "guests").
 * Every way of saying a count becomes a candidate; the last one that is not negated wins,
 * so "eramos 4, perdon, somos 5" and "somos 3 no 2" both say what the guest means now.
 */
import { ANY_MONTH, COUNT, countValue } from "./date-words";
import { maskNonGuests } from "./number-masks";

/** People staying, and how many of them are children or babies when the guest says so. */
export interface GuestCount {
  guests: number | null;
  children: number | null;
}

interface Candidate {
  at: number;
  end: number;
  people: number | null;
  children: number;
  /** "para 2 ... para 4": needed to tell a comparison from a correction. */
  viaPara: boolean;
}

const ADULT_NOUNS =
  "personas?|adultos?|adultas?|mayores|pax|huespedes|huesped|people|persons?|guests?|adults?|pessoas?|hospedes|amigos|amigas|friends|chicas|chicos\\s+grandes|grandes|of\\s+us|de\\s+nosotros";
const CHILD_NOUNS =
  "nenes?|nenas?|nenitos?|ninos?|ninas?|chicos?|hijos?|hijas?|menores|menor|bebes?|bebas?|beba|kids?|children|child|babies|baby|criancas?|filhos?|filhas?|infants?|toddlers?|peques|adolescentes?|teens?|teenagers?|sobrinos?|nietos?";
const COUPLE_NOUNS_PLURAL = "parejas|matrimonios|couples|casais";
const COUPLE_NOUNS = "pareja|matrimonio|couple|casal";

// A count is not a guest count when a date, a night count or a time comes right after it.
const NOT_PEOPLE_AFTER = `(?!\\s*(?:\\/|-\\s*\\d|noches?|nights?|noites?|dias|days|diarias|semanas?(?!\\s+santa)|weeks?|de\\s+(?:${ANY_MONTH})\\b|(?:${ANY_MONTH})\\b|al\\s+\\d|a\\s+\\d|hs|horas|y\\s+\\d+\\s*\\/|o\\s+\\d+\\s*\\/))`;

const ITEMS: ReadonlyArray<{ pattern: RegExp; read: (m: RegExpExecArray) => { people: number; children: number } }> = [
  { pattern: new RegExp(`(${COUNT})\\s+(?:${ADULT_NOUNS})\\b`, "y"), read: (m) => ({ people: countValue(m[1]!), children: 0 }) },
  { pattern: new RegExp(`(${COUNT})\\s+(?:${CHILD_NOUNS})\\b`, "y"), read: (m) => ({ people: countValue(m[1]!), children: countValue(m[1]!) }) },
  { pattern: new RegExp(`(${COUNT})\\s+(?:${COUPLE_NOUNS_PLURAL})\\b`, "y"), read: (m) => ({ people: 2 * countValue(m[1]!), children: 0 }) },
  // "una pareja", "para casal"; but "mi pareja" is one person (see relatives below).
  { pattern: new RegExp(`(?:(?:una|un|a|um|uma|en|1)\\s+)?(?<!\\b(?:mi|my|su|tu|minha|meu)\\s)(?:${COUPLE_NOUNS})\\b`, "y"), read: () => ({ people: 2, children: 0 }) },
  {
    pattern: new RegExp(`(?:familia|family|grupo|group|party|familia\\s+tipo)\\s+(?:de|of|com)\\s+(${COUNT})\\b(?:\\s+(?:${ADULT_NOUNS}|${CHILD_NOUNS}|integrantes|miembros|members))?`, "y"),
    read: (m) => ({ people: countValue(m[1]!), children: 0 }),
  },
];

// Items may follow each other with no connector at all: "2 adultos 2 nenes".
const CONNECTOR = /\s*(?:(?:,|\by\b|\be\b|\band\b|\+|\bmas\b|\bcon\b|\bwith\b|\bcom\b|\bplus\b|&)\s*)?(?:(?:mi|mis|my|our|meus|minhas|nuestros|nuestras|sus)\s+)?/y;

/** Reads one "N noun" item at `at`, or null. */
function readItem(text: string, at: number): { end: number; people: number; children: number } | null {
  for (const item of ITEMS) {
    item.pattern.lastIndex = at;
    const m = item.pattern.exec(text);
    if (m) {
      const { people, children } = item.read(m);
      if (Number.isFinite(people)) return { end: at + m[0].length, people, children };
    }
  }
  return null;
}

/**
 * Reads "2 adultos y 2 nenes + 1 bebe" from `at`, summing the items; extends an already-read
 * base ("somos 2 y un bebe"), which needs a spoken connector: "somos 4, 2 adultos y 2 nenes" is
 * the same party said twice.
 */
function readChain(text: string, at: number, base: { people: number; children: number } | null) {
  let end = at;
  let people = base?.people ?? 0;
  let children = base?.children ?? 0;
  if (!base) {
    const first = readItem(text, at);
    if (!first) return null;
    ({ end } = first);
    people += first.people;
    children += first.children;
  }
  for (;;) {
    CONNECTOR.lastIndex = end;
    const link = CONNECTOR.exec(text);
    if (!link || (base && link[0].trim() === "")) break;
    const next = readItem(text, end + link[0].length);
    if (!next) break;
    people += next.people;
    children += next.children;
    end = next.end;
  }
  return { end, people, children };
}

const ITEM_START = new RegExp(
  `\\b(?:(?:${COUNT})\\s+(?:${ADULT_NOUNS}|${CHILD_NOUNS}|${COUPLE_NOUNS_PLURAL})|(?:una|un|a|um|uma|en|1)\\s+(?:${COUPLE_NOUNS})|(?<=\\b(?:para|pra|for|somos|de|como)\\s)(?:${COUPLE_NOUNS})|(?:familia|family|grupo|group|party)\\s+(?:de|of|com)\\s+(?:${COUNT}))\\b`,
  "g",
);

const WE_ARE =
  "somos|seriamos|seremos|vamos\\s+a\\s+ser|vamos|viajamos|eramos|ibamos|we\\s+are|we're|we\\s+will\\s+be|we'll\\s+be|there\\s+are|there\\s+will\\s+be|somos\\s+em|seremos|estaremos|entramos";
const WE_ARE_COUNT = new RegExp(`\\b(?:${WE_ARE})\\s+(?:un\\s+total\\s+de\\s+|en\\s+total\\s+|total\\s+)?(${COUNT})\\b${NOT_PEOPLE_AFTER}`, "g");
// "somos una familia", "somos un grupo": one is an article there, not a count.
const ARTICLE_ONE = /^(?:un|una|uno|um|uma|one|a)$/;
const FOR_COUNT = new RegExp(`\\b(?:para|for|pra|por)\\s+(\\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|two|three|four|five|six|seven|eight|nine|ten|duas|dois|quatro|sete|oito)\\b${NOT_PEOPLE_AFTER}`, "g");
const ALONE = /\b(?:yo\s+sol[oa]|voy\s+sol[oa]|viajo\s+sol[oa]|solo\s+yo|sola\s+yo|just\s+me|only\s+me|just\s+myself|by\s+myself|sozinh[oa]|so\s+eu|somente\s+eu)\b/g;
const CORRECTED_COUNT = new RegExp(
  `\\b(?:perdon|bah|digo|mejor\\s+dicho|en\\s+realidad|corrijo|sorry|i\\s+mean|quer\\s+dizer|ops|no\\s+perdon)\\s+(?:somos\\s+|seriamos\\s+)?(\\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho)\\b${NOT_PEOPLE_AFTER}`,
  "g",
);

// "mi hermana y su novio": each relative is one person, plus the writer unless the stay is for them.
const RELATIVE_SINGULAR =
  "hermana|hermano|novia|novio|esposa|esposo|marido|mujer|pareja|mama|mami|papa|papi|madre|padre|hija|hijo|amiga|amigo|prima|primo|tia|tio|abuela|abuelo|suegra|suegro|cunada|cunado|sobrina|sobrino|nieta|nieto|companera|companero|bebe|beba|nena|nene|vieja|viejo|" +
  "wife|husband|partner|girlfriend|boyfriend|friend|sister|brother|mom|mum|mother|dad|father|son|daughter|baby|" +
  "namorada|namorado|irma|irmao|mae|pai|filha|filho|amiga|amigo|esposa|marido|mulher|noiva|noivo";
const RELATIVE_PAIRS = "padres|viejos|suegros|abuelos|parents|grandparents|pais|sogros|avos";
const RELATIVE_PLURAL =
  "hermanas|hermanos|hijas|hijos|amigas|amigos|primas|primos|tias|tios|sobrinas|sobrinos|nietas|nietos|nenes|chicos|kids|children|sons|daughters|friends|filhos|filhas|amigos|irmaos|irmas";
const POSSESSIVE = "mi|mis|su|sus|my|our|minha|meu|meus|minhas|nuestra|nuestro|nuestros|nuestras|nossa|nosso|nossos|nossas";
const RELATIVE = new RegExp(
  `\\b(?:${POSSESSIVE})\\s+(?:(${COUNT})\\s+)?(?:(${RELATIVE_PAIRS})|(${RELATIVE_PLURAL})|(${RELATIVE_SINGULAR}))\\b`,
  "g",
);
// "mi hermana nos recomendo…", "mi novio estuvo el año pasado": relatives who are not coming.
const NOT_COMING_AFTER =
  /^\s+(?:(?:me|nos|te)\s+(?:recomendo|recomendaron|paso|pasaron|dijo|dijeron|conto|contaron|hablo|hablaron)|estuvo|estuvieron|se\s+quedo|se\s+quedaron|fue|fueron|vino|vinieron|reservo|reservaron|recommended|stayed|told)\b/;
const FOR_SOMEONE_ELSE = /\b(?:para|for|pra)\s+$/;

function relativeCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(text); m !== null; m = RELATIVE.exec(text)) {
    if (NOT_COMING_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    const count = m[1] === undefined ? null : countValue(m[1]);
    const people = m[2] !== undefined ? (count ?? 2) : m[3] !== undefined ? count : (count ?? 1);
    const children = m[3] !== undefined && /^(?:hij|nen|chic|kid|child|son|daught|filh|niet|sobrin)/.test(m[3]) ? people : 0;
    found.push({ at: m.index, end: m.index + m[0].length, people, children: children ?? 0, viaPara: false });
  }
  if (found.length === 0) return [];
  // Relatives listed together ("mi hermana y su novio") are one party: merge neighbours.
  const parties: Candidate[] = [];
  for (const relative of found) {
    const last = parties[parties.length - 1];
    if (last && /^\s*(?:,|y|e|and|con|with|com|\+)?\s*$/.test(text.slice(last.end, relative.at))) {
      last.end = relative.end;
      last.people = last.people === null || relative.people === null ? null : last.people + relative.people;
      last.children += relative.children;
    } else {
      parties.push({ ...relative });
    }
  }
  for (const party of parties) {
    const forOthers = FOR_SOMEONE_ELSE.test(text.slice(Math.max(0, party.at - 6), party.at));
    if (party.people !== null && !forOthers) party.people += 1;
  }
  return parties;
}

// "hablar con una persona" names someone to talk to; "para una persona" is a party of one.
const LONE_PERSON = /^(?:un|una|uno|um|uma|one|a)\s+(?:persona|person|pessoa|adulto|adulta|adult|huesped|guest)\b/;
const COUNTS_ONE_AFTER = /\b(?:para|for|pra|por|de|somos|seriamos|seremos|sera|seria|solo|only|just|sou|soy|es)\s+$/;

const NEGATED_BEFORE = /\b(?:no|ni|not|nao)\s+(?:(?:somos|eramos|seriamos|son|were|are|sao)\s+)?$/;
const COMPARISON = /\b(?:mismo|misma|igual|diferencia|distinto|distinta|cambia|varia|same|different|difference|mesmo|diferente)\b|\bo\s+para\b|\bor\s+for\b|\bvs\b/;

function collect(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  const push = (candidate: Candidate) => {
    if (NEGATED_BEFORE.test(text.slice(Math.max(0, candidate.at - 14), candidate.at))) return;
    candidates.push(candidate);
  };

  ITEM_START.lastIndex = 0;
  let chainEnd = -1;
  for (let m = ITEM_START.exec(text); m !== null; m = ITEM_START.exec(text)) {
    if (m.index < chainEnd) continue;
    if (LONE_PERSON.test(m[0]) && !COUNTS_ONE_AFTER.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const chain = readChain(text, m.index, null);
    if (!chain) continue;
    chainEnd = chain.end;
    push({ at: m.index, end: chain.end, people: chain.people, children: chain.children, viaPara: false });
  }
  for (const [pattern, viaPara] of [[WE_ARE_COUNT, false], [FOR_COUNT, true]] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const numberAt = m.index + m[0].length - m[1]!.length;
      // "somos 2 adultos y 2 nenes" is read as a chain from the number instead.
      if (readItem(text, numberAt) || ARTICLE_ONE.test(m[1]!)) continue;
      const base = { people: countValue(m[1]!), children: 0 };
      const chain = readChain(text, m.index + m[0].length, base)!;
      push({ at: m.index, end: chain.end, people: chain.people, children: chain.children, viaPara });
    }
  }
  ALONE.lastIndex = 0;
  for (let m = ALONE.exec(text); m !== null; m = ALONE.exec(text)) {
    push({ at: m.index, end: m.index + m[0].length, people: 1, children: 0, viaPara: false });
  }
  for (const relative of relativeCandidates(text)) push(relative);
  if (candidates.length > 0) {
    CORRECTED_COUNT.lastIndex = 0;
    for (let m = CORRECTED_COUNT.exec(text); m !== null; m = CORRECTED_COUNT.exec(text)) {
      push({ at: m.index, end: m.index + m[0].length, people: countValue(m[1]!), children: 0, viaPara: false });
    }
  }
  return dropContained(candidates);
}

/** Removes candidates that lie inside a longer one ("2 hijos" inside "con mi esposa y mis 2 hijos"). */
function dropContained(candidates: Candidate[]): Candidate[] {
  return candidates
    .filter((c) => !candidates.some((o) => o !== c && o.at <= c.at && o.end >= c.end && o.end - o.at > c.end - c.at))
    .sort((a, b) => a.end - b.end || a.at - b.at);
}

/** Guest count of a normalized message; null when no count is given or counts are only compared. */
export function readGuests(normalized: string): GuestCount {
  const text = maskNonGuests(normalized);
  const candidates = collect(text);
  if (candidates.length === 0) return { guests: null, children: null };
  const viaPara = new Set(candidates.filter((c) => c.viaPara).map((c) => c.people));
  if (viaPara.size > 1 && COMPARISON.test(text)) return { guests: null, children: null };
  const chosen = candidates[candidates.length - 1]!;
  const guests = chosen.people !== null && chosen.people >= 1 && chosen.people <= 60 ? chosen.people : null;
  return { guests, children: guests !== null && chosen.children > 0 ? chosen.children : null };
}
