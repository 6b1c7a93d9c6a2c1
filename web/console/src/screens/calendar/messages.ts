import type { Messages } from "../../i18n/i18n";

export type CalendarMessage =
  | "title" | "unit" | "previous" | "next" | "today" | "month" | "timeline" | "free" | "held" | "booked" | "blocked"
  | "pickEnd" | "selected" | "block" | "blockNote" | "blockConfirm" | "blocked_ok" | "createReservation" | "clear" | "cancel"
  | "unblock" | "unblocked" | "undo" | "stay" | "guest" | "code" | "status" | "openReservation" | "importedBlock" | "noUnits" | "nights" | "unavailable"
  | "selection" | "viewChart" | "viewMonth" | "view" | "status_held" | "status_confirmed" | "status_cancelled" | "status_expired" | "status_needs_refund";

export const messages: Messages<CalendarMessage> = {
  "es-AR": {
    title: "Calendario", unit: "Unidad", previous: "Mes anterior", next: "Mes siguiente", today: "Hoy", month: "Mes", timeline: "Todas las unidades",
    free: "libre", held: "pre-reserva", booked: "reservada", blocked: "bloqueada", pickEnd: "Tocá la última noche", selected: "{from} → {to} ({nights} noches)",
    block: "Bloquear fechas", blockNote: "Nota (opcional)", blockConfirm: "Bloquear", blocked_ok: "Fechas bloqueadas", createReservation: "Crear reserva",
    clear: "Limpiar selección", cancel: "Cancelar", unblock: "Desbloquear", unblocked: "Fechas desbloqueadas", undo: "Deshacer", stay: "Estadía",
    guest: "Huésped", code: "Código", status: "Estado", openReservation: "Ver la reserva", importedBlock: "Bloqueo importado de un canal",
    noUnits: "Creá una unidad primero.", nights: "noches", unavailable: "Alguna de esas noches ya está ocupada.",
    selection: "Noches elegidas", view: "Vista", viewChart: "Todas las unidades", viewMonth: "Una unidad por mes",
    status_held: "Pre-reserva (seña pendiente)", status_confirmed: "Confirmada", status_cancelled: "Cancelada", status_expired: "Vencida", status_needs_refund: "Hay que devolver el dinero",
  },
  en: {
    title: "Calendar", unit: "Unit", previous: "Previous month", next: "Next month", today: "Today", month: "Month", timeline: "All units",
    free: "free", held: "held", booked: "booked", blocked: "blocked", pickEnd: "Tap the last night", selected: "{from} → {to} ({nights} nights)",
    block: "Block dates", blockNote: "Note (optional)", blockConfirm: "Block", blocked_ok: "Dates blocked", createReservation: "Create reservation",
    clear: "Clear selection", cancel: "Cancel", unblock: "Unblock", unblocked: "Dates unblocked", undo: "Undo", stay: "Stay",
    guest: "Guest", code: "Code", status: "Status", openReservation: "Open the reservation", importedBlock: "Block imported from a channel",
    noUnits: "Create a unit first.", nights: "nights", unavailable: "Some of those nights are already taken.",
    selection: "Picked nights", view: "View", viewChart: "All units", viewMonth: "One unit by month",
    status_held: "Hold (deposit pending)", status_confirmed: "Confirmed", status_cancelled: "Cancelled", status_expired: "Expired", status_needs_refund: "Needs a refund",
  },
  "pt-BR": {
    title: "Calendário", unit: "Unidade", previous: "Mês anterior", next: "Próximo mês", today: "Hoje", month: "Mês", timeline: "Todas as unidades",
    free: "livre", held: "retida", booked: "reservada", blocked: "bloqueada", pickEnd: "Toque na última noite", selected: "{from} → {to} ({nights} noites)",
    block: "Bloquear datas", blockNote: "Nota (opcional)", blockConfirm: "Bloquear", blocked_ok: "Datas bloqueadas", createReservation: "Criar reserva",
    clear: "Limpar seleção", cancel: "Cancelar", unblock: "Desbloquear", unblocked: "Datas desbloqueadas", undo: "Desfazer", stay: "Estadia",
    guest: "Hóspede", code: "Código", status: "Status", openReservation: "Ver a reserva", importedBlock: "Bloqueio importado de um canal",
    noUnits: "Crie uma unidade primeiro.", nights: "noites", unavailable: "Alguma dessas noites já está ocupada.",
    selection: "Noites escolhidas", view: "Visualização", viewChart: "Todas as unidades", viewMonth: "Uma unidade por mês",
    status_held: "Pré-reserva (sinal pendente)", status_confirmed: "Confirmada", status_cancelled: "Cancelada", status_expired: "Vencida", status_needs_refund: "Precisa devolver o dinheiro",
  },
};
