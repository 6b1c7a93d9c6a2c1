import type { Schemas } from "../../api/client";
import { useFormat, useMessages, type Messages } from "../../i18n/i18n";
import { channelNames, feedErrorKey, providerKey, sourceKey } from "../../ui/channel-names";

type Key =
  | "title_webchat_flood" | "title_calendar_outbox_stuck"
  | "ical_conflict" | "ical_feed_failing" | "payment_needs_refund" | "conversation_escalated" | "payment_rejected_twice" | "payment_amount_mismatch"
  | "payment_amount_unreadable" | "payment_unmatched" | "whatsapp_not_connected" | "message_undelivered" | "webhook_processing_stuck" | "webhook_processing_failed"
  | "webchat_flood" | "calendar_outbox_stuck" | "low_guest_rating" | "upsell_requested" | "quotation_refund_declined" | "nights_one" | "nights_count" | "limit_sessions" | "limit_messages" | "someone" | "aProvider"
  | "reason_intent_hablar_humano" | "reason_intent_queja" | "reason_intent_cancelar_modificar" | "reason_no_answer" | "reason_payment_rejected_twice"
  | "reason_voice_note_unclear" | "reason_voice_note_untranscribed" | "reason_webchat_hold_limit" | "reason_hold_failed" | "reason_hold_needs_payment_details" | "reason_staff_took_over" | "reason_other";

