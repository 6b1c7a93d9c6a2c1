import type { Messages } from "../../i18n/i18n";

export const messages: Messages<
  | "title"
  | "dateLine"
  | "retry"
  | "holds"
  | "holdsEmpty"
  | "holdExpiresIn"
  | "holdCountdown"
  | "extend"
  | "extensionUsed"
  | "confirm"
  | "open"
  | "arrivals"
  | "arrivalsEmpty"
  | "departures"
  | "departuresEmpty"
  | "stayLine"
  | "nightsOne"
  | "nightsMany"
  | "guestsOne"
  | "guestsMany"
  | "holdLine"
  | "checkInAt"
  | "checkOutAt"
  | "conversations"
  | "conversationsEmpty"
  | "escalated"
  | "waiting"
  | "lastMessage"
  | "channel_whatsapp"
  | "channel_webchat"
  | "channel_email"
  | "delivery"
  | "deliveryEmpty"
  | "deliveryLine"
  | "deliveryResponse"
  | "deliveryRate"
  | "alert_email_not_connected"
  | "alert_delivery_failure_rate"
  | "alerts"
  | "alertsEmpty"
  | "resolve"
  | "resolved"
  | "view"
  | "severity_info"
  | "severity_warning"
  | "severity_critical"
  | "alert_ical_conflict"
  | "alert_ical_feed_failing"
  | "alert_payment_needs_refund"
  | "alert_quotation_nights_unavailable"
  | "alert_quotation_refund_due"
  | "alert_conversation_escalated"
  | "alert_payment_rejected_twice"
  | "alert_payment_amount_mismatch"
  | "alert_payment_unmatched"
  | "alert_whatsapp_not_connected"
  | "alert_message_undelivered"
  | "alert_webhook_processing_stuck"
  | "alert_webhook_processing_failed"
  | "alert_transfer_receipt_received"
  | "alert_transfer_receipt_late"
  | "alert_refund_failed"
  | "alert_low_guest_rating"
  | "alert_upsell_requested"
  | "alert_journey_kpi_worsening"
  | "alert_crm_needs_attention"
  | "alert_other"
  | "alertDetail"
