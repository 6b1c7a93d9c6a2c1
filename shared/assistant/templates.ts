/**
 * What the assistant says, per language, in the voice of an Argentine front desk: voseo, short,
 * one step per message, a few emojis, and never a bare "no" without something to try instead.
 * Every message exists in the three languages; money and dates arrive already written the
 * guest's way (format.ts).
 */
export type Lang = "es" | "pt" | "en";

/** One stay on offer, written for the guest. */
export interface OfferLine {
  name: string;
  nightly: string;
  total: string;
  /** Written only when the stay's dates differ from the ones asked for (an alternative). */
  dates?: string;
  /** Written only when the party size is unknown: the price holds up to this many people. */
  upTo?: number;
}

const perNight: Record<Lang, string> = { es: "noche", pt: "noite", en: "night" };
const upTo = (n: number, lang: Lang) => ({ es: `hasta ${n} personas`, pt: `até ${n} pessoas`, en: `up to ${n} guests` })[lang];

/** A stay's dates opening a sentence: "Del 10 al 13/3 tengo…", "De 10 a 13/3 tenho…". */
function sentence(dates: string): string {
  return dates.charAt(0).toUpperCase() + dates.slice(1);
}

function offerLine(o: OfferLine, lang: Lang) {
  const when = o.dates ? ` ${o.dates}` : "";
  const who = o.upTo ? `, ${upTo(o.upTo, lang)}` : "";
  return `${o.name}${when}: ${o.nightly}/${perNight[lang]} (total ${o.total}${who})`;
}

/** A service package one of the stays on offer fits, written for the guest. */
export interface PackageLine {
  name: string;
  /** The unit the package is for, by its name. */
  unit: string;
  nights: number;
  /** What the package includes besides the nights, in the guest's language. */
  extras: readonly string[];
  total: string;
}

// The article a unit's name takes after "en"/"em" when its first word says what it is ("en la
// Cabaña Coihue", "no Depto Lago"); any other name goes without one ("en Coihue").
const FEMININE_FIRST = /^(?:cabana|cabanita|casa|casita|suite|habitacion|posada|quinta|hosteria)$/;
const MASCULINE_FIRST = /^(?:depto|dpto|departamento|apartamento|apto|monoambiente|loft|chalet|chale|bungalow|duplex|refugio)$/;

function unitPlace(unit: string, lang: Lang): string {
  if (lang === "en") return `at ${unit}`;
  const first = unit.split(/\s+/)[0]!.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const feminine = FEMININE_FIRST.test(first);
  const masculine = MASCULINE_FIRST.test(first);
  if (lang === "pt") return `${feminine ? "na" : masculine ? "no" : "em"} ${unit}`;
  return `en ${feminine ? "la " : masculine ? "el " : ""}${unit}`;
}

const nightCount = (n: number, lang: Lang) => `${n} ${{ es: n === 1 ? "noche" : "noches", pt: n === 1 ? "noite" : "noites", en: n === 1 ? "night" : "nights" }[lang]}`;

/** "el paquete Escapada romántica en la Cabaña Coihue: 2 noches con desayuno y late check-out por $150.000" */
function packageLine(p: PackageLine, lang: Lang): string {
  const withWord = { es: "con", pt: "com", en: "with" }[lang];
  const and = { es: "y", pt: "e", en: "and" }[lang];
  const extras = p.extras.length === 0 ? "" : ` ${withWord} ${p.extras.length === 1 ? p.extras[0] : `${p.extras.slice(0, -1).join(", ")} ${and} ${p.extras.at(-1)}`}`;
  const what = `${nightCount(p.nights, lang)}${extras}`;
  if (lang === "en") return `the ${p.name} package ${unitPlace(p.unit, lang)}: ${what} for ${p.total}`;
  return `${lang === "pt" ? "o pacote" : "el paquete"} ${p.name} ${unitPlace(p.unit, lang)}: ${what} por ${p.total}`;
}

const numbered = (offers: readonly OfferLine[], lang: Lang) => offers.map((o, i) => `${i + 1}. ${offerLine(o, lang)}`).join("\n");

