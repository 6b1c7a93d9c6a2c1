import type { Messages } from "../../i18n/locales";

export type AutomaticMessage =
  | "title"
  | "intro"
  | "steps"
  | "templates"
  | "kind_hold_reminder"
  | "kind_confirmation"
  | "kind_pre_arrival"
  | "kind_check_in_day"
  | "kind_check_out_reminder"
  | "kind_review_request"
  | "kind_balance_due"
  | "kind_loyalty_upgrade"
  | "when_hold_reminder"
  | "when_confirmation"
  | "when_pre_arrival"
  | "when_check_in_day"
  | "when_check_out_reminder"
  | "when_review_request"
  | "when_balance_due"
  | "when_loyalty_upgrade"
  | "enabled"
  | "paused"
  | "edit"
  | "cancel"
  | "save"
  | "saved"
  | "offsetDays"
  | "localTime"
  | "template"
  | "channels"
  | "channels_whatsapp_email"
  | "channels_email_whatsapp"
  | "channels_whatsapp"
  | "channels_email"
  | "nextSends"
  | "noNextSends"
  | "newTemplate"
  | "name"
  | "body_es"
  | "body_pt"
  | "body_en"
  | "variablesHint"
  | "whatsappName"
  | "whatsappLanguage"
  | "whatsappParameters"
  | "whatsappHint"
  | "delete"
  | "deleted"
  | "preview"
  | "previewReservation"
  | "previewPick"
  | "previewNone"
  | "previewOutside"
  | "readOnly"
  | "days"
  | "unknownVariable";

