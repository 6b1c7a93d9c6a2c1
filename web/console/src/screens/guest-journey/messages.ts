import type { Messages } from "../../i18n/i18n";

type Key =
  | "portal"
  | "copyLink"
  | "copied"
  | "revoke"
  | "revoked"
  | "checkIn"
  | "status_not_started"
  | "status_started"
  | "status_completed"
  | "completedBy_guest"
  | "completedBy_staff"
  | "arrivalAt"
  | "idPhotos"
  | "completeAtDesk"
  | "fullName"
  | "documentType"
  | "doc_dni"
  | "doc_passport"
  | "doc_other"
  | "documentNumber"
  | "nationality"
  | "guestN"
  | "birthDate"
  | "arrivalTime"
  | "plate"
  | "acceptRules"
  | "save"
  | "cancel"
  | "extras"
  | "purchase_pending_approval"
  | "purchase_awaiting_payment"
  | "purchase_paid"
  | "purchase_declined"
  | "purchase_cancelled"
  | "approve"
  | "decline"
  | "markPaid"
  | "journey"
  | "kind_held"
  | "kind_payment"
  | "kind_refund"
  | "kind_confirmed"
  | "kind_cancelled"
  | "kind_message_sent"
  | "kind_message_delivered"
  | "kind_message_read"
  | "kind_message_failed"
  | "kind_guest_replied"
  | "kind_check_in_started"
  | "kind_check_in_completed"
  | "kind_upsell_offered"
  | "kind_upsell_requested"
  | "kind_upsell_paid"
  | "kind_rated"
  | "failed";

