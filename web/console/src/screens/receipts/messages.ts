import type { Messages } from "../../i18n/i18n";

export type ReceiptMessage =
  | "pendingTitle" | "pendingEmpty" | "retry" | "receivedAt" | "holdLapsed" | "deposit" | "openFile" | "fileFailed" | "fileAlt"
  | "confirm" | "confirmed" | "reject" | "rejected" | "reason" | "working" | "open" | "receiptsTitle"
  | "status_pending" | "status_confirmed" | "status_rejected"
  | "reason_amount_mismatch" | "reason_not_received" | "reason_unreadable" | "reason_wrong_account" | "reason_other"
  | "err_receipt_rejected" | "err_receipt_confirmed" | "err_expired" | "err_other";

export const messages: Messages<ReceiptMessage> = {
  "es-AR": {
    pendingTitle: "Comprobantes por revisar", pendingEmpty: "No hay comprobantes esperando.", retry: "Reintentar",
    receivedAt: "Llegó {when}", holdLapsed: "Llegó con la pre-reserva vencida", deposit: "Seña {amount}", openFile: "Abrir comprobante (PDF)",
    fileFailed: "No se pudo abrir el comprobante", fileAlt: "Comprobante de {name}",
    confirm: "Confirmar seña", confirmed: "Seña confirmada: {code}. Le avisamos al huésped.", reject: "Rechazar", rejected: "Comprobante rechazado. Le avisamos al huésped.",
    reason: "Motivo del rechazo", working: "Un momento…", open: "Ver reserva", receiptsTitle: "Comprobantes de transferencia",
    status_pending: "Por revisar", status_confirmed: "Confirmado", status_rejected: "Rechazado",
    reason_amount_mismatch: "El monto no coincide", reason_not_received: "No llegó la transferencia", reason_unreadable: "No se lee", reason_wrong_account: "Otra cuenta", reason_other: "Otro motivo",
    err_receipt_rejected: "Este comprobante ya fue rechazado.", err_receipt_confirmed: "Este comprobante ya fue confirmado.",
    err_expired: "La pre-reserva venció y las noches ya no están libres: rechazalo o armá otra reserva.", err_other: "No se pudo: {detail}",
  },
  en: {
    pendingTitle: "Receipts to check", pendingEmpty: "No receipts waiting.", retry: "Retry",
    receivedAt: "Received {when}", holdLapsed: "Came in after the hold lapsed", deposit: "Deposit {amount}", openFile: "Open receipt (PDF)",
    fileFailed: "Could not open the receipt", fileAlt: "{name}'s receipt",
    confirm: "Confirm deposit", confirmed: "Deposit confirmed: {code}. The guest has been told.", reject: "Reject", rejected: "Receipt rejected. The guest has been told.",
    reason: "Why it is rejected", working: "One moment…", open: "Open reservation", receiptsTitle: "Transfer receipts",
    status_pending: "To check", status_confirmed: "Confirmed", status_rejected: "Rejected",
    reason_amount_mismatch: "Amount does not match", reason_not_received: "Transfer not received", reason_unreadable: "Unreadable", reason_wrong_account: "Another account", reason_other: "Other reason",
    err_receipt_rejected: "This receipt was already rejected.", err_receipt_confirmed: "This receipt was already confirmed.",
    err_expired: "The hold lapsed and its nights are taken: reject it or make another reservation.", err_other: "Could not do it: {detail}",
  },
  "pt-BR": {
    pendingTitle: "Comprovantes para conferir", pendingEmpty: "Nenhum comprovante esperando.", retry: "Tentar de novo",
    receivedAt: "Chegou {when}", holdLapsed: "Chegou com a reserva expirada", deposit: "Sinal {amount}", openFile: "Abrir comprovante (PDF)",
    fileFailed: "Não foi possível abrir o comprovante", fileAlt: "Comprovante de {name}",
    confirm: "Confirmar sinal", confirmed: "Sinal confirmado: {code}. O hóspede foi avisado.", reject: "Recusar", rejected: "Comprovante recusado. O hóspede foi avisado.",
    reason: "Motivo da recusa", working: "Um momento…", open: "Ver reserva", receiptsTitle: "Comprovantes de transferência",
    status_pending: "Para conferir", status_confirmed: "Confirmado", status_rejected: "Recusado",
    reason_amount_mismatch: "O valor não confere", reason_not_received: "A transferência não chegou", reason_unreadable: "Ilegível", reason_wrong_account: "Outra conta", reason_other: "Outro motivo",
    err_receipt_rejected: "Este comprovante já foi recusado.", err_receipt_confirmed: "Este comprovante já foi confirmado.",
    err_expired: "A reserva expirou e as noites já foram ocupadas: recuse-o ou faça outra reserva.", err_other: "Não foi possível: {detail}",
  },
};
