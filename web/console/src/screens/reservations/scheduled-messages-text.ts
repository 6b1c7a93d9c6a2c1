import type { Messages } from "../../i18n/i18n";

type Key =
  | "title"
  | "status_scheduled"
  | "status_sent"
  | "status_skipped"
  | "status_failed"
  | "webchat"
  | "reason_no_channel"
  | "reason_reservation_cancelled"
  | "reason_reservation_confirmed"
  | "reason_step_disabled"
  | "reason_too_late"
  | "reason_confirmed_in_thread"
  | "reason_needs_template"
  | "reason_paid"
  | "reason_other";

export const scheduledMessages: Messages<Key> = {
  "es-AR": {
    title: "Mensajes automáticos",
    status_scheduled: "Programado",
    status_sent: "Enviado",
    status_skipped: "No se envía",
    status_failed: "Falló",
    webchat: "Chat web",
    reason_no_channel: "sin WhatsApp ni email para escribirle",
    reason_reservation_cancelled: "la reserva se canceló",
    reason_reservation_confirmed: "ya se confirmó",
    reason_step_disabled: "el paso está pausado",
    reason_too_late: "ya era tarde",
    reason_confirmed_in_thread: "lo confirmó el asistente en la conversación",
    reason_needs_template: "falta una plantilla aprobada de WhatsApp",
    reason_paid: "ya está pago",
    reason_other: "no corresponde",
  },
  en: {
    title: "Automatic messages",
    status_scheduled: "Scheduled",
    status_sent: "Sent",
    status_skipped: "Not sent",
    status_failed: "Failed",
    webchat: "Web chat",
    reason_no_channel: "no WhatsApp or email to reach the guest",
    reason_reservation_cancelled: "the booking was cancelled",
    reason_reservation_confirmed: "already confirmed",
    reason_step_disabled: "the step is paused",
    reason_too_late: "it was too late",
    reason_confirmed_in_thread: "the assistant confirmed it in the conversation",
    reason_needs_template: "an approved WhatsApp template is missing",
    reason_paid: "already paid",
    reason_other: "does not apply",
  },
  "pt-BR": {
    title: "Mensagens automáticas",
    status_scheduled: "Programada",
    status_sent: "Enviada",
    status_skipped: "Não será enviada",
    status_failed: "Falhou",
    webchat: "Chat web",
    reason_no_channel: "sem WhatsApp nem e-mail para contatar",
    reason_reservation_cancelled: "a reserva foi cancelada",
    reason_reservation_confirmed: "já foi confirmada",
    reason_step_disabled: "a etapa está pausada",
    reason_too_late: "já era tarde",
    reason_confirmed_in_thread: "o assistente confirmou na conversa",
    reason_needs_template: "falta um modelo aprovado do WhatsApp",
    reason_paid: "já está paga",
    reason_other: "não se aplica",
  },
};