export const guestJourneyMessages: Messages<Key> = {
  "es-AR": {
    portal: "Portal del huésped",
    copyLink: "Copiar enlace del portal",
    copied: "Enlace copiado",
    revoke: "Anular enlace",
    revoked: "Enlace anulado: el anterior ya no abre nada",
    checkIn: "Registro de ingreso",
    status_not_started: "Sin registro de ingreso",
    status_started: "Registro de ingreso empezado",
    status_completed: "Registro de ingreso hecho",
    completedBy_guest: "online",
    completedBy_staff: "en recepción",
    arrivalAt: "llega {time}",
    idPhotos: "{count} foto(s) de documento",
    completeAtDesk: "Completar en recepción",
    fullName: "Nombre y apellido",
    documentType: "Documento",
    doc_dni: "DNI",
    doc_passport: "Pasaporte",
    doc_other: "Otro",
    documentNumber: "Número",
    nationality: "Nacionalidad",
    guestN: "Huésped {n}",
    birthDate: "Nacimiento del titular",
    arrivalTime: "Hora de llegada",
    plate: "Patente (opcional)",
    acceptRules: "El huésped aceptó las normas de la casa",
    save: "Guardar check-in",
    cancel: "Cancelar",
    extras: "Extras",
    purchase_pending_approval: "Espera tu confirmación",
    purchase_awaiting_payment: "Falta el pago",
    purchase_paid: "Pagado",
    purchase_declined: "Rechazado",
    purchase_cancelled: "Cancelado",
    approve: "Confirmar",
    decline: "Rechazar",
    markPaid: "Marcar pagado",
    journey: "Jornada del huésped",
    kind_held: "Pre-reserva",
    kind_payment: "Pago",
    kind_refund: "Devolución",
    kind_confirmed: "Confirmada",
    kind_cancelled: "Cancelada",
    kind_message_sent: "Mensaje enviado",
    kind_message_delivered: "Mensaje entregado",
    kind_message_read: "Mensaje leído",
    kind_message_failed: "Mensaje no entregado",
    kind_guest_replied: "Respondió el huésped",
    kind_check_in_started: "Empezó el check-in",
    kind_check_in_completed: "Check-in completo",
    kind_upsell_offered: "Extra ofrecido",
    kind_upsell_requested: "Extra pedido",
    kind_upsell_paid: "Extra pagado",
    kind_rated: "Puntuó la estadía",
    failed: "No se pudo. Probá de nuevo.",
  },
  en: {
    portal: "Guest portal",
    copyLink: "Copy portal link",
    copied: "Link copied",
    revoke: "Revoke link",
    revoked: "Link revoked: the old one opens nothing now",
    checkIn: "Check-in",
    status_not_started: "Not checked in",
    status_started: "Check-in started",
    status_completed: "Checked in",
    completedBy_guest: "online",
    completedBy_staff: "at the desk",
    arrivalAt: "arrives {time}",
    idPhotos: "{count} ID photo(s)",
    completeAtDesk: "Complete at the desk",
    fullName: "Full name",
    documentType: "Document",
    doc_dni: "DNI",
    doc_passport: "Passport",
    doc_other: "Other",
    documentNumber: "Number",
    nationality: "Nationality",
    guestN: "Guest {n}",
    birthDate: "Main guest's date of birth",
    arrivalTime: "Arrival time",
    plate: "Plate (optional)",
    acceptRules: "The guest accepted the house rules",
    save: "Save check-in",
    cancel: "Cancel",
    extras: "Extras",
    purchase_pending_approval: "Waiting for you",
    purchase_awaiting_payment: "Payment pending",
    purchase_paid: "Paid",
    purchase_declined: "Declined",
    purchase_cancelled: "Cancelled",
    approve: "Confirm",
    decline: "Decline",
    markPaid: "Mark paid",
    journey: "Guest journey",
    kind_held: "Held",
    kind_payment: "Payment",
    kind_refund: "Refund",
    kind_confirmed: "Confirmed",
    kind_cancelled: "Cancelled",
    kind_message_sent: "Message sent",
    kind_message_delivered: "Message delivered",
    kind_message_read: "Message read",
    kind_message_failed: "Message not delivered",
    kind_guest_replied: "Guest replied",
    kind_check_in_started: "Check-in started",
    kind_check_in_completed: "Check-in completed",
    kind_upsell_offered: "Extra offered",
    kind_upsell_requested: "Extra requested",
    kind_upsell_paid: "Extra paid",
    kind_rated: "Rated the stay",
    failed: "That didn't work. Try again.",
  },
  "pt-BR": {
    portal: "Portal do hóspede",
    copyLink: "Copiar link do portal",
    copied: "Link copiado",
    revoke: "Anular link",
    revoked: "Link anulado: o anterior não abre mais nada",
    checkIn: "Registro de entrada",
    status_not_started: "Sem check-in",
    status_started: "Check-in iniciado",
    status_completed: "Check-in feito",
    completedBy_guest: "online",
    completedBy_staff: "na recepção",
    arrivalAt: "chega {time}",
    idPhotos: "{count} foto(s) de documento",
    completeAtDesk: "Completar na recepção",
    fullName: "Nome completo",
    documentType: "Documento",
    doc_dni: "DNI",
    doc_passport: "Passaporte",
    doc_other: "Outro",
    documentNumber: "Número",
    nationality: "Nacionalidade",
    guestN: "Hóspede {n}",
    birthDate: "Nascimento do titular",
    arrivalTime: "Horário de chegada",
    plate: "Placa (opcional)",
    acceptRules: "O hóspede aceitou as regras da casa",
    save: "Salvar check-in",
    cancel: "Cancelar",
    extras: "Extras",
    purchase_pending_approval: "Aguarda sua confirmação",
    purchase_awaiting_payment: "Falta o pagamento",
    purchase_paid: "Pago",
    purchase_declined: "Recusado",
    purchase_cancelled: "Cancelado",
    approve: "Confirmar",
    decline: "Recusar",
    markPaid: "Marcar como pago",
    journey: "Jornada do hóspede",
    kind_held: "Pré-reserva",
    kind_payment: "Pagamento",
    kind_refund: "Devolução",
    kind_confirmed: "Confirmada",
    kind_cancelled: "Cancelada",
    kind_message_sent: "Mensagem enviada",
    kind_message_delivered: "Mensagem entregue",
    kind_message_read: "Mensagem lida",
    kind_message_failed: "Mensagem não entregue",
    kind_guest_replied: "O hóspede respondeu",
    kind_check_in_started: "Check-in iniciado",
    kind_check_in_completed: "Check-in concluído",
    kind_upsell_offered: "Extra oferecido",
    kind_upsell_requested: "Extra pedido",
    kind_upsell_paid: "Extra pago",
    kind_rated: "Avaliou a estadia",
    failed: "Não deu certo. Tente de novo.",
  },
};
