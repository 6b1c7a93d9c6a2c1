import { ApiProblem } from "../api/client";
import { useMessages, type Messages } from "../i18n/i18n";

type Key =
  | "forbidden" | "not_found" | "dates_unavailable" | "in_the_past" | "invalid_range" | "rate_limited" | "validation_failed" | "payload_too_large"
  | "feed_fetch_failed" | "not_icalendar" | "empty_feed" | "feed_too_large" | "url_not_allowed" | "provider_not_configured" | "provider_unavailable"
  | "whatsapp_not_connected" | "whatsapp_number_taken" | "sender_not_verified" | "email_domain_taken" | "email_taken" | "invalid_password" | "not_held" | "expired" | "network" | "server" | "unknown"
  | "unknown_template_variables" | "template_in_use" | "template_empty" | "unknown_template" | "step_field_not_editable" | "no_channel"
  | "delivery_pending" | "subscription_disabled" | "not_failed"
  | "guest_contact_taken" | "guest_merged" | "guest_anonymised" | "merge_undone" | "same_guest"
  | "already_final" | "not_open" | "not_composed" | "not_sent" | "not_approved" | "nothing_to_refund" | "deadline_passed" | "offer_withdrawn" | "duplicate_partner"
  | "welcome_text_too_long" | "invalid_free_extras";

