export type WidgetLang = "es" | "pt" | "en";

export const WIDGET_TEXT: Record<WidgetLang, Record<"open" | "close" | "title" | "placeholder" | "send" | "you" | "us" | "offline" | "error" | "slowDown", string>> = {
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
  },
};

export function widgetLang(requested: string | undefined): WidgetLang {
  const lang = (requested ?? navigator.language).slice(0, 2).toLowerCase();
  return lang === "pt" || lang === "en" ? lang : "es";
}
