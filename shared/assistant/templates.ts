/**
 * What the assistant says, per language, in the voice of an Argentine front desk: voseo, short,
 * one step per message, a few emojis, and never a bare "no" without something to try instead.
 */
export type Lang = "es" | "pt" | "en";

export interface OfferLine {
  name: string;
  nightly: string;
  total: string;
}

const list = (offers: readonly OfferLine[]) => offers.map((o, i) => `${i + 1}. ${o.name}: ${o.nightly} por noche, ${o.total} en total`).join("\n");

export const TEMPLATES = {
  greeting: {
    es: "¡Hola! 👋 Soy el asistente de reservas. ¿Para qué fechas y cuántas personas estás buscando?",
    pt: "Olá! 👋 Sou o assistente de reservas. Para quais datas e quantas pessoas você procura?",
    en: "Hi! 👋 I'm the booking assistant. Which dates and how many guests are you looking for?",
  },
  askDates: {
    es: "¡Genial! ¿Qué fechas tenés en mente? Decime día de llegada y de salida (por ej. del 5 al 8/1) 📅",
    pt: "Ótimo! Quais datas você tem em mente? Me diga o dia de chegada e de saída (ex.: de 5 a 8/1) 📅",
    en: "Great! Which dates do you have in mind? Tell me your arrival and departure days (e.g. Jan 5 to 8) 📅",
  },
  askGuests: {
    es: "¿Cuántas personas serían, contando chicos? 👨‍👩‍👧",
    pt: "Quantas pessoas seriam, contando as crianças? 👨‍👩‍👧",
    en: "How many guests, children included? 👨‍👩‍👧",
  },
  offers: {
    es: (offers: readonly OfferLine[], dates: string) => `Para ${dates} tengo:\n${list(offers)}\n¿Cuál te reservo? Respondé con el número 🙂`,
    pt: (offers: readonly OfferLine[], dates: string) => `Para ${dates} tenho:\n${list(offers)}\nQual eu reservo? Responda com o número 🙂`,
    en: (offers: readonly OfferLine[], dates: string) => `For ${dates} I have:\n${list(offers)}\nWhich one should I hold for you? Reply with the number 🙂`,
  },
  nothingFree: {
    es: (dates: string) => `Uy, para ${dates} no me queda lugar 😕 ¿Te sirve correr las fechas unos días? Si querés, te paso con alguien del equipo.`,
    pt: (dates: string) => `Poxa, para ${dates} não tenho vaga 😕 Dá para mudar as datas alguns dias? Se quiser, te passo para alguém da equipe.`,
    en: (dates: string) => `Sorry, ${dates} is fully booked 😕 Could you move your dates a few days? I can also put you through to the team.`,
  },
  held: {
    es: (name: string, minutes: number, url: string, deposit: string) =>
      `¡Listo! Te guardo ${name} por ${minutes} minutos ⏳ Para confirmar, aboná la seña de ${deposit} acá: ${url}`,
    pt: (name: string, minutes: number, url: string, deposit: string) =>
      `Pronto! Seguro ${name} para você por ${minutes} minutos ⏳ Para confirmar, pague o sinal de ${deposit} aqui: ${url}`,
    en: (name: string, minutes: number, url: string, deposit: string) => `Done! ${name} is held for you for ${minutes} minutes ⏳ To confirm, pay the ${deposit} deposit here: ${url}`,
  },
  confirmed: {
    es: (code: string, checkIn: string, checkOut: string, address: string) =>
      `¡Reserva confirmada! 🎉 Código ${code}. Check-in ${checkIn}, check-out ${checkOut}. Te esperamos en ${address}.`,
    pt: (code: string, checkIn: string, checkOut: string, address: string) =>
      `Reserva confirmada! 🎉 Código ${code}. Check-in ${checkIn}, check-out ${checkOut}. Esperamos você em ${address}.`,
    en: (code: string, checkIn: string, checkOut: string, address: string) => `Booking confirmed! 🎉 Code ${code}. Check-in ${checkIn}, check-out ${checkOut}. See you at ${address}.`,
  },
  handOff: {
    es: "Dale, te paso con alguien del equipo que te responde enseguida 🙌",
    pt: "Certo, vou te passar para alguém da equipe que responde já já 🙌",
    en: "Sure, I'm passing you to someone from the team who'll answer shortly 🙌",
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
    es: (count: number) => `¿Cuál de las ${count} opciones querés? Respondé con el número 🙂`,
    pt: (count: number) => `Qual das ${count} opções você quer? Responda com o número 🙂`,
    en: (count: number) => `Which of the ${count} options would you like? Reply with the number 🙂`,
  },
  fallback: {
    es: "Perdón, no te entendí del todo 🙈 ¿Me contás qué fechas buscás y para cuántas personas?",
    pt: "Desculpe, não entendi muito bem 🙈 Pode me dizer as datas e para quantas pessoas?",
    en: "Sorry, I didn't quite get that 🙈 Could you tell me your dates and how many guests?",
  },
} as const;
