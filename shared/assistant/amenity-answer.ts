import type { Amenity } from "../nlu/index";
import type { Lang } from "./templates";

const NAMES: Record<Lang, Record<Amenity, string>> = {
  es: { wifi: "wifi", pileta: "pileta", pet_friendly: "lugar para mascotas", cochera: "cochera", parrilla: "parrilla", aire: "aire acondicionado" },
  pt: { wifi: "wi-fi", pileta: "piscina", pet_friendly: "espaço para pets", cochera: "garagem", parrilla: "churrasqueira", aire: "ar-condicionado" },
  en: { wifi: "wifi", pileta: "a pool", pet_friendly: "pets welcome", cochera: "parking", parrilla: "a barbecue", aire: "air conditioning" },
};

const list = (items: string[], lang: Lang) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${{ es: "y", pt: "e", en: "and" }[lang]} ${items.at(-1)}`;

/**
 * Answers "tienen cochera?" with what was asked: a yes for what the place has, and for what it
 * lacks, a plain no followed by what it does have (never a flat no). With nothing specific asked,
 * it lists everything. Null when the place lists no amenities at all: a person should answer.
 * `askDates` adds "which dates?" for a guest who has not said them yet.
 */
export function amenityAnswer(asked: Amenity[], available: Amenity[], lang: Lang, { askDates = true }: { askDates?: boolean } = {}): string | null {
  if (available.length === 0) return null;
  const names = (items: Amenity[]) => list(items.map((item) => NAMES[lang][item]), lang);
  const next = askDates ? ` ${{ es: "¿Para qué fechas buscás?", pt: "Para quais datas?", en: "Which dates are you looking at?" }[lang]}` : "";
  if (asked.length === 0) return `${{ es: "Tenemos", pt: "Temos", en: "We have" }[lang]} ${names(available)} ✨${next}`;
  const have = asked.filter((item) => available.includes(item));
  const missing = asked.filter((item) => !available.includes(item));
  const others = available.filter((item) => !asked.includes(item));
  const parts: string[] = [];
  if (have.length > 0) parts.push(`${{ es: "¡Sí! Tenemos", pt: "Sim! Temos", en: "Yes! We have" }[lang]} ${names(have)} ✨`);
  if (missing.length > 0) {
    const no = { es: `${names(missing)} no tenemos 😕`, pt: `${names(missing)} não temos 😕`, en: `we don't have ${names(missing)} 😕` }[lang];
    const but = others.length > 0 ? `, ${{ es: "pero sí", pt: "mas temos", en: "but we do have" }[lang]} ${names(others)}.` : ".";
    parts.push(`${no.charAt(0).toUpperCase()}${no.slice(1)}${but}`);
  }
  return `${parts.join(" ")}${next}`;
}
