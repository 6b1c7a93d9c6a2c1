import type { Messages } from "../../i18n/i18n";

export const messages: Messages<
  | "title"
  | "newReservation"
  | "statusFilter"
  | "unitFilter"
  | "allUnits"
  | "status_all"
  | "status_held"
  | "status_confirmed"
  | "status_needs_refund"
  | "status_expired"
  | "status_cancelled"
  | "state_held"
  | "state_confirmed"
  | "state_needs_refund"
  | "state_expired"
  | "state_cancelled"
  | "state_pending"
  | "fieldInvalid"
  | "noUnits"
  | "empty"
  | "emptyFiltered"
  | "retry"
  | "list"
  | "backToList"
  | "holdExpiresIn"
  | "holdCountdown"
  | "nightsOne"
  | "nightsCount"
  | "phone"
  | "email"
  | "unit"
  | "checkIn"
  | "checkOut"
  | "nights"
  | "guests"
  | "total"
  | "deposit"
  | "extras"
  | "paidSoFar"
  | "balanceDue"
  | "source"
  | "source_direct"
  | "source_whatsapp"
  | "source_webchat"
  | "source_partner"
  | "code"
  | "created"
  | "payments"
  | "method_cash"
  | "method_transfer"
  | "method_card"
  | "method_other"
  | "unknownUnit"
  | "notFound"
  | "actions"
  | "extend"
  | "extended"
  | "extensionUsed"
  | "extensionUsedNote"
  | "notHeld"
  | "confirm"
  | "confirmTitle"
  | "confirmIntro"
  | "amount"
  | "amountHint"
  | "amountInvalid"
  | "method"
  | "reference"
  | "referenceHint"
  | "confirmSubmit"
  | "confirmed"
  | "confirmExpired"
  | "datesTaken"
  | "currencyMismatch"
  | "belowDeposit"
  | "belowDepositOverride"
  | "cancel"
  | "cancelTitle"
  | "cancelIntro"
  | "cancelReason"
  | "cancelReasonHint"
  | "cancelSubmit"
  | "keep"
  | "cancelled"
  | "cancelExpired"
  | "paymentLink"
  | "paymentLinkFor"
  | "paymentLinkUrl"
  | "paymentLinkExpires"
  | "copy"
  | "copied"
  | "copyFailed"
  | "shareWhatsApp"
  | "whatsAppText"
  | "providerNotConfigured"
  | "openSettings"
  | "providerFailed"
  | "working"
  | "newTitle"
  | "newIntro"
  | "chooseUnit"
  | "guestName"
  | "optional"
  | "phoneHint"
  | "quoteTitle"
  | "quoteLoading"
  | "hold"
  | "holding"
  | "held"
  | "discard"
  | "err_dates_unavailable"
  | "err_min_stay"
  | "err_over_capacity"
  | "err_invalid_range"
  | "err_in_the_past"
  | "err_too_long"
  | "err_invalid_input"
  | "err_unexpected"