export const problemMessages: Messages<Key> = {
  "es-AR": {
    forbidden: "Tu usuario no tiene permiso para hacer esto. Pedíselo a quien administra la cuenta.",
    not_found: "Eso ya no existe: puede que otra persona lo haya borrado.",
    dates_unavailable: "Esas noches ya están ocupadas.",
    in_the_past: "Esas fechas ya pasaron.",
    invalid_range: "Revisá las fechas: la salida tiene que ser después de la llegada.",
    rate_limited: "Demasiados intentos seguidos; esperá un minuto y probá de nuevo.",
    validation_failed: "Revisá los datos: hay alguno que no se puede guardar así.",
    payload_too_large: "El archivo es demasiado grande.",
    feed_fetch_failed: "No se pudo leer el calendario del canal: revisá el enlace.",
    not_icalendar: "Ese archivo no es un calendario .ics.",
    empty_feed: "El calendario llegó vacío; se mantienen los bloqueos anteriores.",
    feed_too_large: "El calendario tiene demasiados eventos; no se importó nada.",
    url_not_allowed: "Ese enlace no está permitido: tiene que empezar con https://.",
    provider_not_configured: "Todavía no cargaste los datos de ese medio de cobro (Ajustes → Cobros).",
    provider_unavailable: "El proveedor no respondió; probá de nuevo en un rato.",
    whatsapp_not_connected: "WhatsApp no está conectado (Ajustes → WhatsApp).",
    whatsapp_number_taken: "Ese número de WhatsApp ya está conectado a otra cuenta de Posada.",
    sender_not_verified: "El proveedor de email todavía no verificó el dominio del remitente: terminá de cargar los registros DNS que te pide.",
    email_domain_taken: "Ese dominio para respuestas ya recibe el email de otra cuenta de Posada; usá otro, por ejemplo un subdominio tuyo.",
    email_taken: "Ya hay una cuenta con ese email.",
    invalid_password: "La contraseña no es correcta.",
    not_held: "Esta reserva ya no es una pre-reserva.",
    unknown_template_variables: "La plantilla usa variables que no existen; revisá las marcadas.",
    template_in_use: "Un mensaje automático usa esta plantilla: elegí otra para ese paso antes de borrarla.",
    template_empty: "Escribí el texto en al menos un idioma.",
    unknown_template: "Esa plantilla no existe.",
    step_field_not_editable: "Ese dato no se puede cambiar en este paso.",
    no_channel: "No hay cómo escribirle a este huésped: no tiene WhatsApp ni una conversación abierta.",
    delivery_pending: "Ese aviso todavía se está enviando; esperá a que termine para reenviarlo.",
    subscription_disabled: "Esa suscripción está pausada: activala antes de reenviar o probar.",
    not_failed: "Ese mensaje no falló, así que no hace falta reenviarlo.",
    guest_contact_taken: "Otro huésped ya tiene ese teléfono o email: uní los dos perfiles.",
    guest_merged: "Ese perfil está unido a otro: abrí el perfil principal.",
    guest_anonymised: "Los datos de ese huésped fueron eliminados.",
    merge_undone: "Esa unión ya se deshizo.",
    same_guest: "No se puede unir un perfil consigo mismo.",
    already_final: "Esta cotización ya terminó (cancelada o vencida): no se puede cambiar.",
    not_open: "En este estado la cotización no admite ese cambio.",
    not_composed: "Armá el paquete antes de enviarlo.",
    not_sent: "Solo se puede aprobar una cotización enviada.",
    not_approved: "Esta cotización no está esperando un pago.",
    nothing_to_refund: "No hay ninguna devolución pendiente en esta cotización.",
    deadline_passed: "Ya pasó el plazo para ofertas.",
    offer_withdrawn: "Esa oferta fue retirada.",
    duplicate_partner: "Ese alojamiento ya está invitado.",
    expired: "La pre-reserva venció.",
    network: "No hay conexión con Posada; revisá internet y probá de nuevo.",
    server: "Algo falló de nuestro lado; probá de nuevo en un momento.",
    unknown: "No se pudo completar (código {code}).",
    welcome_text_too_long: "Un texto de bienvenida es demasiado largo: hasta 500 caracteres.",
    invalid_free_extras: "Un nivel regala un extra que no es un late check-out ni un early check-in del catálogo.",
  },
  en: {
    forbidden: "Your user is not allowed to do this. Ask whoever manages the account.",
    not_found: "That no longer exists: someone else may have deleted it.",
    dates_unavailable: "Those nights are already taken.",
    in_the_past: "Those dates have already passed.",
    invalid_range: "Check the dates: departure must be after arrival.",
    rate_limited: "Too many attempts in a row; wait a minute and try again.",
    validation_failed: "Check the details: something cannot be saved like that.",
    payload_too_large: "The file is too large.",
    feed_fetch_failed: "The channel's calendar could not be read: check the link.",
    not_icalendar: "That file is not an .ics calendar.",
    empty_feed: "The calendar came back empty; the previous blocks are kept.",
    feed_too_large: "The calendar has too many events; nothing was imported.",
    url_not_allowed: "That link is not allowed: it must start with https://.",
    provider_not_configured: "That payment method is not set up yet (Settings → Payments).",
    provider_unavailable: "The provider did not answer; try again in a while.",
    whatsapp_not_connected: "WhatsApp is not connected (Settings → WhatsApp).",
    whatsapp_number_taken: "That WhatsApp number is already connected to another Posada account.",
    sender_not_verified: "The email provider has not verified the sender's domain yet: finish adding the DNS records it asks for.",
    email_domain_taken: "That replies domain already receives email for another Posada account; use another one, such as a subdomain of yours.",
    email_taken: "There is already an account with that email.",
    invalid_password: "The password is not correct.",
    not_held: "This reservation is no longer a hold.",
    unknown_template_variables: "The template uses variables that do not exist; check the marked ones.",
    template_in_use: "An automatic message uses this template: pick another for that step before deleting it.",
    template_empty: "Write the text in at least one language.",
    unknown_template: "That template does not exist.",
    step_field_not_editable: "That cannot be changed for this step.",
    no_channel: "There is no way to reach this guest: no WhatsApp and no open conversation.",
    delivery_pending: "That notice is still being sent; wait for it to finish before sending it again.",
    subscription_disabled: "That subscription is paused: turn it on before resending or testing.",
    not_failed: "That message did not fail, so there is nothing to resend.",
    guest_contact_taken: "Another guest has that phone or email: merge the two profiles.",
    guest_merged: "That profile is merged into another: open the main profile.",
    guest_anonymised: "That guest's data was erased.",
    merge_undone: "That merge was already undone.",
    same_guest: "A profile cannot be merged with itself.",
    already_final: "This quotation has ended (cancelled or expired): it can no longer change.",
    not_open: "The quotation does not take that change in its current status.",
    not_composed: "Compose the package before sending it.",
    not_sent: "Only a sent quotation can be approved.",
    not_approved: "This quotation is not waiting for a payment.",
    nothing_to_refund: "No refund of this quotation is waiting.",
    deadline_passed: "The deadline for offers has passed.",
    offer_withdrawn: "That offer was withdrawn.",
    duplicate_partner: "That lodging is already invited.",
    expired: "The hold expired.",
    network: "No connection to Posada; check the internet and try again.",
    server: "Something failed on our side; try again in a moment.",
    unknown: "It could not be done (code {code}).",
    welcome_text_too_long: "A welcome text is too long: up to 500 characters.",
    invalid_free_extras: "A tier gives an extra that is not a late check-out or early check-in of the catalog.",
  },
  "pt-BR": {
    forbidden: "Seu usuário não tem permissão para fazer isto. Peça a quem administra a conta.",
    not_found: "Isso não existe mais: talvez outra pessoa tenha apagado.",
    dates_unavailable: "Essas noites já estão ocupadas.",
    in_the_past: "Essas datas já passaram.",
    invalid_range: "Confira as datas: a saída deve ser depois da chegada.",
    rate_limited: "Muitas tentativas seguidas; espere um minuto e tente de novo.",
    validation_failed: "Confira os dados: algum não pode ser salvo assim.",
    payload_too_large: "O arquivo é grande demais.",
    feed_fetch_failed: "Não foi possível ler o calendário do canal: confira o link.",
    not_icalendar: "Esse arquivo não é um calendário .ics.",
    empty_feed: "O calendário chegou vazio; os bloqueios anteriores foram mantidos.",
    feed_too_large: "O calendário tem eventos demais; nada foi importado.",
    url_not_allowed: "Esse link não é permitido: precisa começar com https://.",
    provider_not_configured: "Esse meio de pagamento ainda não foi configurado (Configurações → Pagamentos).",
    provider_unavailable: "O provedor não respondeu; tente de novo daqui a pouco.",
    whatsapp_not_connected: "O WhatsApp não está conectado (Configurações → WhatsApp).",
    whatsapp_number_taken: "Esse número de WhatsApp já está conectado a outra conta da Posada.",
    sender_not_verified: "O provedor de e-mail ainda não verificou o domínio do remetente: termine de colocar os registros DNS que ele pede.",
    email_domain_taken: "Esse domínio para respostas já recebe o e-mail de outra conta da Posada; use outro, por exemplo um subdomínio seu.",
    email_taken: "Já existe uma conta com esse e-mail.",
    invalid_password: "A senha não está correta.",
    not_held: "Esta reserva não é mais uma pré-reserva.",
    unknown_template_variables: "O modelo usa variáveis que não existem; revise as marcadas.",
    template_in_use: "Uma mensagem automática usa este modelo: escolha outro para essa etapa antes de excluí-lo.",
    template_empty: "Escreva o texto em pelo menos um idioma.",
    unknown_template: "Esse modelo não existe.",
    step_field_not_editable: "Isso não pode ser mudado nesta etapa.",
    no_channel: "Não há como contatar este hóspede: sem WhatsApp nem conversa aberta.",
    delivery_pending: "Esse aviso ainda está sendo enviado; espere terminar para reenviá-lo.",
    subscription_disabled: "Essa assinatura está pausada: ative-a antes de reenviar ou testar.",
    not_failed: "Essa mensagem não falhou, então não há o que reenviar.",
    guest_contact_taken: "Outro hóspede já tem esse telefone ou e-mail: una os dois perfis.",
    guest_merged: "Esse perfil está unido a outro: abra o perfil principal.",
    guest_anonymised: "Os dados desse hóspede foram apagados.",
    merge_undone: "Essa união já foi desfeita.",
    same_guest: "Não é possível unir um perfil com ele mesmo.",
    already_final: "Esta cotação já terminou (cancelada ou vencida): não pode mais mudar.",
    not_open: "No status atual a cotação não aceita essa mudança.",
    not_composed: "Monte o pacote antes de enviá-lo.",
    not_sent: "Só uma cotação enviada pode ser aprovada.",
    not_approved: "Esta cotação não está aguardando um pagamento.",
    nothing_to_refund: "Não há nenhum reembolso pendente nesta cotação.",
    deadline_passed: "O prazo para ofertas já passou.",
    offer_withdrawn: "Essa oferta foi retirada.",
    duplicate_partner: "Essa hospedagem já foi convidada.",
    expired: "A pré-reserva venceu.",
    network: "Sem conexão com a Posada; confira a internet e tente de novo.",
    server: "Algo falhou do nosso lado; tente de novo em um momento.",
    unknown: "Não foi possível concluir (código {code}).",
    welcome_text_too_long: "Um texto de boas-vindas é longo demais: até 500 caracteres.",
    invalid_free_extras: "Um nível dá um extra que não é um late check-out nem um early check-in do catálogo.",
  },
};

const KNOWN = new Set(Object.keys(problemMessages["es-AR"]));

/**
 * Any failure in the reader's language: an API problem by its code (never the server's English
 * detail), a dropped connection as such; an Error the console wrote itself keeps its text.
 */
export function useProblemText() {
  const t = useMessages(problemMessages);
  return (error: unknown): string => {
    if (error instanceof ApiProblem) {
      if (KNOWN.has(error.code)) return t(error.code as Key);
      if (error.status === 403) return t("forbidden");
      if (error.status === 404) return t("not_found");
      if (error.status === 429) return t("rate_limited");
      if (error.status === 400 || error.status === 422) return t("validation_failed");
      if (error.status >= 500) return t("server");
      return t("unknown", { code: error.code });
    }
    if (error instanceof TypeError) return t("network");
    if (error instanceof Error) return error.message;
    return t("unknown", { code: String(error) });
  };
}
