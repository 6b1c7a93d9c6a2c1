import type { Schemas } from "../../../api/client";
import type { Messages } from "../../../i18n/i18n";

type Status = NonNullable<Schemas["OutboxEmail"]["status"]>;

export type OutboxMessage =
  | "title" | "intro" | "reload" | "reloading" | "empty" | "to" | "from" | "replyTo" | "when" | "status" | "noSubject" | "textPart" | "noMessage"
  | `status_${Status}`;

export const outboxMessages: Messages<OutboxMessage> = {
  "es-AR": {
    title: "Emails enviados (desarrollo)",
    intro: "En desarrollo ningún email sale de esta computadora: quedan acá, tal como los recibiría el huésped.",
    reload: "Actualizar", reloading: "Actualizando…", empty: "Todavía no se envió ningún email.",
    to: "Para", from: "De", replyTo: "Responder a", when: "Cuándo", status: "Estado", noSubject: "(sin asunto)", textPart: "Texto del email", noMessage: "sin mensaje",
    status_received: "recibido", status_answered: "respondido", status_queued: "en cola", status_deferred: "esperando (horario de descanso)", status_sending: "enviándose",
    status_accepted: "aceptado", status_sent: "enviado", status_delivered: "entregado", status_read: "leído", status_failed: "no se pudo enviar", status_needs_template: "necesita plantilla",
  },
  en: {
    title: "Emails sent (development)",
    intro: "In development no email leaves this machine: they stay here, as the guest would receive them.",
    reload: "Refresh", reloading: "Refreshing…", empty: "No email has been sent yet.",
    to: "To", from: "From", replyTo: "Reply to", when: "When", status: "Status", noSubject: "(no subject)", textPart: "Email text", noMessage: "no message",
    status_received: "received", status_answered: "answered", status_queued: "queued", status_deferred: "waiting (quiet hours)", status_sending: "sending",
    status_accepted: "accepted", status_sent: "sent", status_delivered: "delivered", status_read: "read", status_failed: "could not be sent", status_needs_template: "needs a template",
  },
  "pt-BR": {
    title: "E-mails enviados (desenvolvimento)",
    intro: "Em desenvolvimento nenhum e-mail sai deste computador: ficam aqui, como o hóspede os receberia.",
    reload: "Atualizar", reloading: "Atualizando…", empty: "Nenhum e-mail foi enviado ainda.",
    to: "Para", from: "De", replyTo: "Responder para", when: "Quando", status: "Status", noSubject: "(sem assunto)", textPart: "Texto do e-mail", noMessage: "sem mensagem",
    status_received: "recebido", status_answered: "respondido", status_queued: "na fila", status_deferred: "aguardando (horário de descanso)", status_sending: "enviando",
    status_accepted: "aceito", status_sent: "enviado", status_delivered: "entregue", status_read: "lido", status_failed: "não foi enviado", status_needs_template: "precisa de modelo",
  },
};