export const TEMPLATES = {
  greeting: {
    es: "¡Hola! 👋 Soy el asistente de reservas. ¿Para qué fechas y cuántas personas estás buscando?",
    pt: "Olá! 👋 Sou o assistente de reservas. Para quais datas e quantas pessoas você procura?",
    en: "Hi! 👋 I'm the booking assistant. Which dates and how many guests are you looking for?",
  },
  welcomeBack: {
    es: (name: string) => `¡Hola ${name}! 👋 Qué bueno tenerte de vuelta. ¿Para qué fechas y cuántas personas?`,
    pt: (name: string) => `Olá, ${name}! 👋 Que bom ter você de volta. Para quais datas e quantas pessoas?`,
    en: (name: string) => `Hi ${name}! 👋 Great to have you back. Which dates and how many guests?`,
  },
  /** Ahead of the first answer to a returning guest who did not open with a greeting. */
  welcomeBackLead: {
    es: (name: string) => `¡Hola ${name}! 👋 Qué bueno tenerte de vuelta.`,
    pt: (name: string) => `Olá, ${name}! 👋 Que bom ter você de volta.`,
    en: (name: string) => `Hi ${name}! 👋 Great to have you back.`,
  },
  askDates: {
    es: "¡Genial! ¿Qué fechas tenés en mente? Decime día de llegada y de salida (por ej. del 5 al 8/1) 📅",
    pt: "Ótimo! Quais datas você tem em mente? Me diga o dia de chegada e de saída (ex.: de 5 a 8/1) 📅",
    en: "Great! Which dates do you have in mind? Tell me your arrival and departure days (e.g. Jan 5 to 8) 📅",
  },
  askDaysInMonth: {
    es: (month: string) => `¡Dale! ¿Qué días de ${month}? Decime llegada y salida (por ej. del 10 al 15) 📅`,
    pt: (month: string) => `Claro! Quais dias de ${month}? Me diga chegada e saída (ex.: de 10 a 15) 📅`,
    en: (month: string) => `Sure! Which days in ${month}? Tell me arrival and departure (e.g. the 10th to the 15th) 📅`,
  },
  askGuests: {
    es: "¿Cuántas personas serían, contando chicos? 👨‍👩‍👧",
    pt: "Quantas pessoas seriam, contando as crianças? 👨‍👩‍👧",
    en: "How many guests, children included? 👨‍👩‍👧",
  },
  /**
   * One stay found: it is proposed, so a plain "dale" takes it. With a package it fits, the
   * package is what the question proposes (a "dale" takes it); "sin paquete" or the unit's name
   * takes the nights alone.
   */
  oneOffer: {
    es: (o: OfferLine, dates: string, minutes: number, p?: PackageLine) =>
      `${sentence(dates)} tenemos ${offerLine(o, "es")}. ` +
      (p ? `También tengo ${packageLine(p, "es")}. ¿Te reservo el paquete por ${minutes} min? Si preferís solo las noches, decime «sin paquete» 🙂` : `¿Te reservo por ${minutes} min?`),
    pt: (o: OfferLine, dates: string, minutes: number, p?: PackageLine) =>
      `${sentence(dates)} temos ${offerLine(o, "pt")}. ` +
      (p ? `Também tenho ${packageLine(p, "pt")}. Quer que eu reserve o pacote por ${minutes} min? Se preferir só as noites, me diga «sem pacote» 🙂` : `Quer que eu reserve por ${minutes} min?`),
    en: (o: OfferLine, dates: string, minutes: number, p?: PackageLine) =>
      `For ${dates} we have ${offerLine(o, "en")}. ` +
      (p ? `I also have ${packageLine(p, "en")}. Shall I hold the package for you for ${minutes} min? If you'd rather have just the nights, say "no package" 🙂` : `Shall I hold it for you for ${minutes} min?`),
  },
  /** Several stays found; a package one of them fits is offered inside the question, with its unit. */
  offers: {
    es: (offers: readonly OfferLine[], dates: string, p?: PackageLine) =>
      `${sentence(dates)} tengo:\n${numbered(offers, "es")}\n¿Cuál te reservo? ` +
      (p ? `También tengo ${packageLine(p, "es")}. Decime el número, el nombre o «el paquete» 🙂` : "Decime el número o el nombre 🙂"),
    pt: (offers: readonly OfferLine[], dates: string, p?: PackageLine) =>
      `${sentence(dates)} tenho:\n${numbered(offers, "pt")}\nQual eu reservo? ` +
      (p ? `Também tenho ${packageLine(p, "pt")}. Me diga o número, o nome ou «o pacote» 🙂` : "Me diga o número ou o nome 🙂"),
    en: (offers: readonly OfferLine[], dates: string, p?: PackageLine) =>
      `For ${dates} I have:\n${numbered(offers, "en")}\nWhich one should I hold for you? ` +
      (p ? `I also have ${packageLine(p, "en")}. Tell me the number, the name or "the package" 🙂` : "Tell me the number or the name 🙂"),
  },
  /** A returning guest's tier discount, said once ahead of the stays it was already taken off. */
  loyaltyInPrices: {
    es: (tier: string, percent: string) => `Como huésped ${tier} tenés ${percent} de descuento, ya descontado en estos precios 🎁`,
    pt: (tier: string, percent: string) => `Como hóspede ${tier}, você tem ${percent} de desconto, já descontado nestes preços 🎁`,
    en: (tier: string, percent: string) => `Your ${tier} tier gives you ${percent} off, already taken off these prices 🎁`,
  },
  /** Nothing free as asked, but other dates or other units are. */
  alternatives: {
    es: (offers: readonly OfferLine[], dates: string) => `${sentence(dates)} no me queda lugar 😕 Pero tengo:\n${numbered(offers, "es")}\n¿Te sirve alguna? Decime el número.`,
    pt: (offers: readonly OfferLine[], dates: string) => `${sentence(dates)} não tenho vaga 😕 Mas tenho:\n${numbered(offers, "pt")}\nAlguma serve? Me diga o número.`,
    en: (offers: readonly OfferLine[], dates: string) => `${dates} is fully booked 😕 But I have:\n${numbered(offers, "en")}\nDoes any of these work? Tell me the number.`,
  },
  nothingFree: {
    es: (dates: string) => `Uy, para ${dates} no me queda lugar, ni una semana antes o después 😕 ¿Querés que te pase con alguien del equipo?`,
    pt: (dates: string) => `Poxa, para ${dates} não tenho vaga, nem uma semana antes ou depois 😕 Quer que eu te passe para alguém da equipe?`,
    en: (dates: string) => `Sorry, ${dates} is fully booked, and so is the week around it 😕 Would you like me to put you through to the team?`,
  },
  minStay: {
    es: (nights: number, o: OfferLine, dates: string) => `El mínimo es de ${nights} noches: ¿te sirve ${dates}? ${offerLine(o, "es")}.`,
    pt: (nights: number, o: OfferLine, dates: string) => `O mínimo é de ${nights} noites: serve ${dates}? ${offerLine(o, "pt")}.`,
    en: (nights: number, o: OfferLine, dates: string) => `The minimum stay is ${nights} nights: would ${dates} work? ${offerLine(o, "en")}.`,
  },
  minStayNoAlternative: {
    es: (nights: number) => `El mínimo es de ${nights} noches 🙂 ¿Qué fechas te servirían?`,
    pt: (nights: number) => `O mínimo é de ${nights} noites 🙂 Quais datas serviriam?`,
    en: (nights: number) => `The minimum stay is ${nights} nights 🙂 Which dates would work for you?`,
  },
  overCapacity: {
    es: (guests: number, max: number) => `Para ${guests} personas no tengo lugar: la unidad más grande es para ${max} 😕 ¿Les sirve dividirse en dos unidades? Te paso con alguien del equipo si querés.`,
    pt: (guests: number, max: number) => `Para ${guests} pessoas não tenho vaga: a maior unidade é para ${max} 😕 Dá para dividir em duas unidades? Posso te passar para alguém da equipe.`,
    en: (guests: number, max: number) => `I have nothing for ${guests} guests: the largest unit sleeps ${max} 😕 Could you split into two units? I can put you through to the team.`,
  },
  /** Several offers fit the guest's words: one short question naming them. */
  whichOne: {
    es: (names: readonly string[]) => `¿Cuál querés: ${joinNames(names, "es")}?`,
    pt: (names: readonly string[]) => `Qual você quer: ${joinNames(names, "pt")}?`,
    en: (names: readonly string[]) => `Which one would you like: ${joinNames(names, "en")}?`,
  },
  /** The guest asked for a kind of unit none of the offers is ("quero a casa" among cabins). */
  noneOfKind: {
    es: (kind: string, names: readonly string[]) =>
      names.length === 1 ? `Para esas fechas no tengo ${kind} libre; lo que tengo es ${names[0]}. ¿Te la reservo?` : `Para esas fechas no tengo ${kind} libre; lo que tengo es ${joinNames(names, "es")}. ¿Cuál querés?`,
    pt: (kind: string, names: readonly string[]) =>
      names.length === 1 ? `Para essas datas não tenho ${kind} livre; o que tenho é ${names[0]}. Quer que eu reserve?` : `Para essas datas não tenho ${kind} livre; o que tenho é ${joinNames(names, "pt")}. Qual você quer?`,
    en: (kind: string, names: readonly string[]) =>
      names.length === 1 ? `I have no ${kind} free for those dates; what I have is ${names[0]}. Shall I hold it?` : `I have no ${kind} free for those dates; what I have is ${joinNames(names, "en")}. Which one would you like?`,
  },
  /** A kind of unit as the guest would say it, after "no tengo …". */
  kindName: {
    es: { cabana: "cabaña", departamento: "departamento", casa: "casa" },
    pt: { cabana: "cabana", departamento: "apartamento", casa: "casa" },
    en: { cabana: "cabin", departamento: "apartment", casa: "house" },
  },
  askGuestDetails: {
    es: "¡Perfecto! ¿A nombre de quién hago la reserva? Pasame también un teléfono o email 📝",
    pt: "Perfeito! Em nome de quem faço a reserva? Me passe também um telefone ou e-mail 📝",
    en: "Perfect! Whose name should the booking be under? Please also send me a phone number or email 📝",
  },
  /**
   * Right after a choice, the choice said back (unit, dates, total) before asking for what is
   * missing: "la más barata" or "la segunda" should not leave the guest guessing which one it was.
   */
  choiceTaken: {
    es: (unit: string, stay: string, total: string) => `${unit}, ${stay}: ${total} en total.`,
    pt: (unit: string, stay: string, total: string) => `${unit}, ${stay}: ${total} no total.`,
    en: (unit: string, stay: string, total: string) => `${unit}, ${stay}: ${total} in total.`,
  },
  /** The guest agreed ("dale", "ok") but sent no phone or email yet: what is missing, not the same question again. */
  contactStillNeeded: {
    es: "¡Genial! Para guardártela solo me falta un teléfono o email 📝",
    pt: "Ótimo! Para eu segurar só falta um telefone ou e-mail 📝",
    en: "Great! To hold it I just need a phone number or email 📝",
  },
  askContact: {
    es: (name: string) => `¡Gracias, ${name}! ¿Me pasás un teléfono o email de contacto? 📝`,
    pt: (name: string) => `Obrigado, ${name}! Me passa um telefone ou e-mail de contato? 📝`,
    en: (name: string) => `Thanks, ${name}! Could you send me a phone number or email? 📝`,
  },
  /** A returning guest's tier discount, said before the hold it was taken off. */
  loyaltyDiscount: {
    es: (tier: string, percent: string, total: string, before: string) => `Como huésped ${tier} tenés ${percent} de descuento: ${total} en lugar de ${before} 🎁`,
    pt: (tier: string, percent: string, total: string, before: string) => `Como hóspede ${tier}, você tem ${percent} de desconto: ${total} em vez de ${before} 🎁`,
    en: (tier: string, percent: string, total: string, before: string) => `As a ${tier} guest you get ${percent} off: ${total} instead of ${before} 🎁`,
  },
  held: {
    es: (name: string, percent: number, deposit: string, url: string, expiry: string) =>
      `¡Listo! Te guardo ${name} ⏳ Seña ${percent}%: ${deposit}. Pagá acá: ${url}. Vence ${expiry}.`,
    pt: (name: string, percent: number, deposit: string, url: string, expiry: string) =>
      `Pronto! Seguro ${name} para você ⏳ Sinal de ${percent}%: ${deposit}. Pague aqui: ${url}. Vence às ${expiry}.`,
    en: (name: string, percent: number, deposit: string, url: string, expiry: string) =>
      `Done! ${name} is held for you ⏳ ${percent}% deposit: ${deposit}. Pay here: ${url}. It expires at ${expiry}.`,
  },
  /** Held, but there is no way to pay online: a person sends how to pay. */
  heldAwaitingPaymentDetails: {
    es: (name: string, percent: number, deposit: string, expiry: string) =>
      `¡Listo! Te guardo ${name} hasta las ${expiry} ⏳ La seña es del ${percent}%: ${deposit}. Alguien del equipo te escribe enseguida con los datos para pagarla.`,
    pt: (name: string, percent: number, deposit: string, expiry: string) =>
      `Pronto! Seguro ${name} até às ${expiry} ⏳ O sinal é de ${percent}%: ${deposit}. Alguém da equipe te escreve já já com os dados para pagar.`,
    en: (name: string, percent: number, deposit: string, expiry: string) =>
      `Done! ${name} is held for you until ${expiry} ⏳ The deposit is ${percent}%: ${deposit}. Someone from the team will message you shortly with how to pay it.`,
  },
  depositAnswer: {
    es: (percent: number, deposit: string, name: string, total: string) => `La seña es del ${percent}%: ${deposit} para ${name} (total ${total}). ¿Te la reservo?`,
    pt: (percent: number, deposit: string, name: string, total: string) => `O sinal é de ${percent}%: ${deposit} para ${name} (total ${total}). Quer que eu reserve?`,
    en: (percent: number, deposit: string, name: string, total: string) => `The deposit is ${percent}%: ${deposit} for ${name} (total ${total}). Shall I hold it?`,
  },
  confirmed: {
    es: (code: string, checkIn: string, checkOut: string, place: string) => `✅ ¡Confirmado! Código ${code}. Check-in ${checkIn}, check-out ${checkOut}. Te esperamos en ${place}.`,
    pt: (code: string, checkIn: string, checkOut: string, place: string) => `✅ Confirmado! Código ${code}. Check-in ${checkIn}, check-out ${checkOut}. Esperamos você em ${place}.`,
    en: (code: string, checkIn: string, checkOut: string, place: string) => `✅ Confirmed! Code ${code}. Check-in ${checkIn}, check-out ${checkOut}. See you at ${place}.`,
  },
  handOff: {
    es: "Dale, te paso con alguien del equipo que te responde enseguida 🙌",
    pt: "Certo, vou te passar para alguém da equipe que responde já já 🙌",
    en: "Sure, I'm passing you to someone from the team who'll answer shortly 🙌",
  },
  /** The guest wrote again while waiting for staff: said once, then the assistant stays quiet. */
  stillWithTeam: {
    es: "Ya le avisé al equipo, te responden en breve 🙌",
    pt: "Já avisei a equipe, eles te respondem em breve 🙌",
    en: "I've already let the team know, they'll reply shortly 🙌",
  },
  paymentTrouble: {
    es: "Veo que el pago no pasó dos veces 😕 Te paso con alguien del equipo para ayudarte con otra forma de pago.",
    pt: "Vi que o pagamento não passou duas vezes 😕 Vou te passar para alguém da equipe ajudar com outra forma de pagamento.",
    en: "I can see the payment didn't go through twice 😕 I'm passing you to someone from the team to help with another way to pay.",
  },
  voiceNeedsText: {
    es: "¡Gracias por el audio! 🎧 Por acá todavía no puedo escucharlos, ¿me lo escribís así te ayudo al toque?",
    pt: "Obrigado pelo áudio! 🎧 Por aqui ainda não consigo ouvir áudios, pode me escrever para eu te ajudar?",
    en: "Thanks for the voice note! 🎧 I can't listen to audio here yet, could you type it so I can help right away?",
  },
  voiceUnclear: {
    es: "No llegué a entender bien el audio 🙈 Te paso con alguien del equipo que lo escucha y te responde enseguida.",
    pt: "Não consegui entender bem o áudio 🙈 Vou te passar para alguém da equipe que escuta e já te responde.",
    en: "I couldn't quite make out the voice note 🙈 I'm passing you to someone from the team who'll listen and reply shortly.",
  },
  complaint: {
    es: "Uh, lamento mucho lo que pasó 🙏 Ya le aviso a alguien del equipo para que lo vea con vos.",
    pt: "Poxa, sinto muito pelo ocorrido 🙏 Já aviso alguém da equipe para ver isso com você.",
    en: "I'm really sorry about that 🙏 I'm letting someone from the team know so they can sort it out with you.",
  },
  pickAgain: {
    es: (count: number) => `¿Cuál de las ${count} opciones querés? Decime el número o el nombre 🙂`,
    pt: (count: number) => `Qual das ${count} opções você quer? Me diga o número ou o nome 🙂`,
    en: (count: number) => `Which of the ${count} options would you like? Tell me the number or the name 🙂`,
  },
  fallback: {
    es: "Perdón, no te entendí del todo 🙈 ¿Me contás qué fechas buscás y para cuántas personas?",
    pt: "Desculpe, não entendi muito bem 🙈 Pode me dizer as datas e para quantas pessoas?",
    en: "Sorry, I didn't quite get that 🙈 Could you tell me your dates and how many guests?",
  },
} as const;

/** Month names for "¿qué días de enero?". */
export const MONTH_NAMES: Record<Lang, readonly string[]> = {
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  pt: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

function joinNames(names: readonly string[], lang: Lang) {
  const or = { es: "o", pt: "ou", en: "or" }[lang];
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} ${or} ${names.at(-1)}`;
}
