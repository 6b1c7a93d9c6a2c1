import type { Messages } from "../../i18n/i18n";

export type ConversationMessageKey =
  | "title" | "all" | "assistant" | "human" | "escalated" | "filters" | "empty" | "back" | "unanswered" | "whatsapp" | "webchat" | "email"
  | "guest" | "bot" | "staff" | "reply" | "replyLabel" | "replyTakesOver" | "send" | "takeOver" | "handBack" | "handedBack" | "tookOver"
  | "withAssistant" | "withStaff" | "voiceNote" | "transcript" | "lowConfidence" | "status_queued" | "status_deferred" | "status_sent"
  | "status_delivered" | "status_read" | "status_failed" | "status_needs_template" | "pick" | "noMessages";

export const messages: Messages<ConversationMessageKey> = {
  "es-AR": {
    title: "Conversaciones", all: "Todas", assistant: "Asistente", human: "Con el equipo", escalated: "Derivadas a una persona", filters: "Filtrar conversaciones",
    empty: "No hay conversaciones acá.", back: "← Volver", unanswered: "Sin responder", whatsapp: "WhatsApp", webchat: "Chat web", email: "Email",
    guest: "Huésped", bot: "Asistente", staff: "Equipo", reply: "Responder", replyLabel: "Tu respuesta",
    replyTakesOver: "Al responder, el asistente deja de contestar en esta conversación hasta que se la devuelvas.", send: "Enviar",
    takeOver: "Tomar la conversación", handBack: "Devolver al asistente", handedBack: "El asistente vuelve a responder", tookOver: "Ahora responde el equipo",
    withAssistant: "Responde el asistente", withStaff: "Responde el equipo", voiceNote: "Nota de voz", transcript: "Transcripción",
    lowConfidence: "transcripción dudosa", status_queued: "en cola", status_deferred: "programado", status_sent: "enviado", status_delivered: "entregado",
    status_read: "leído", status_failed: "no se pudo enviar", status_needs_template: "necesita plantilla", pick: "Elegí una conversación.", noMessages: "Sin mensajes.",
  },
  en: {
    title: "Conversations", all: "All", assistant: "Assistant", human: "With the team", escalated: "Escalated", filters: "Filter conversations",
    empty: "No conversations here.", back: "← Back", unanswered: "Unanswered", whatsapp: "WhatsApp", webchat: "Web chat", email: "Email",
    guest: "Guest", bot: "Assistant", staff: "Team", reply: "Reply", replyLabel: "Your reply",
    replyTakesOver: "Once you reply, the assistant stops answering this conversation until you hand it back.", send: "Send",
    takeOver: "Take over", handBack: "Hand back to the assistant", handedBack: "The assistant answers again", tookOver: "The team answers now",
    withAssistant: "The assistant answers", withStaff: "The team answers", voiceNote: "Voice note", transcript: "Transcript",
    lowConfidence: "uncertain transcript", status_queued: "queued", status_deferred: "scheduled", status_sent: "sent", status_delivered: "delivered",
    status_read: "read", status_failed: "could not be sent", status_needs_template: "needs a template", pick: "Pick a conversation.", noMessages: "No messages.",
  },
  "pt-BR": {
    title: "Conversas", all: "Todas", assistant: "Assistente", human: "Com a equipe", escalated: "Encaminhadas a uma pessoa", filters: "Filtrar conversas",
    empty: "Nenhuma conversa aqui.", back: "← Voltar", unanswered: "Sem resposta", whatsapp: "WhatsApp", webchat: "Chat web", email: "E-mail",
    guest: "Hóspede", bot: "Assistente", staff: "Equipe", reply: "Responder", replyLabel: "Sua resposta",
    replyTakesOver: "Ao responder, o assistente para de responder nesta conversa até você devolvê-la.", send: "Enviar",
    takeOver: "Assumir a conversa", handBack: "Devolver ao assistente", handedBack: "O assistente volta a responder", tookOver: "Agora responde a equipe",
    withAssistant: "Responde o assistente", withStaff: "Responde a equipe", voiceNote: "Mensagem de voz", transcript: "Transcrição",
    lowConfidence: "transcrição duvidosa", status_queued: "na fila", status_deferred: "agendado", status_sent: "enviado", status_delivered: "entregue",
    status_read: "lido", status_failed: "não foi enviado", status_needs_template: "precisa de modelo", pick: "Escolha uma conversa.", noMessages: "Sem mensagens.",
  },
};
