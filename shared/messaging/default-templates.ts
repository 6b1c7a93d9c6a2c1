/**
 * The templates every tenant starts with, one per step, in the three languages guests write in.
 * Spanish is Argentine (voseo), as at the front desk; owners rewrite them as they like.
 */
import type { StepKind } from "./step-kinds";

export type TemplateLang = "es" | "pt" | "en";
export const TEMPLATE_LANGS: readonly TemplateLang[] = ["es", "pt", "en"];

export interface DefaultTemplate {
  name: Record<TemplateLang, string>;
  bodies: Record<TemplateLang, string>;
  /** The approved WhatsApp template this maps to outside the 24-hour window, with its parameters in order. */
  whatsapp: { name: string; parameters: string[] };
}

export const DEFAULT_TEMPLATES: Record<StepKind, DefaultTemplate> = {
  hold_reminder: {
    name: { es: "Recordatorio de seña", pt: "Lembrete do sinal", en: "Deposit reminder" },
    bodies: {
      es: "¡Hola {guest.firstName}! Te guardamos {unit.name} hasta las {holdExpiresAt}. Para confirmar la reserva {reservation.code}, aboná la seña acá: {paymentUrl}",
      pt: "Olá {guest.firstName}! Reservamos {unit.name} até as {holdExpiresAt}. Para confirmar a reserva {reservation.code}, pague o sinal aqui: {paymentUrl}",
      en: "Hi {guest.firstName}! We're holding {unit.name} until {holdExpiresAt}. To confirm booking {reservation.code}, pay the deposit here: {paymentUrl}",
    },
    whatsapp: { name: "recordatorio_sena", parameters: ["guest.firstName", "unit.name", "holdExpiresAt", "paymentUrl"] },
  },
  confirmation: {
    name: { es: "Confirmación", pt: "Confirmação", en: "Confirmation" },
    bodies: {
      es: "¡Listo, {guest.firstName}! Tu reserva {reservation.code} está confirmada: {unit.name}, entrada el {checkIn} desde las {checkInTime} y salida el {checkOut} hasta las {checkOutTime}. Dirección: {address}\n\n{loyaltyWelcome}",
      pt: "Pronto, {guest.firstName}! Sua reserva {reservation.code} está confirmada: {unit.name}, entrada em {checkIn} a partir das {checkInTime} e saída em {checkOut} até as {checkOutTime}. Endereço: {address}\n\n{loyaltyWelcome}",
      en: "All set, {guest.firstName}! Booking {reservation.code} is confirmed: {unit.name}, check-in {checkIn} from {checkInTime}, check-out {checkOut} by {checkOutTime}. Address: {address}\n\n{loyaltyWelcome}",
    },
    whatsapp: { name: "reserva_confirmada", parameters: ["reservation.code", "checkIn", "checkOut", "unit.name"] },
  },
  pre_arrival: {
    name: { es: "Antes de llegar", pt: "Antes da chegada", en: "Before arrival" },
    bodies: {
      es: "¡Hola {guest.firstName}! Te esperamos el {checkIn} desde las {checkInTime} en {unit.name}. Cómo llegar: {directions} {mapsUrl}. Hacé tu check-in online y mirá los extras acá: {portalLink} Si necesitás algo antes, escribinos por acá.",
      pt: "Olá {guest.firstName}! Esperamos você em {checkIn} a partir das {checkInTime} em {unit.name}. Como chegar: {directions} {mapsUrl}. Faça seu check-in online e veja os extras aqui: {portalLink} Se precisar de algo antes, é só escrever aqui.",
      en: "Hi {guest.firstName}! We look forward to seeing you on {checkIn} from {checkInTime} at {unit.name}. How to get here: {directions} {mapsUrl}. Check in online and see the extras here: {portalLink} Anything you need before, just write here.",
    },
    whatsapp: { name: "antes_de_llegar", parameters: ["guest.firstName", "checkIn", "checkInTime", "unit.name"] },
  },
  check_in_day: {
    name: { es: "Instrucciones de ingreso", pt: "Instruções de entrada", en: "Check-in instructions" },
    bodies: {
      es: "¡Hoy es el día, {guest.firstName}! Podés entrar desde las {checkInTime}. Dirección: {address} {mapsUrl}. Código de la puerta: {doorCode}. Wi-Fi: {wifi}.",
      pt: "Hoje é o dia, {guest.firstName}! A entrada é a partir das {checkInTime}. Endereço: {address} {mapsUrl}. Código da porta: {doorCode}. Wi-Fi: {wifi}.",
      en: "Today's the day, {guest.firstName}! Check-in is from {checkInTime}. Address: {address} {mapsUrl}. Door code: {doorCode}. Wi-Fi: {wifi}.",
    },
    whatsapp: { name: "instrucciones_ingreso", parameters: ["guest.firstName", "checkInTime", "address", "doorCode"] },
  },
  check_out_reminder: {
    name: { es: "Recordatorio de salida", pt: "Lembrete de saída", en: "Check-out reminder" },
    bodies: {
      es: "¡Hola {guest.firstName}! Te recordamos que mañana {checkOut} la salida es hasta las {checkOutTime}. ¡Gracias por elegirnos!",
      pt: "Olá {guest.firstName}! Lembramos que amanhã, {checkOut}, a saída é até as {checkOutTime}. Obrigado por nos escolher!",
      en: "Hi {guest.firstName}! A reminder that check-out tomorrow, {checkOut}, is by {checkOutTime}. Thanks for staying with us!",
    },
    whatsapp: { name: "recordatorio_salida", parameters: ["guest.firstName", "checkOut", "checkOutTime"] },
  },
  review_request: {
    name: { es: "Gracias y reseña", pt: "Obrigado e avaliação", en: "Thanks and review" },
    bodies: {
      es: "¡Gracias por tu estadía en {unit.name}, {guest.firstName}! ¿Cómo estuvo? Puntuala de 0 a 10 respondiendo con un número o acá: {ratingLink} ¡Te esperamos de vuelta!",
      pt: "Obrigado pela estadia em {unit.name}, {guest.firstName}! Como foi? Dê uma nota de 0 a 10 respondendo com um número ou aqui: {ratingLink} Esperamos você de volta!",
      en: "Thank you for staying at {unit.name}, {guest.firstName}! How was it? Rate it from 0 to 10 by replying with a number or here: {ratingLink} We hope to see you again!",
    },
    whatsapp: { name: "gracias_resena", parameters: ["unit.name", "guest.firstName"] },
  },
  balance_due: {
    name: { es: "Saldo pendiente", pt: "Saldo pendente", en: "Balance due" },
    bodies: {
      es: "¡Hola {guest.firstName}! Antes de tu llegada el {checkIn} queda un saldo de {balance} de la reserva {reservation.code}. Podés abonarlo acá: {paymentUrl}",
      pt: "Olá {guest.firstName}! Antes da sua chegada em {checkIn} há um saldo de {balance} da reserva {reservation.code}. Você pode pagar aqui: {paymentUrl}",
      en: "Hi {guest.firstName}! Before you arrive on {checkIn} there is a balance of {balance} on booking {reservation.code}. You can pay it here: {paymentUrl}",
    },
    whatsapp: { name: "saldo_pendiente", parameters: ["guest.firstName", "balance", "reservation.code", "checkIn"] },
  },
  loyalty_upgrade: {
    name: { es: "Subiste de nivel", pt: "Você subiu de nível", en: "Tier upgrade" },
    bodies: {
      es: "¡Gracias por volver, {guest.firstName}! Ahora sos huésped {tier}. Tus beneficios: {benefits}. ¡Te esperamos!",
      pt: "Obrigado por voltar, {guest.firstName}! Agora você é hóspede {tier}. Seus benefícios: {benefits}. Esperamos você!",
      en: "Thanks for coming back, {guest.firstName}! You are now a {tier} guest. Your benefits: {benefits}. See you soon!",
    },
    whatsapp: { name: "subiste_de_nivel", parameters: ["guest.firstName", "tier", "benefits"] },
  },
};

const PORTUGUESE = new Set(["BR", "PT", "AO", "MZ"]);
const SPANISH = new Set(["AR", "UY", "PY", "CL", "BO", "PE", "EC", "CO", "VE", "MX", "ES", "CR", "PA", "GT", "HN", "SV", "NI", "DO", "CU", "PR"]);

/** The language a tenant writes in, from its country: what its default templates are named in. */
export function languageOfCountry(country: string): TemplateLang {
  if (PORTUGUESE.has(country)) return "pt";
  if (SPANISH.has(country)) return "es";
  return "en";
}
