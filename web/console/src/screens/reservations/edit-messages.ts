import type { Messages } from "../../i18n/i18n";

/** Words of the reservation edit form and of what an edit or a cancellation records. */
export const editMessages: Messages<
  | "edit"
  | "editTitle"
  | "editIntro"
  | "guestName"
  | "phone"
  | "email"
  | "guests"
  | "checkIn"
  | "checkOut"
  | "source"
  | "notes"
  | "notesHint"
  | "setPrice"
  | "price"
  | "priceHint"
  | "priceReason"
  | "priceReasonHint"
  | "save"
  | "saving"
  | "discard"
  | "saved"
  | "nothingChanged"
  | "datesTaken"
  | "notAmendable"
  | "fieldInvalid"
  | "notesLabel"
  | "priceSetByHand"
  | "cancelReasonLabel"
  | "refundDecisionLabel"
  | "refund_full"
  | "refund_partial"
  | "refund_keep"
  | "refundRow"
  | "refund_pending"
  | "refund_refunded"
  | "refund_failed"
  | "via_manual"
> = {
  "es-AR": {
    edit: "Editar",
    editTitle: "Editar la reserva {code}",
    editIntro: "Si cambiás las fechas o los huéspedes, el precio se calcula de nuevo, salvo que lo pongas a mano.",
    guestName: "Nombre del huésped",
    phone: "Teléfono (opcional)",
    email: "Email (opcional)",
    guests: "Huéspedes",
    checkIn: "Entrada",
    checkOut: "Salida",
    source: "Cómo llegó la reserva",
    notes: "Notas (opcional)",
    notesHint: "Solo para el equipo: horario de llegada, pedidos, lo que haga falta recordar.",
    setPrice: "Poner el precio total a mano",
    price: "Precio total ({currency})",
    priceHint: "El precio de la unidad para esta estadía es {total}.",
    priceReason: "Motivo del precio",
    priceReasonHint: "Queda guardado con la reserva, por ejemplo «descuento por semana completa».",
    save: "Guardar cambios",
    saving: "Guardando…",
    discard: "No, volver",
    saved: "Reserva {code} actualizada.",
    nothingChanged: "No cambiaste nada.",
    datesTaken: "Esas noches ya están ocupadas por otra reserva o un bloqueo. La reserva quedó como estaba.",
    notAmendable: "Esta reserva ya no se puede editar: venció o fue cancelada.",
    fieldInvalid: "Revisá este dato.",
    notesLabel: "Notas",
    priceSetByHand: "Precio puesto a mano: {reason}",
    cancelReasonLabel: "Motivo de la cancelación",
    refundDecisionLabel: "Qué pasó con la plata",
    refund_full: "Se devolvió todo",
    refund_partial: "Se devolvió una parte",
    refund_keep: "Se quedó con la seña",
    refundRow: "Devolución de {amount}",
    refund_pending: "en curso",
    refund_refunded: "hecha",
    refund_failed: "falló",
    via_manual: "a mano",
  },
  en: {
    edit: "Edit",
    editTitle: "Edit reservation {code}",
    editIntro: "Changing the dates or guests prices the stay again, unless you set the price yourself.",
    guestName: "Guest name",
    phone: "Phone (optional)",
    email: "Email (optional)",
    guests: "Guests",
    checkIn: "Check-in",
    checkOut: "Check-out",
    source: "Where the booking came from",
    notes: "Notes (optional)",
    notesHint: "For the team only: arrival time, requests, anything to remember.",
    setPrice: "Set the total price by hand",
    price: "Total price ({currency})",
    priceHint: "The unit's price for this stay is {total}.",
    priceReason: "Reason for the price",
    priceReasonHint: "Kept with the reservation, e.g. “full-week discount”.",
    save: "Save changes",
    saving: "Saving…",
    discard: "No, go back",
    saved: "Reservation {code} updated.",
    nothingChanged: "You did not change anything.",
    datesTaken: "Those nights are already taken by another reservation or a block. The reservation was left as it was.",
    notAmendable: "This reservation can no longer be edited: it expired or was cancelled.",
    fieldInvalid: "Check this field.",
    notesLabel: "Notes",
    priceSetByHand: "Price set by hand: {reason}",
    cancelReasonLabel: "Why it was cancelled",
    refundDecisionLabel: "What happened to the money",
    refund_full: "Refunded in full",
    refund_partial: "Partly refunded",
    refund_keep: "Deposit kept",
    refundRow: "Refund of {amount}",
    refund_pending: "in progress",
    refund_refunded: "done",
    refund_failed: "failed",
    via_manual: "by hand",
  },
  "pt-BR": {
    edit: "Editar",
    editTitle: "Editar a reserva {code}",
    editIntro: "Se você mudar as datas ou os hóspedes, o preço é recalculado, a menos que você o defina à mão.",
    guestName: "Nome do hóspede",
    phone: "Telefone (opcional)",
    email: "E-mail (opcional)",
    guests: "Hóspedes",
    checkIn: "Entrada",
    checkOut: "Saída",
    source: "Como a reserva chegou",
    notes: "Notas (opcional)",
    notesHint: "Só para a equipe: horário de chegada, pedidos, o que for preciso lembrar.",
    setPrice: "Definir o preço total à mão",
    price: "Preço total ({currency})",
    priceHint: "O preço da unidade para esta estadia é {total}.",
    priceReason: "Motivo do preço",
    priceReasonHint: "Fica guardado com a reserva, por exemplo «desconto por semana completa».",
    save: "Salvar alterações",
    saving: "Salvando…",
    discard: "Não, voltar",
    saved: "Reserva {code} atualizada.",
    nothingChanged: "Você não mudou nada.",
    datesTaken: "Essas noites já estão ocupadas por outra reserva ou um bloqueio. A reserva ficou como estava.",
    notAmendable: "Esta reserva não pode mais ser editada: venceu ou foi cancelada.",
    fieldInvalid: "Confira este dado.",
    notesLabel: "Notas",
    priceSetByHand: "Preço definido à mão: {reason}",
    cancelReasonLabel: "Motivo do cancelamento",
    refundDecisionLabel: "O que aconteceu com o dinheiro",
    refund_full: "Devolvido por inteiro",
    refund_partial: "Devolvido em parte",
    refund_keep: "Sinal retido",
    refundRow: "Devolução de {amount}",
    refund_pending: "em andamento",
    refund_refunded: "feita",
    refund_failed: "falhou",
    via_manual: "à mão",
  },
};