> = {
  "es-AR": {
    title: "Hoy",
    dateLine: "{date} · {business}",
    retry: "Reintentar",
    holds: "Pre-reservas por vencer (seña pendiente)",
    holdsEmpty: "No hay pre-reservas esperando la seña.",
    holdExpiresIn: "Se libera en",
    holdCountdown: "Tiempo que queda de la pre-reserva de {name}",
    extend: "Extender 15 min",
    extensionUsed: "Ya extendida",
    confirm: "Confirmar pago",
    open: "Abrir la reserva de {name}",
    arrivals: "Llegan hoy",
    arrivalsEmpty: "Hoy no llega nadie.",
    departures: "Se van hoy",
    departuresEmpty: "Hoy no se va nadie.",
    stayLine: "{unit} · {nights} · {guests}",
    nightsOne: "1 noche",
    nightsMany: "{count} noches",
    guestsOne: "1 huésped",
    guestsMany: "{count} huéspedes",
    holdLine: "{unit} · {dates} · seña {deposit}",
    checkInAt: "Entrada desde las {time}",
    checkOutAt: "Salida hasta las {time}",
    conversations: "Conversaciones sin responder",
    conversationsEmpty: "No hay huéspedes esperando respuesta.",
    escalated: "Pide una persona",
    waiting: "Esperando respuesta",
    lastMessage: "Último mensaje {time}",
    channel_whatsapp: "WhatsApp",
    channel_webchat: "Chat web",
    channel_email: "Email",
    delivery: "Mensajes de los últimos 7 días",
    deliveryEmpty: "Todavía no se enviaron mensajes esta semana.",
    deliveryLine: "{sent} enviados · {delivered} entregados · {read} leídos · {failed} con error",
    deliveryRate: "{rate} con error",
    deliveryResponse: "Primera respuesta: asistente {assistant}, equipo {staff} (promedio)",
    alert_email_not_connected: "No se pudo enviar un email: el email no está conectado",
    alert_delivery_failure_rate: "Muchos mensajes a huéspedes fallaron en la última hora",
    alerts: "Alertas",
    alertsEmpty: "Nada para revisar.",
    resolve: "Marcar resuelta",
    resolved: "Alerta marcada como resuelta.",
    view: "Ver",
    severity_info: "Info",
    severity_warning: "Atención",
    severity_critical: "Urgente",
    alert_ical_conflict: "Un canal vendió noches que ya tiene un huésped de Posada",
    alert_ical_feed_failing: "Un calendario de un canal no se está sincronizando",
    alert_payment_needs_refund: "Llegó un pago para noches que ya no están libres: hay que reembolsar o reubicar",
    alert_quotation_nights_unavailable: "Un grupo pagó la seña pero una de tus unidades ya no estaba libre: no se reservó ninguna",
    alert_quotation_refund_due: "Se canceló una cotización de grupo con seña pagada: hay que devolverla",
    alert_conversation_escalated: "Un huésped pide hablar con una persona",
    alert_payment_rejected_twice: "Al huésped le rechazaron el pago dos veces",
    alert_payment_amount_mismatch: "Llegó un pago con un monto distinto al esperado",
    alert_payment_unmatched: "Llegó un pago que no corresponde a ninguna reserva",
    alert_whatsapp_not_connected: "No se pudo enviar un mensaje: WhatsApp no está conectado",
    alert_message_undelivered: "Un mensaje al huésped no se pudo entregar",
    alert_webhook_processing_stuck: "Una notificación de pago quedó sin procesar",
    alert_webhook_processing_failed: "Una notificación de pago falló al procesarse",
    alert_transfer_receipt_received: "Llegó un comprobante de transferencia",
    alert_low_guest_rating: "Un huésped puntuó bajo su estadía",
    alert_upsell_requested: "Un huésped pidió un extra",
    alert_journey_kpi_worsening: "Un indicador de la jornada del huésped empeoró tres períodos seguidos",
    alert_crm_needs_attention: "HubSpot rechazó la clave de acceso: los huéspedes no se envían al CRM. Guardamos los cambios; pegá una clave nueva en Operación y salen solos.",
    alert_transfer_receipt_late: "Comprobante con la pre-reserva vencida",
    alert_refund_failed: "Una devolución no se pudo hacer: revisala en el proveedor de pagos",
    alert_other: "Alerta",
    alertDetail: "Detalle técnico",
  },
  en: {
    title: "Today",
    dateLine: "{date} · {business}",
    retry: "Retry",
    holds: "Holds about to expire",
    holdsEmpty: "No held reservations waiting for payment.",
    holdExpiresIn: "Released in",
    holdCountdown: "Time left on {name}'s hold",
    extend: "Extend 15 min",
    extensionUsed: "Already extended",
    confirm: "Confirm payment",
    open: "Open {name}'s reservation",
    arrivals: "Arriving today",
    arrivalsEmpty: "Nobody arrives today.",
    departures: "Leaving today",
    departuresEmpty: "Nobody leaves today.",
    stayLine: "{unit} · {nights} · {guests}",
    nightsOne: "1 night",
    nightsMany: "{count} nights",
    guestsOne: "1 guest",
    guestsMany: "{count} guests",
    holdLine: "{unit} · {dates} · deposit {deposit}",
    checkInAt: "Check-in from {time}",
    checkOutAt: "Check-out by {time}",
    conversations: "Unanswered conversations",
    conversationsEmpty: "No guests waiting for an answer.",
    escalated: "Asks for a person",
    waiting: "Waiting for an answer",
    lastMessage: "Last message {time}",
    channel_whatsapp: "WhatsApp",
    channel_webchat: "Web chat",
    channel_email: "Email",
    delivery: "Messages in the last 7 days",
    deliveryEmpty: "No messages sent this week yet.",
    deliveryLine: "{sent} sent · {delivered} delivered · {read} read · {failed} failed",
    deliveryRate: "{rate} failed",
    deliveryResponse: "First answer: assistant {assistant}, team {staff} (mean)",
    alert_email_not_connected: "An email could not be sent: email is not connected",
    alert_delivery_failure_rate: "Many messages to guests failed in the last hour",
    alerts: "Alerts",
    alertsEmpty: "Nothing to review.",
    resolve: "Mark resolved",
    resolved: "Alert marked as resolved.",
    view: "View",
    severity_info: "Info",
    severity_warning: "Attention",
    severity_critical: "Urgent",
    alert_ical_conflict: "A channel sold nights a Posada guest already has",
    alert_ical_feed_failing: "A channel's calendar is not syncing",
    alert_payment_needs_refund: "A payment arrived for nights no longer free: refund or rebook",
    alert_quotation_nights_unavailable: "A group paid its deposit but one of your units was no longer free: none was booked",
    alert_quotation_refund_due: "A group quotation with a paid deposit was cancelled: the deposit must be given back",
    alert_conversation_escalated: "A guest asks to talk to a person",
    alert_payment_rejected_twice: "The guest's payment was rejected twice",
    alert_payment_amount_mismatch: "A payment arrived with an unexpected amount",
    alert_payment_unmatched: "A payment arrived that matches no reservation",
    alert_whatsapp_not_connected: "A message could not be sent: WhatsApp is not connected",
    alert_message_undelivered: "A message to a guest could not be delivered",
    alert_webhook_processing_stuck: "A payment notification is stuck",
    alert_webhook_processing_failed: "A payment notification failed to process",
    alert_transfer_receipt_received: "A transfer receipt came in",
    alert_low_guest_rating: "A guest rated their stay low",
    alert_upsell_requested: "A guest asked for an extra",
    alert_journey_kpi_worsening: "A guest journey KPI got worse three periods in a row",
    alert_crm_needs_attention: "HubSpot refused the access token: guests are not being sent to the CRM. We keep the changes; paste a new token in Operations and they go out by themselves.",
    alert_transfer_receipt_late: "Receipt for a lapsed hold",
    alert_refund_failed: "A refund could not be made: check it with the payment provider",
    alert_other: "Alert",
    alertDetail: "Technical detail",
  },
  "pt-BR": {
    title: "Hoje",
    dateLine: "{date} · {business}",
    retry: "Tentar de novo",
    holds: "Retenções para vencer",
    holdsEmpty: "Nenhuma reserva retida esperando pagamento.",
    holdExpiresIn: "Liberada em",
    holdCountdown: "Tempo restante da retenção de {name}",
    extend: "Estender 15 min",
    extensionUsed: "Já estendida",
    confirm: "Confirmar pagamento",
    open: "Abrir a reserva de {name}",
    arrivals: "Chegam hoje",
    arrivalsEmpty: "Ninguém chega hoje.",
    departures: "Saem hoje",
    departuresEmpty: "Ninguém sai hoje.",
    stayLine: "{unit} · {nights} · {guests}",
    nightsOne: "1 noite",
    nightsMany: "{count} noites",
    guestsOne: "1 hóspede",
    guestsMany: "{count} hóspedes",
    holdLine: "{unit} · {dates} · sinal {deposit}",
    checkInAt: "Entrada a partir das {time}",
    checkOutAt: "Saída até as {time}",
    conversations: "Conversas sem resposta",
    conversationsEmpty: "Nenhum hóspede esperando resposta.",
    escalated: "Pede uma pessoa",
    waiting: "Esperando resposta",
    lastMessage: "Última mensagem {time}",
    channel_whatsapp: "WhatsApp",
    channel_webchat: "Chat web",
    channel_email: "E-mail",
    delivery: "Mensagens dos últimos 7 dias",
    deliveryEmpty: "Nenhuma mensagem enviada nesta semana ainda.",
    deliveryLine: "{sent} enviadas · {delivered} entregues · {read} lidas · {failed} com erro",
    deliveryRate: "{rate} com erro",
    deliveryResponse: "Primeira resposta: assistente {assistant}, equipe {staff} (média)",
    alert_email_not_connected: "Não foi possível enviar um e-mail: o e-mail não está conectado",
    alert_delivery_failure_rate: "Muitas mensagens aos hóspedes falharam na última hora",
    alerts: "Alertas",
    alertsEmpty: "Nada para revisar.",
    resolve: "Marcar como resolvido",
    resolved: "Alerta marcado como resolvido.",
    view: "Ver",
    severity_info: "Info",
    severity_warning: "Atenção",
    severity_critical: "Urgente",
    alert_ical_conflict: "Um canal vendeu noites que já são de um hóspede do Posada",
    alert_ical_feed_failing: "O calendário de um canal não está sincronizando",
    alert_payment_needs_refund: "Chegou um pagamento para noites que não estão mais livres: reembolse ou realoque",
    alert_quotation_nights_unavailable: "Um grupo pagou o sinal, mas uma das suas unidades já não estava livre: nenhuma foi reservada",
    alert_quotation_refund_due: "Uma cotação de grupo com sinal pago foi cancelada: o sinal deve ser devolvido",
    alert_conversation_escalated: "Um hóspede pede para falar com uma pessoa",
    alert_payment_rejected_twice: "O pagamento do hóspede foi recusado duas vezes",
    alert_payment_amount_mismatch: "Chegou um pagamento com valor diferente do esperado",
    alert_payment_unmatched: "Chegou um pagamento que não corresponde a nenhuma reserva",
    alert_whatsapp_not_connected: "Não foi possível enviar uma mensagem: o WhatsApp não está conectado",
    alert_message_undelivered: "Uma mensagem ao hóspede não pôde ser entregue",
    alert_webhook_processing_stuck: "Uma notificação de pagamento ficou sem processar",
    alert_webhook_processing_failed: "Uma notificação de pagamento falhou ao ser processada",
    alert_transfer_receipt_received: "Chegou um comprovante de transferência",
    alert_low_guest_rating: "Um hóspede deu uma nota baixa à estadia",
    alert_upsell_requested: "Um hóspede pediu um extra",
    alert_journey_kpi_worsening: "Um indicador da jornada do hóspede piorou três períodos seguidos",
    alert_crm_needs_attention: "O HubSpot recusou a chave de acesso: os hóspedes não estão sendo enviados ao CRM. Guardamos as mudanças; cole uma chave nova em Operação e elas saem sozinhas.",
    alert_transfer_receipt_late: "Comprovante com a reserva expirada",
    alert_refund_failed: "Um reembolso não pôde ser feito: confira no provedor de pagamentos",
    alert_other: "Alerta",
    alertDetail: "Detalhe técnico",
  },
};

export type TodayMessage = keyof (typeof messages)["es-AR"];
