/**
 * The kind of unit and the amenities a message is about (NLU.md "unit_type" and "amenities"),
 * read from a normalized message through each language's synonyms.
 */

/** Unit kinds the platform lists. */
export type UnitType = "cabana" | "departamento" | "casa";

/** Amenities the assistant can answer about, in their canonical order. */
export const AMENITIES = ["wifi", "pileta", "pet_friendly", "cochera", "parrilla", "aire"] as const;
export type Amenity = (typeof AMENITIES)[number];

const UNIT_PATTERNS: ReadonlyArray<readonly [UnitType, RegExp]> = [
  ["cabana", /\b(?:cabanas?|cabanitas?|chales?|chalets?|cabins?|cabanhas?)\b/g],
  [
    "departamento",
    /\b(?:departamentos?|deptos?|dptos?|dto|monoambientes?|apartments?|apartamentos?|aptos?|flats?|lofts?)\b/g,
  ],
  // "en casa", "de casa", "house rules" are home and rules, not a kind of unit.
  ["casa", /(?<!\b(?:en|de|a|mi|tu|su|em|pra)\s)\b(?:casas?|casitas?|casa\s+quinta)\b/g],
  // Portuguese "a casa" is home too, but not when it is what the guest wants or picks.
  ["casa", /\b(?:quero|queremos|prefiro|preferimos|escolho|escolhemos|fico\s+com|ficamos\s+com|reservar|reserva)\s+a\s+casa\b/g],
  ["casa", /(?<!\b(?:at|from|back|my|your)\s)\bhouses?\b(?!\s+rules)/g],
];

const AMENITY_PATTERNS: Readonly<Record<Amenity, RegExp>> = {
  wifi: /\b(?:wi\s?-?\s?fi|wifi|internet)\b/g,
  pileta: /\b(?:piletas?|piscinas?|pools?|swimming)\b/g,
  pet_friendly:
    /\b(?:mascotas?|mascotitas?|perros?|perritos?|perras?|perrita|gatos?|gatitos?|cachorros?|cachorras?|cachorrito|animales|animalitos|pet\s?-?friendly|pets?|dogs?|doggy|puppy|puppies|cats?|animais)\b/g,
  cochera:
    /\b(?:cocheras?|estacionamientos?|estacionar|estaciono|garages?|garajes?|garagem|parking|estacionamento|vaga\s+(?:de|para|pro)\s+(?:garagem|carro|auto)|lugar\s+para\s+(?:(?:el|los|\d+|dos|tres|un|mi|la|las|nuestro|nuestros)\s+){0,2}(?:autos?|coches?|carros?|camionetas?|vehiculos?)|donde\s+(?:dejar|estacionar|guardar)\s+(?:el|los|la)?\s*(?:autos?|coches?|camionetas?)|(?:dejar|guardar)\s+(?:el|los|la)\s+(?:autos?|coches?|camionetas?)|park\s+(?:the|my|our|a)?\s*(?:car|cars|vehicle)|where\s+(?:can|do|should)\s+(?:i|we)\s+park)\b/g,
  parrilla: /\b(?:parrillas?|parri|asador(?:es)?|bbq|barbacoa|barbecue|churrasqueiras?|grill|hacer\s+(?:un\s+)?asado)\b/g,
  aire:
    /\b(?:aire\s+acondicionado|aires?\s+acondicionados?|aires?|a\/c|ac|air\s+conditioning|air\s+conditioner|aircon|ar\s+condicionado|ar-condicionado|split)\b(?!\s+libre)/g,
};

// "no necesito cochera", "we don't need parking": the guest rules an amenity out.
const NOT_WANTED_BEFORE =
  /\b(?:no\s+(?:necesito|necesitamos|hace\s+falta|nos\s+hace\s+falta|me\s+importa|nos\s+importa|requiero|llevamos|tenemos|traemos|vamos\s+con|viajamos\s+con|voy\s+con|viajo\s+con)|don'?t\s+(?:need|have|bring)|do\s+not\s+(?:need|have|bring)|no\s+need\s+for|nao\s+(?:preciso|precisamos|temos|levamos|vamos\s+levar)|sin\s+necesidad\s+de)\s+(?:\w+\s+){0,2}$/;

// "no quiero depto", "no es un depto": the guest rules a unit kind out. Plain "no" is also
// Portuguese "in the" ("no apartamento"), so a verb must follow it.
const NEGATED_UNIT_BEFORE =
  /\b(?:(?:no|nao)\s+(?:quiero|queremos|busco|buscamos|necesito|necesitamos|me\s+interesa|nos\s+interesa|me\s+sirve|nos\s+sirve|quero|preciso|precisamos|es|era|sea|e)|ni|not|don'?t\s+want)\s+(?:\w+\s+){0,2}$/;
const ALTERNATIVE_BETWEEN = /^\s*(?:o|or|ou|u|\/)\s*(?:(?:un|una|a|an|uma|um|el|la)\s+)?$/;

/** The unit kind the guest asks for: the last one not ruled out; null when none, or when offered as alternatives. */
export function readUnitType(normalized: string): UnitType | null {
  const mentions: Array<{ at: number; end: number; type: UnitType }> = [];
  for (const [type, pattern] of UNIT_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(normalized); m !== null; m = pattern.exec(normalized)) {
      if (NEGATED_UNIT_BEFORE.test(normalized.slice(Math.max(0, m.index - 24), m.index))) continue;
      mentions.push({ at: m.index, end: m.index + m[0].length, type });
    }
  }
  if (mentions.length === 0) return null;
  mentions.sort((a, b) => a.at - b.at);
  const last = mentions[mentions.length - 1]!;
  const before = mentions[mentions.length - 2];
  if (before && before.type !== last.type && ALTERNATIVE_BETWEEN.test(normalized.slice(before.end, last.at))) return null;
  return last.type;
}

/** The amenities the message asks about, requires or complains about, in canonical order. */
export function readAmenities(normalized: string): Amenity[] {
  return AMENITIES.filter((amenity) => {
    const pattern = AMENITY_PATTERNS[amenity];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(normalized); m !== null; m = pattern.exec(normalized)) {
      if (!NOT_WANTED_BEFORE.test(normalized.slice(Math.max(0, m.index - 40), m.index))) return true;
    }
    return false;
  });
}
