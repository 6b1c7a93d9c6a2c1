/**
 * Answers a question about the rules (NLU intent `politicas`) from the tenant's settings:
 * check-in and check-out times, minimum stay, deposit percent and capacity come from the unit
 * being discussed (or the first unit); the cancellation policy and house rules are the owner's
 * own words. Null when the question is about something not on file: a person answers then.
 */
import { formatClock } from "./format";
import type { Lang } from "./templates";

export interface HouseRules {
  checkInTime: string;
  checkOutTime: string;
  minStay: number;
  depositPercent: number;
  capacity: number;
  cancellationPolicy: string | null;
  houseRules: string | null;
}

const TOPICS = {
  times: /\b(?:check\s?-?in|check\s?-?out|checkin|checkout|hora|horas|horario|entrar|entrada|ingreso|ingresar|salir|salida|egreso|irnos|irse|llegar|llegada|time|arrive|arrival|leave|chegada|saida|sair|chegar|horario)\b/,
  minStay: /\b(?:minim[oa]s?|minimum|noche\s+sola|una\s+noche|1\s+noche|one\s+night|uma\s+noite)\b/,
  deposit: /\b(?:sena|senas|deposit|sinal|adelanto|anticipo|porcentaje|percent|porcentagem)\b/,
  cancellation: /\b(?:cancel\w*|devuel\w*|devolucion|reembols\w*|refund\w*|reintegr\w*|pierdo|perdemos|suspend\w*|no\s+vamos)\b/,
  children: /\b(?:chicos|ninos|ninas|nenes|menores|bebes|kids|children|babies|criancas)\b/,
  house: /\b(?:fumar|fuma|smok\w*|fiestas?|party|parties|eventos?|visitas?|visitantes|visitors?|amigos|friends|invitados|dni|documentos?|pasaporte|passports?|id|ids|ruidos?|silencio|quiet|musica|reglas|normas|rules|regras|festa|festas)\b/,
} as const;

const say = {
  times: (r: HouseRules) => ({
    es: `Check-in desde las ${r.checkInTime} y check-out hasta las ${r.checkOutTime}.`,
    pt: `Check-in a partir das ${r.checkInTime} e check-out até as ${r.checkOutTime}.`,
    en: `Check-in is from ${formatClock(r.checkInTime, "en")} and check-out by ${formatClock(r.checkOutTime, "en")}.`,
  }),
  minStay: (r: HouseRules) =>
    r.minStay <= 1
      ? { es: "No hay estadía mínima: podés venir una sola noche.", pt: "Não há estadia mínima: pode ser uma noite só.", en: "There's no minimum stay: a single night is fine." }
      : { es: `La estadía mínima es de ${r.minStay} noches.`, pt: `A estadia mínima é de ${r.minStay} noites.`, en: `The minimum stay is ${r.minStay} nights.` },
  deposit: (r: HouseRules) => ({
    es: `Para reservar se abona una seña del ${r.depositPercent}%.`,
    pt: `Para reservar, paga-se um sinal de ${r.depositPercent}%.`,
    en: `A ${r.depositPercent}% deposit confirms the booking.`,
  }),
  children: (r: HouseRules) => ({
    es: `Los chicos son bienvenidos y cuentan como huéspedes: hasta ${r.capacity} personas en total.`,
    pt: `Crianças são bem-vindas e contam como hóspedes: até ${r.capacity} pessoas no total.`,
    en: `Children are welcome and count as guests: up to ${r.capacity} people in total.`,
  }),
};

const lead = {
  cancellation: { es: "Sobre cancelaciones:", pt: "Sobre cancelamentos:", en: "Our cancellation policy:" },
  house: { es: "Las normas de la casa:", pt: "As regras da casa:", en: "House rules:" },
};

/** The answer to a rules question in `lang`, or null when it asks about something not on file. */
export function rulesAnswer(question: string, rules: HouseRules, lang: Lang): string | null {
  let asked = (Object.keys(TOPICS) as Array<keyof typeof TOPICS>).filter((topic) => TOPICS[topic].test(question));
  // "¿si cancelo me devuelven la seña?" asks about cancelling, not how much the deposit is.
  if (asked.includes("cancellation")) asked = asked.filter((topic) => topic !== "deposit");
  const parts: string[] = [];
  for (const topic of asked) {
    if (topic === "cancellation" || topic === "house") {
      const text = topic === "cancellation" ? rules.cancellationPolicy : rules.houseRules;
      if (!text) return null;
      parts.push(`${lead[topic][lang]} ${text}`);
    } else {
      parts.push(say[topic](rules)[lang]);
    }
  }
  // Nothing specific: the essentials, which every unit has.
  if (parts.length === 0) {
    parts.push(say.times(rules)[lang], say.minStay(rules)[lang], say.deposit(rules)[lang]);
    if (rules.cancellationPolicy) parts.push(`${lead.cancellation[lang]} ${rules.cancellationPolicy}`);
  }
  return `${parts.join(" ")} 🙂`;
}