export const alertDetailMessages: Messages<Key> = {
  "es-AR": {
    title_webchat_flood: "Están saturando el chat web", title_calendar_outbox_stuck: "Las listas de una unidad no se están actualizando",
    ical_conflict: "{source} muestra {nightCount} desde el {from} como ocupadas, pero las tiene un huésped de Posada. Revisá las dos reservas: puede que haya que reubicar a alguien.",
    ical_feed_failing: "El calendario de {source} {name} falló {failures} veces seguidas: {error}. Se mantienen los últimos bloqueos buenos; revisá el enlace en Canales.",
    payment_needs_refund: "La reserva {code} se pagó por {provider} cuando sus noches ya no estaban libres: devolvé el dinero o reubicá al huésped.",
    conversation_escalated: "{guest} {reason}.",
    payment_rejected_twice: "Le rechazaron dos pagos de la reserva {code}: puede necesitar ayuda para pagar.",
    payment_amount_mismatch: "La reserva {code} esperaba {expected} y {provider} informa {received}: no se confirmó.",
    payment_amount_unreadable: "un monto ilegible",
    payment_unmatched: "Un pago de {provider} (n.º {paymentId}) no corresponde a ninguna de tus reservas; revisalo en {provider}.",
    low_guest_rating: "{guest} puntuó la estadía con {score}/10 ({code}). {comment}",
    upsell_requested: "{guest} pide «{upsell}» ({code}); confirmalo o rechazalo en la reserva.",
    quotation_refund_declined: "PayU revisó y rechazó la devolución de la seña del grupo {group}: la plata no volvió al cliente. Reintentá la devolución desde la cotización o devolvé la seña a mano.",
    whatsapp_not_connected: "No se pudo escribirle a {guest} porque WhatsApp no está conectado (Ajustes → WhatsApp).",
    message_undelivered: "Un mensaje al huésped no se entregó después de varios intentos. Respondé desde la conversación.",
    webhook_processing_stuck: "Una notificación de {provider} no se pudo procesar después de varios intentos; reprocesala desde Ajustes.",
    webhook_processing_failed: "Una notificación de {provider} no se pudo procesar. Corregí la causa y reprocesala desde Ajustes.",
    webchat_flood: "Se alcanzó el límite de {limit}: puede que alguien esté saturando el chat o pre-reservando noches.",
    calendar_outbox_stuck: "Los cambios del calendario de una unidad no llegan a las listas después de {attempts} intentos. Las reservas están a salvo; las búsquedas pueden estar desactualizadas.",
    nights_one: "1 noche", nights_count: "{count} noches", limit_sessions: "chats nuevos por minuto", limit_messages: "mensajes por minuto", someone: "Un huésped", aProvider: "un proveedor de pagos",
    reason_intent_hablar_humano: "pidió hablar con una persona", reason_intent_queja: "tiene un reclamo", reason_intent_cancelar_modificar: "quiere cancelar o cambiar una reserva",
    reason_no_answer: "preguntó algo sobre «{topic}» que el asistente no sabe responder", reason_payment_rejected_twice: "tuvo dos pagos rechazados para la reserva {code}",
    reason_voice_note_unclear: "mandó una nota de voz que no se entendió bien", reason_voice_note_untranscribed: "mandó una nota de voz que no se pudo transcribir",
    reason_webchat_hold_limit: "pidió más pre-reservas de las que permite el chat web en una hora", reason_hold_failed: "no pudo pre-reservar ni recibir el enlace de pago",
    reason_hold_needs_payment_details: "tiene la pre-reserva {code} y espera cómo pagar la seña (no hay medio de pago conectado)",
    reason_staff_took_over: "está ahora con el equipo", reason_other: "necesita una persona",
  },
  en: {
    title_webchat_flood: "The web chat is being flooded", title_calendar_outbox_stuck: "A unit's lists are not updating",
    ical_conflict: "{source} shows {nightCount} from {from} as taken, but a Posada guest holds them. Check both bookings: someone may need to be moved.",
    ical_feed_failing: "The {source} calendar {name} failed {failures} times in a row: {error}. The last good blocks are kept; check the link in Channels.",
    payment_needs_refund: "Reservation {code} was paid through {provider} after its nights were no longer free: refund or rebook the guest.",
    conversation_escalated: "{guest} {reason}.",
    payment_rejected_twice: "Two payments for reservation {code} were rejected: the guest may need help paying.",
    payment_amount_mismatch: "Reservation {code} expected {expected} and {provider} reports {received}: it was not confirmed.",
    payment_amount_unreadable: "an unreadable amount",
    payment_unmatched: "A {provider} payment (no. {paymentId}) matches none of your reservations; check it in {provider}.",
    low_guest_rating: "{guest} rated the stay {score}/10 ({code}). {comment}",
    upsell_requested: "{guest} asks for “{upsell}” ({code}); confirm or decline it on the reservation.",
    quotation_refund_declined: "PayU reviewed and declined the refund of group {group}'s deposit: the client has not got the money back. Retry the refund from the quotation or give the deposit back by hand.",
    whatsapp_not_connected: "{guest} could not be written to because WhatsApp is not connected (Settings → WhatsApp).",
    message_undelivered: "A message to a guest was not delivered after several attempts. Reply from the conversation.",
    webhook_processing_stuck: "A {provider} notification could not be processed after several attempts; replay it from Settings.",
    webhook_processing_failed: "A {provider} notification could not be processed. Fix the cause and replay it from Settings.",
    webchat_flood: "The limit of {limit} was hit: someone may be flooding the chat or holding nights.",
    calendar_outbox_stuck: "A unit's calendar changes have not reached the lists after {attempts} attempts. Bookings are safe; searches may be out of date.",
    nights_one: "1 night", nights_count: "{count} nights", limit_sessions: "new chats per minute", limit_messages: "messages per minute", someone: "A guest", aProvider: "a payment provider",
    reason_intent_hablar_humano: "asked to talk to a person", reason_intent_queja: "has a complaint", reason_intent_cancelar_modificar: "wants to cancel or change a booking",
    reason_no_answer: "asked about “{topic}”, which the assistant cannot answer", reason_payment_rejected_twice: "had two payments rejected for reservation {code}",
    reason_voice_note_unclear: "sent a voice note that was hard to understand", reason_voice_note_untranscribed: "sent a voice note that could not be transcribed",
    reason_webchat_hold_limit: "asked for more holds than the web chat allows in an hour", reason_hold_failed: "could not hold or get a payment link",
    reason_hold_needs_payment_details: "holds {code} and is waiting to be told how to pay the deposit (no payment method is connected)",
    reason_staff_took_over: "is now with the team", reason_other: "needs a person",
  },
  "pt-BR": {
    title_webchat_flood: "O chat web está sendo inundado", title_calendar_outbox_stuck: "As listas de uma unidade não estão atualizando",
    ical_conflict: "{source} mostra {nightCount} desde {from} como ocupadas, mas um hóspede da Posada as tem. Revise as duas reservas: talvez alguém precise ser realocado.",
    ical_feed_failing: "O calendário do {source} {name} falhou {failures} vezes seguidas: {error}. Os últimos bloqueios bons foram mantidos; confira o link em Canais.",
    payment_needs_refund: "A reserva {code} foi paga pelo {provider} quando as noites já não estavam livres: devolva o dinheiro ou realoque o hóspede.",
    conversation_escalated: "{guest} {reason}.",
    payment_rejected_twice: "Dois pagamentos da reserva {code} foram recusados: o hóspede pode precisar de ajuda para pagar.",
    payment_amount_mismatch: "A reserva {code} esperava {expected} e o {provider} informa {received}: não foi confirmada.",
    payment_amount_unreadable: "um valor ilegível",
    payment_unmatched: "Um pagamento do {provider} (n.º {paymentId}) não corresponde a nenhuma das suas reservas; confira no {provider}.",
    low_guest_rating: "{guest} deu nota {score}/10 à estadia ({code}). {comment}",
    upsell_requested: "{guest} pede «{upsell}» ({code}); confirme ou recuse na reserva.",
    quotation_refund_declined: "A PayU analisou e recusou o reembolso do sinal do grupo {group}: o cliente não recebeu o dinheiro de volta. Tente o reembolso de novo pela cotação ou devolva o sinal por fora.",
    whatsapp_not_connected: "Não foi possível escrever para {guest} porque o WhatsApp não está conectado (Configurações → WhatsApp).",
    message_undelivered: "Uma mensagem ao hóspede não foi entregue após várias tentativas. Responda pela conversa.",
    webhook_processing_stuck: "Uma notificação do {provider} não pôde ser processada após várias tentativas; reprocesse em Configurações.",
    webhook_processing_failed: "Uma notificação do {provider} não pôde ser processada. Corrija a causa e reprocesse em Configurações.",
    webchat_flood: "O limite de {limit} foi atingido: alguém pode estar inundando o chat ou reservando noites.",
    calendar_outbox_stuck: "As mudanças do calendário de uma unidade não chegam às listas após {attempts} tentativas. As reservas estão seguras; as buscas podem estar desatualizadas.",
    nights_one: "1 noite", nights_count: "{count} noites", limit_sessions: "chats novos por minuto", limit_messages: "mensagens por minuto", someone: "Um hóspede", aProvider: "um provedor de pagamentos",
    reason_intent_hablar_humano: "pediu para falar com uma pessoa", reason_intent_queja: "tem uma reclamação", reason_intent_cancelar_modificar: "quer cancelar ou mudar uma reserva",
    reason_no_answer: "perguntou sobre “{topic}”, que o assistente não sabe responder", reason_payment_rejected_twice: "teve dois pagamentos recusados na reserva {code}",
    reason_voice_note_unclear: "mandou uma mensagem de voz difícil de entender", reason_voice_note_untranscribed: "mandou uma mensagem de voz que não pôde ser transcrita",
    reason_webchat_hold_limit: "pediu mais pré-reservas do que o chat web permite em uma hora", reason_hold_failed: "não conseguiu pré-reservar nem receber o link de pagamento", reason_hold_needs_payment_details: "tem a pré-reserva {code} e espera saber como pagar o sinal (nenhum meio de pagamento conectado)",
    reason_staff_took_over: "agora está com a equipe", reason_other: "precisa de uma pessoa",
  },
};