> = {
  "es-AR": {
    title: "Reservas",
    newReservation: "Nueva reserva",
    statusFilter: "Estado",
    unitFilter: "Unidad",
    allUnits: "Todas las unidades",
    status_all: "Todas",
    status_held: "Pre-reservas (seña pendiente)",
    status_confirmed: "Confirmadas",
    status_needs_refund: "A reembolsar",
    status_expired: "Vencidas",
    status_cancelled: "Canceladas",
    state_held: "Pre-reserva · seña pendiente",
    state_confirmed: "Confirmada",
    state_needs_refund: "A reembolsar",
    state_expired: "Vencida",
    state_cancelled: "Cancelada",
    state_pending: "Procesando",
    fieldInvalid: "Revisá este dato.",
    noUnits: "Primero cargá una unidad en «Unidades y precios».",
    empty: "Todavía no hay reservas. Creá la primera con «Nueva reserva».",
    emptyFiltered: "No hay reservas con estos filtros.",
    retry: "Reintentar",
    list: "Lista de reservas",
    backToList: "← Volver a la lista",
    holdExpiresIn: "Se libera en",
    holdCountdown: "Tiempo que queda de la pre-reserva",
    nightsOne: "1 noche",
    nightsCount: "{count} noches",
    phone: "Teléfono",
    email: "Email",
    unit: "Unidad",
    checkIn: "Entrada",
    checkOut: "Salida",
    nights: "Noches",
    guests: "Huéspedes",
    total: "Total",
    deposit: "Seña",
    extras: "Extras",
    paidSoFar: "Pagado",
    balanceDue: "Saldo a pagar",
    source: "Origen",
    source_direct: "Directa",
    source_whatsapp: "WhatsApp",
    source_webchat: "Chat web",
    source_partner: "Socio (API)",
    code: "Código",
    created: "Creada",
    payments: "Pagos",
    method_cash: "Efectivo",
    method_transfer: "Transferencia",
    method_card: "Tarjeta",
    method_other: "Otro",
    unknownUnit: "Unidad eliminada",
    notFound: "No encontramos esa reserva.",
    actions: "Acciones",
    extend: "Extender 15 min",
    extended: "Pre-reserva extendida 15 minutos: ahora se libera a las {time}",
    extensionUsed: "Ya extendida",
    extensionUsedNote: "La pre-reserva ya se extendió una vez; no se puede extender de nuevo.",
    notHeld: "Esta reserva ya no es una pre-reserva.",
    confirm: "Confirmar pago a mano",
    confirmTitle: "Confirmar con un pago recibido",
    confirmIntro: "Registrá el pago que recibiste y la reserva queda confirmada.",
    amount: "Monto recibido ({currency})",
    amountHint: "La seña es {deposit}; el total, {total}.",
    amountInvalid: "Escribí un monto mayor a cero.",
    method: "Medio de pago",
    reference: "Referencia",
    referenceHint: "Opcional: número de transferencia, recibo…",
    confirmSubmit: "Confirmar reserva",
    confirmed: "Reserva {code} confirmada.",
    confirmExpired: "La pre-reserva venció antes de confirmarla.",
    datesTaken: "Las noches se ocuparon después de que venció la pre-reserva.",
    currencyMismatch: "El pago tiene que estar en {currency}.",
    belowDeposit: "Para confirmar hace falta al menos la seña. Un dueño o administrador puede confirmar igual con menos.",
    belowDepositOverride: "Confirmar igual con menos de la seña (queda registrado a tu nombre)",
    cancel: "Cancelar reserva",
    cancelTitle: "¿Cancelar la reserva {code}?",
    cancelIntro: "Las noches quedan libres otra vez. Esto no se puede deshacer.",
    cancelReason: "Motivo",
    cancelReasonHint: "Opcional; queda guardado con la reserva.",
    cancelSubmit: "Sí, cancelar",
    keep: "No, volver",
    cancelled: "Reserva {code} cancelada.",
    cancelExpired: "Esta reserva ya no se puede cancelar: venció o cambió de estado.",
    paymentLink: "Enviar link de pago",
    paymentLinkFor: "Link para pagar la seña de {amount}",
    paymentLinkUrl: "Link de pago",
    paymentLinkExpires: "Vence: {time}",
    copy: "Copiar",
    copied: "Copiado.",
    copyFailed: "No se pudo copiar; seleccioná el link y copialo a mano.",
    shareWhatsApp: "Enviar por WhatsApp",
    whatsAppText: "¡Hola {name}! Para confirmar tu reserva {code} pagá la seña de {amount} acá: {url}",
    providerNotConfigured: "Para enviar links de pago, conectá Mercado Pago o Stripe en Ajustes.",
    openSettings: "Ir a Ajustes",
    providerFailed: "El proveedor de pagos no respondió. Probá de nuevo en un momento.",
    working: "Un momento…",
    newTitle: "Nueva reserva",
    newIntro: "Retiene las noches 30 minutos mientras el huésped paga la seña.",
    chooseUnit: "Elegí una unidad",
    guestName: "Nombre del huésped",
    optional: "{label} (opcional)",
    phoneHint: "Con código de país, por ejemplo +54 9 294 555 1234",
    quoteTitle: "Precio",
    quoteLoading: "Calculando el precio…",
    hold: "Pre-reservar 30 minutos",
    holding: "Reteniendo…",
    held: "Pre-reserva {code}: 30 minutos para pagar la seña.",
    discard: "Descartar",
    err_dates_unavailable: "Esas noches ya están ocupadas. Elegí otras fechas u otra unidad.",
    err_min_stay: "La estadía es más corta que el mínimo de noches de la unidad.",
    err_over_capacity: "Son más huéspedes de los que entran en la unidad.",
    err_invalid_range: "La salida tiene que ser después de la entrada.",
    err_in_the_past: "La entrada no puede ser antes de hoy.",
    err_too_long: "La estadía es demasiado larga.",
    err_invalid_input: "Revisá los campos marcados.",
    err_unexpected: "Algo salió mal (código {detail}). Probá de nuevo; si sigue pasando, avisanos con ese código.",
  },
  en: {
    title: "Reservations",
    newReservation: "New reservation",
    statusFilter: "Status",
    unitFilter: "Unit",
    allUnits: "All units",
    status_all: "All",
    status_held: "Held",
    status_confirmed: "Confirmed",
    status_needs_refund: "Needs refund",
    status_expired: "Expired",
    status_cancelled: "Cancelled",
    state_held: "Held",
    state_confirmed: "Confirmed",
    state_needs_refund: "Needs refund",
    state_expired: "Expired",
    state_cancelled: "Cancelled",
    state_pending: "Processing",
    fieldInvalid: "Check this value.",
    noUnits: "Add a unit first, in “Units and prices”.",
    empty: "No reservations yet. Create the first with “New reservation”.",
    emptyFiltered: "No reservations match these filters.",
    retry: "Retry",
    list: "Reservation list",
    backToList: "← Back to the list",
    holdExpiresIn: "Released in",
    holdCountdown: "Time left on the hold",
    nightsOne: "1 night",
    nightsCount: "{count} nights",
    phone: "Phone",
    email: "Email",
    unit: "Unit",
    checkIn: "Check-in",
    checkOut: "Check-out",
    nights: "Nights",
    guests: "Guests",
    total: "Total",
    deposit: "Deposit",
    extras: "Extras",
    paidSoFar: "Paid",
    balanceDue: "Balance due",
    source: "Source",
    source_direct: "Direct",
    source_whatsapp: "WhatsApp",
    source_webchat: "Web chat",
    source_partner: "Partner (API)",
    code: "Code",
    created: "Created",
    payments: "Payments",
    method_cash: "Cash",
    method_transfer: "Bank transfer",
    method_card: "Card",
    method_other: "Other",
    unknownUnit: "Deleted unit",
    notFound: "We could not find that reservation.",
    actions: "Actions",
    extend: "Extend 15 min",
    extended: "Hold extended by 15 minutes: now released at {time}",
    extensionUsed: "Already extended",
    extensionUsedNote: "This hold was already extended once; it cannot be extended again.",
    notHeld: "This reservation is no longer held.",
    confirm: "Confirm payment by hand",
    confirmTitle: "Confirm with a payment received",
    confirmIntro: "Record the payment you received and the reservation is confirmed.",
    amount: "Amount received ({currency})",
    amountHint: "The deposit is {deposit}; the total, {total}.",
    amountInvalid: "Enter an amount above zero.",
    method: "Payment method",
    reference: "Reference",
    referenceHint: "Optional: transfer number, receipt…",
    confirmSubmit: "Confirm reservation",
    confirmed: "Reservation {code} confirmed.",
    confirmExpired: "The hold expired before it was confirmed.",
    datesTaken: "The nights were taken after the hold expired.",
    currencyMismatch: "The payment must be in {currency}.",
    belowDeposit: "Confirming takes at least the deposit. An owner or admin can confirm with less anyway.",
    belowDepositOverride: "Confirm with less than the deposit anyway (recorded under your name)",
    cancel: "Cancel reservation",
    cancelTitle: "Cancel reservation {code}?",
    cancelIntro: "The nights become free again. This cannot be undone.",
    cancelReason: "Reason",
    cancelReasonHint: "Optional; kept with the reservation.",
    cancelSubmit: "Yes, cancel",
    keep: "No, go back",
    cancelled: "Reservation {code} cancelled.",
    cancelExpired: "This reservation can no longer be cancelled: it expired or changed status.",
    paymentLink: "Send payment link",
    paymentLinkFor: "Link to pay the {amount} deposit",
    paymentLinkUrl: "Payment link",
    paymentLinkExpires: "Expires: {time}",
    copy: "Copy",
    copied: "Copied.",
    copyFailed: "Could not copy; select the link and copy it by hand.",
    shareWhatsApp: "Send on WhatsApp",
    whatsAppText: "Hi {name}! To confirm your reservation {code}, pay the {amount} deposit here: {url}",
    providerNotConfigured: "To send payment links, connect Mercado Pago or Stripe in Settings.",
    openSettings: "Go to Settings",
    providerFailed: "The payment provider did not answer. Try again in a moment.",
    working: "One moment…",
    newTitle: "New reservation",
    newIntro: "Holds the nights for 30 minutes while the guest pays the deposit.",
    chooseUnit: "Choose a unit",
    guestName: "Guest name",
    optional: "{label} (optional)",
    phoneHint: "With country code, e.g. +54 9 294 555 1234",
    quoteTitle: "Price",
    quoteLoading: "Working out the price…",
    hold: "Hold for 30 minutes",
    holding: "Holding…",
    held: "Reservation {code} held for 30 minutes.",
    discard: "Discard",
    err_dates_unavailable: "Those nights are taken. Choose other dates or another unit.",
    err_min_stay: "The stay is shorter than the unit's minimum nights.",
    err_over_capacity: "More guests than the unit sleeps.",
    err_invalid_range: "Check-out must be after check-in.",
    err_in_the_past: "Check-in cannot be before today.",
    err_too_long: "The stay is too long.",
    err_invalid_input: "Check the highlighted fields.",
    err_unexpected: "Something went wrong (code {detail}). Try again; if it keeps happening, tell us that code.",
  },
  "pt-BR": {
    title: "Reservas",
    newReservation: "Nova reserva",
    statusFilter: "Status",
    unitFilter: "Unidade",
    allUnits: "Todas as unidades",
    status_all: "Todas",
    status_held: "Retidas",
    status_confirmed: "Confirmadas",
    status_needs_refund: "A reembolsar",
    status_expired: "Vencidas",
    status_cancelled: "Canceladas",
    state_held: "Retida",
    state_confirmed: "Confirmada",
    state_needs_refund: "A reembolsar",
    state_expired: "Vencida",
    state_cancelled: "Cancelada",
    state_pending: "Processando",
    fieldInvalid: "Revise este dado.",
    noUnits: "Cadastre uma unidade primeiro, em “Unidades e preços”.",
    empty: "Ainda não há reservas. Crie a primeira em “Nova reserva”.",
    emptyFiltered: "Nenhuma reserva com esses filtros.",
    retry: "Tentar de novo",
    list: "Lista de reservas",
    backToList: "← Voltar para a lista",
    holdExpiresIn: "Liberada em",
    holdCountdown: "Tempo restante da retenção",
    nightsOne: "1 noite",
    nightsCount: "{count} noites",
    phone: "Telefone",
    email: "E-mail",
    unit: "Unidade",
    checkIn: "Entrada",
    checkOut: "Saída",
    nights: "Noites",
    guests: "Hóspedes",
    total: "Total",
    deposit: "Sinal",
    extras: "Extras",
    paidSoFar: "Pago",
    balanceDue: "Saldo a pagar",
    source: "Origem",
    source_direct: "Direta",
    source_whatsapp: "WhatsApp",
    source_webchat: "Chat web",
    source_partner: "Parceiro (API)",
    code: "Código",
    created: "Criada",
    payments: "Pagamentos",
    method_cash: "Dinheiro",
    method_transfer: "Transferência",
    method_card: "Cartão",
    method_other: "Outro",
    unknownUnit: "Unidade excluída",
    notFound: "Não encontramos essa reserva.",
    actions: "Ações",
    extend: "Estender 15 min",
    extended: "Retenção estendida em 15 minutos: agora liberada às {time}",
    extensionUsed: "Já estendida",
    extensionUsedNote: "A retenção já foi estendida uma vez; não pode ser estendida de novo.",
    notHeld: "Esta reserva não está mais retida.",
    confirm: "Confirmar pagamento manual",
    confirmTitle: "Confirmar com um pagamento recebido",
    confirmIntro: "Registre o pagamento que você recebeu e a reserva fica confirmada.",
    amount: "Valor recebido ({currency})",
    amountHint: "O sinal é {deposit}; o total, {total}.",
    amountInvalid: "Digite um valor maior que zero.",
    method: "Forma de pagamento",
    reference: "Referência",
    referenceHint: "Opcional: número da transferência, recibo…",
    confirmSubmit: "Confirmar reserva",
    confirmed: "Reserva {code} confirmada.",
    confirmExpired: "A retenção venceu antes da confirmação.",
    datesTaken: "As noites foram ocupadas depois que a retenção venceu.",
    currencyMismatch: "O pagamento precisa ser em {currency}.",
    belowDeposit: "Para confirmar é preciso pelo menos o sinal. Um dono ou administrador pode confirmar mesmo com menos.",
    belowDepositOverride: "Confirmar mesmo com menos que o sinal (fica registrado no seu nome)",
    cancel: "Cancelar reserva",
    cancelTitle: "Cancelar a reserva {code}?",
    cancelIntro: "As noites ficam livres de novo. Isso não pode ser desfeito.",
    cancelReason: "Motivo",
    cancelReasonHint: "Opcional; fica salvo com a reserva.",
    cancelSubmit: "Sim, cancelar",
    keep: "Não, voltar",
    cancelled: "Reserva {code} cancelada.",
    cancelExpired: "Esta reserva não pode mais ser cancelada: venceu ou mudou de status.",
    paymentLink: "Enviar link de pagamento",
    paymentLinkFor: "Link para pagar o sinal de {amount}",
    paymentLinkUrl: "Link de pagamento",
    paymentLinkExpires: "Vence: {time}",
    copy: "Copiar",
    copied: "Copiado.",
    copyFailed: "Não foi possível copiar; selecione o link e copie manualmente.",
    shareWhatsApp: "Enviar pelo WhatsApp",
    whatsAppText: "Olá {name}! Para confirmar sua reserva {code}, pague o sinal de {amount} aqui: {url}",
    providerNotConfigured: "Para enviar links de pagamento, conecte o Mercado Pago ou o Stripe em Configurações.",
    openSettings: "Ir para Configurações",
    providerFailed: "O provedor de pagamentos não respondeu. Tente de novo em instantes.",
    working: "Um momento…",
    newTitle: "Nova reserva",
    newIntro: "Retém as noites por 30 minutos enquanto o hóspede paga o sinal.",
    chooseUnit: "Escolha uma unidade",
    guestName: "Nome do hóspede",
    optional: "{label} (opcional)",
    phoneHint: "Com código do país, por exemplo +55 11 91234 5678",
    quoteTitle: "Preço",
    quoteLoading: "Calculando o preço…",
    hold: "Reter por 30 minutos",
    holding: "Retendo…",
    held: "Reserva {code} retida por 30 minutos.",
    discard: "Descartar",
    err_dates_unavailable: "Essas noites já estão ocupadas. Escolha outras datas ou outra unidade.",
    err_min_stay: "A estadia é mais curta que o mínimo de noites da unidade.",
    err_over_capacity: "Mais hóspedes do que a unidade comporta.",
    err_invalid_range: "A saída precisa ser depois da entrada.",
    err_in_the_past: "A entrada não pode ser antes de hoje.",
    err_too_long: "A estadia é longa demais.",
    err_invalid_input: "Revise os campos marcados.",
    err_unexpected: "Algo deu errado (código {detail}). Tente de novo; se continuar, avise-nos com esse código.",
  },
};

export type ReservationMessage = keyof (typeof messages)["es-AR"];
