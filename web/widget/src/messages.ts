export type WidgetLang = "es" | "pt" | "en";

export const WIDGET_TEXT: Record<WidgetLang, Record<"open" | "close" | "title" | "placeholder" | "send" | "you" | "us" | "offline" | "error" | "slowDown" | "attach" | "attached" | "noHoldForReceipt" | "receiptTooLarge" | "receiptType", string>> = {
  es: {
    open: "Chateá con nosotros",
    close: "Cerrar el chat",
    title: "¿Te ayudamos con tu reserva?",
    placeholder: "Escribí tu mensaje…",
    send: "Enviar",
    you: "Vos",
    us: "Nosotros",
    offline: "Reconectando…",
    error: "No pudimos enviar tu mensaje. Probá de nuevo.",
    slowDown: "Recibimos muchos mensajes seguidos 🙏 Esperá un minutito y escribinos de nuevo.",
    attach: "Adjuntar el comprobante de la transferencia",
    attached: "📎 Comprobante: {name}",
    noHoldForReceipt: "Todavía no tenés una pre-reserva esperando una transferencia: primero elegí las fechas y te paso los datos.",
    receiptTooLarge: "El archivo es muy grande: mandá una foto o un PDF de hasta 10 MB.",
    receiptType: "Mandá el comprobante como foto (JPG, PNG o WebP) o PDF.",
  },
  pt: {
    open: "Converse com a gente",
    close: "Fechar o chat",
    title: "Podemos ajudar com sua reserva?",
    placeholder: "Escreva sua mensagem…",
    send: "Enviar",
    you: "Você",
    us: "Nós",
    offline: "Reconectando…",
    error: "Não foi possível enviar sua mensagem. Tente de novo.",
    slowDown: "Recebemos muitas mensagens seguidas 🙏 Aguarde um minutinho e escreva de novo.",
    attach: "Anexar o comprovante da transferência",
    attached: "📎 Comprovante: {name}",
    noHoldForReceipt: "Você ainda não tem uma pré-reserva esperando uma transferência: primeiro escolha as datas e eu te passo os dados.",
    receiptTooLarge: "O arquivo é muito grande: envie uma foto ou um PDF de até 10 MB.",
    receiptType: "Envie o comprovante como foto (JPG, PNG ou WebP) ou PDF.",
  },
  en: {
    open: "Chat with us",
    close: "Close the chat",
    title: "Can we help with your booking?",
    placeholder: "Type your message…",
    send: "Send",
    you: "You",
    us: "Us",
    offline: "Reconnecting…",
    error: "We couldn't send your message. Please try again.",
    slowDown: "That's a lot of messages in a row 🙏 Please wait a minute and write again.",
    attach: "Attach the transfer receipt",
    attached: "📎 Receipt: {name}",
    noHoldForReceipt: "There's no hold waiting for a transfer yet: choose your dates first and I'll send you the account details.",
    receiptTooLarge: "That file is too large: send a photo or a PDF of up to 10 MB.",
    receiptType: "Send the receipt as a photo (JPG, PNG or WebP) or a PDF.",
  },
};

export function widgetLang(requested: string | undefined): WidgetLang {
  const lang = (requested ?? navigator.language).slice(0, 2).toLowerCase();
  return lang === "pt" || lang === "en" ? lang : "es";
}