const DETAILED = new Set<string>([
  "ical_conflict", "ical_feed_failing", "payment_needs_refund", "conversation_escalated", "payment_rejected_twice", "payment_amount_mismatch", "payment_unmatched",
  "whatsapp_not_connected", "message_undelivered", "webhook_processing_stuck", "webhook_processing_failed", "webchat_flood", "calendar_outbox_stuck",
  "low_guest_rating", "upsell_requested",
]);
/** The text for an alert's specifics: some kinds say more only for one reason they carry. */
function detailKey(alert: Pick<Schemas["Alert"], "code" | "params">): Key | null {
  if (alert.code === "quotation_refund_due") return alert.params.reason === "declined_after_review" ? "quotation_refund_declined" : null;
  return DETAILED.has(alert.code) ? (alert.code as Key) : null;
}
const REASONS = new Set(["intent_hablar_humano", "intent_queja", "intent_cancelar_modificar", "no_answer", "payment_rejected_twice", "voice_note_unclear", "voice_note_untranscribed", "webchat_hold_limit", "hold_failed", "hold_needs_payment_details", "staff_took_over"]);

/**
 * An alert's specifics in the reader's language, written from the code and parameters the server
 * sends (never its English `message`). Null when the alert carries no parameters (raised before
 * they were recorded): its title says enough.
 */
export function useAlertDetails() {
  const t = useMessages(alertDetailMessages);
  const names = useMessages(channelNames);
  const format = useFormat();
  const title = (code: string) => (code === "webchat_flood" || code === "calendar_outbox_stuck" ? t(`title_${code}`) : null);
  const detail = (alert: Pick<Schemas["Alert"], "code" | "params">): string | null => {
    const p = alert.params;
    const key = detailKey(alert);
    if (!key || Object.keys(p).length === 0) return null;
    const text = (key: string) => (p[key] === undefined ? "" : String(p[key]));
    const provider = p.provider ? (providerKey(text("provider")) ? names(providerKey(text("provider"))!) : text("provider")) : t("aProvider");
    const money = (amount: string, currency: string) => (p[amount] === undefined ? t("payment_amount_unreadable") : format.money({ amount: Number(p[amount]), currency: text(currency) || text("currency") }));
    const reason = REASONS.has(text("reason")) ? t(`reason_${text("reason")}` as Key, { topic: text("topic"), code: text("code") }) : t("reason_other");
    return t(key, {
      ...Object.fromEntries(Object.entries(p).map(([key, value]) => [key, String(value)])),
      source: p.source ? names(sourceKey(text("source"))) : "",
      name: p.name ? `«${text("name")}»` : "",
      from: p.from ? format.day(text("from")) : "",
      error: names(feedErrorKey(text("error"))),
      provider,
      expected: money("expected", "currency"),
      received: money("received", "receivedCurrency"),
      guest: text("guest") || t("someone"),
      reason,
      limit: text("limit") === "sessions" ? t("limit_sessions") : t("limit_messages"),
      nightCount: text("nights") === "1" ? t("nights_one") : t("nights_count", { count: text("nights") }),
    }).replace(/\s+/g, " ");
  };
  return { title, detail };
}