export const messages: Messages<AutomaticMessage> = {
  "es-AR": {
    title: "Mensajes automáticos",
    intro: "Lo que Posada les escribe a los huéspedes sin que nadie lo mande: por WhatsApp (o por email), a la hora del lugar, una sola vez por reserva. Entre las 21 y las 8 esperan a la mañana.",
    steps: "Pasos",
    templates: "Plantillas",
    kind_hold_reminder: "Recordatorio de seña",
    kind_confirmation: "Confirmación",
    kind_pre_arrival: "Antes de llegar",
    kind_check_in_day: "Instrucciones de ingreso",
    kind_check_out_reminder: "Recordatorio de salida",
    kind_review_request: "Gracias y reseña",
    kind_balance_due: "Saldo pendiente",
    kind_loyalty_upgrade: "Subió de nivel (fidelidad)",
    when_hold_reminder: "10 minutos antes de que venza la reserva sin pagar, con el link de pago",
    when_confirmation: "Apenas se confirma la reserva",
    when_pre_arrival: "{days} días antes de la entrada, a las {time}",
    when_check_in_day: "El día de la entrada, a las {time}",
    when_check_out_reminder: "{days} día(s) antes de la salida, a las {time}",
    when_review_request: "{days} día(s) después de la salida, a las {time}",
    when_balance_due: "{days} días antes de la entrada, a las {time}, si queda saldo",
    when_loyalty_upgrade: "Cuando una estadía confirmada sube al huésped de nivel en el programa de fidelidad, una vez por nivel",
    enabled: "Activo",
    paused: "Pausado",
    edit: "Editar",
    cancel: "Cancelar",
    save: "Guardar",
    saved: "Guardado ✓",
    offsetDays: "Días",
    localTime: "Hora",
    template: "Plantilla",
    channels: "Canal",
    channels_whatsapp_email: "WhatsApp, si no email",
    channels_email_whatsapp: "Email, si no WhatsApp",
    channels_whatsapp: "Solo WhatsApp",
    channels_email: "Solo email",
    nextSends: "Próximos envíos",
    noNextSends: "Nada programado por ahora",
    newTemplate: "Nueva plantilla",
    name: "Nombre",
    body_es: "Texto en español",
    body_pt: "Texto en portugués",
    body_en: "Texto en inglés",
    variablesHint: "Podés usar: {variables}",
    whatsappName: "Plantilla aprobada de WhatsApp (nombre)",
    whatsappLanguage: "Idioma de la plantilla (ej. es_AR)",
    whatsappParameters: "Variables en orden, separadas por coma",
    whatsappHint: "Se usa cuando pasaron más de 24 horas desde el último mensaje del huésped.",
    delete: "Borrar",
    deleted: "Plantilla borrada",
    preview: "Vista previa",
    previewReservation: "Con la reserva",
    previewPick: "Elegí una reserva",
    previewNone: "No hay reservas para probar",
    previewOutside: "Fuera de las 24 horas va la plantilla {name} con: {parameters}",
    readOnly: "Solo quien es dueño o administra puede cambiar los mensajes automáticos.",
    days: "días",
    unknownVariable: "No existe la variable {name}",
  },
  en: {
    title: "Automatic messages",
    intro: "What Posada writes to guests with nobody sending it: on WhatsApp (or email), at the lodging's time, once per booking. Between 9 pm and 8 am they wait for the morning.",
    steps: "Steps",
    templates: "Templates",
    kind_hold_reminder: "Deposit reminder",
    kind_confirmation: "Confirmation",
    kind_pre_arrival: "Before arrival",
    kind_check_in_day: "Check-in instructions",
    kind_check_out_reminder: "Check-out reminder",
    kind_review_request: "Thanks and review",
    kind_balance_due: "Balance due",
    kind_loyalty_upgrade: "Loyalty tier upgrade",
    when_hold_reminder: "10 minutes before an unpaid hold lapses, with the payment link",
    when_confirmation: "As soon as the booking is confirmed",
    when_pre_arrival: "{days} days before check-in, at {time}",
    when_check_in_day: "On check-in day, at {time}",
    when_check_out_reminder: "{days} day(s) before check-out, at {time}",
    when_review_request: "{days} day(s) after check-out, at {time}",
    when_balance_due: "{days} days before check-in, at {time}, if a balance is left",
    when_loyalty_upgrade: "When a confirmed stay lifts the guest to a higher loyalty tier, once per tier",
    enabled: "On",
    paused: "Paused",
    edit: "Edit",
    cancel: "Cancel",
    save: "Save",
    saved: "Saved ✓",
    offsetDays: "Days",
    localTime: "Time",
    template: "Template",
    channels: "Channel",
    channels_whatsapp_email: "WhatsApp, else email",
    channels_email_whatsapp: "Email, else WhatsApp",
    channels_whatsapp: "WhatsApp only",
    channels_email: "Email only",
    nextSends: "Next sends",
    noNextSends: "Nothing scheduled yet",
    newTemplate: "New template",
    name: "Name",
    body_es: "Spanish text",
    body_pt: "Portuguese text",
    body_en: "English text",
    variablesHint: "You can use: {variables}",
    whatsappName: "Approved WhatsApp template (name)",
    whatsappLanguage: "Template language (e.g. es_AR)",
    whatsappParameters: "Variables in order, comma-separated",
    whatsappHint: "Used when more than 24 hours have passed since the guest's last message.",
    delete: "Delete",
    deleted: "Template deleted",
    preview: "Preview",
    previewReservation: "With booking",
    previewPick: "Pick a booking",
    previewNone: "No bookings to try it with",
    previewOutside: "Outside 24 hours the template {name} goes with: {parameters}",
    readOnly: "Only an owner or admin can change automatic messages.",
    days: "days",
    unknownVariable: "There is no variable {name}",
  },
  "pt-BR": {
    title: "Mensagens automáticas",
    intro: "O que a Posada escreve aos hóspedes sem ninguém enviar: por WhatsApp (ou e-mail), no horário do local, uma vez por reserva. Entre 21h e 8h esperam a manhã.",
    steps: "Etapas",
    templates: "Modelos",
    kind_hold_reminder: "Lembrete do sinal",
    kind_confirmation: "Confirmação",
    kind_pre_arrival: "Antes da chegada",
    kind_check_in_day: "Instruções de entrada",
    kind_check_out_reminder: "Lembrete de saída",
    kind_review_request: "Obrigado e avaliação",
    kind_balance_due: "Saldo pendente",
    kind_loyalty_upgrade: "Subiu de nível (fidelidade)",
    when_hold_reminder: "10 minutos antes de a reserva sem pagamento vencer, com o link de pagamento",
    when_confirmation: "Assim que a reserva é confirmada",
    when_pre_arrival: "{days} dias antes da entrada, às {time}",
    when_check_in_day: "No dia da entrada, às {time}",
    when_check_out_reminder: "{days} dia(s) antes da saída, às {time}",
    when_review_request: "{days} dia(s) depois da saída, às {time}",
    when_balance_due: "{days} dias antes da entrada, às {time}, se houver saldo",
    when_loyalty_upgrade: "Quando uma estadia confirmada leva o hóspede a um nível mais alto do programa de fidelidade, uma vez por nível",
    enabled: "Ativa",
    paused: "Pausada",
    edit: "Editar",
    cancel: "Cancelar",
    save: "Salvar",
    saved: "Salvo ✓",
    offsetDays: "Dias",
    localTime: "Hora",
    template: "Modelo",
    channels: "Canal",
    channels_whatsapp_email: "WhatsApp, senão e-mail",
    channels_email_whatsapp: "E-mail, senão WhatsApp",
    channels_whatsapp: "Só WhatsApp",
    channels_email: "Só e-mail",
    nextSends: "Próximos envios",
    noNextSends: "Nada programado por enquanto",
    newTemplate: "Novo modelo",
    name: "Nome",
    body_es: "Texto em espanhol",
    body_pt: "Texto em português",
    body_en: "Texto em inglês",
    variablesHint: "Você pode usar: {variables}",
    whatsappName: "Modelo aprovado do WhatsApp (nome)",
    whatsappLanguage: "Idioma do modelo (ex. pt_BR)",
    whatsappParameters: "Variáveis em ordem, separadas por vírgula",
    whatsappHint: "Usado quando passaram mais de 24 horas desde a última mensagem do hóspede.",
    delete: "Excluir",
    deleted: "Modelo excluído",
    preview: "Prévia",
    previewReservation: "Com a reserva",
    previewPick: "Escolha uma reserva",
    previewNone: "Não há reservas para testar",
    previewOutside: "Fora das 24 horas vai o modelo {name} com: {parameters}",
    readOnly: "Só quem é dono ou administra pode mudar as mensagens automáticas.",
    days: "dias",
    unknownVariable: "Não existe a variável {name}",
  },
};
