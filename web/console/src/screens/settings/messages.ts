import type { Messages } from "../../i18n/i18n";

export type SettingsMessage =
  | "title" | "adminOnly" | "save" | "saved" | "configured" | "notConfigured" | "keepSecret"
  | "transfer" | "transferEnabled" | "transferAccept" | "transferOnly" | "transferBeside" | "transferOff" | "cbu" | "cbuHint" | "cbuInvalid" | "alias" | "aliasHint" | "aliasInvalid"
  | "cuit" | "cuitHint" | "cuitInvalid" | "holderName" | "holderInvalid" | "checkFields"
  | "payments" | "mpAccessToken" | "mpWebhookSecret" | "stripeSecretKey" | "stripeWebhookSecret" | "defaultProvider" | "depositPercent" | "webhookUrl"
  | "whatsapp" | "phoneNumberId" | "waAccessToken" | "appSecret" | "verifyToken" | "whatsappWebhook"
  | "team" | "inviteEmail" | "inviteRole" | "invite" | "invited" | "roleOwner" | "roleAdmin" | "roleStaff" | "twoFactorOn" | "twoFactorOff"
  | "apiKeys" | "keyName" | "scopes" | "createKey" | "keyShownOnce" | "copy" | "copied" | "copyFailed" | "done" | "revoke" | "revokeConfirm" | "revoked" | "noKeys" | "lastUsed" | "never";

export const messages: Messages<SettingsMessage> = {
  "es-AR": {
    title: "Ajustes", adminOnly: "Solo un dueño o un administrador puede cambiar los ajustes.", save: "Guardar", saved: "Guardado ✓",
    configured: "Configurado", notConfigured: "Sin configurar", keepSecret: "Dejalo vacío para mantener el actual; nunca lo mostramos.",
    payments: "Cobros", mpAccessToken: "Access token de Mercado Pago", mpWebhookSecret: "Clave secreta de webhooks de Mercado Pago",
    stripeSecretKey: "Secret key de Stripe", stripeWebhookSecret: "Signing secret de webhooks de Stripe", defaultProvider: "Proveedor por defecto",
    depositPercent: "Seña (%)", webhookUrl: "URL de notificaciones para pegar en {provider}",
    transfer: "Seña por transferencia", transferEnabled: "Activa", transferAccept: "Aceptar la seña por transferencia",
    transferOnly: "Sin Mercado Pago ni Stripe conectados, el asistente ofrece solo la transferencia.", transferBeside: "El asistente ofrece la transferencia además del link de pago.",
    transferOff: "El asistente no ofrece transferencia.", cbu: "CBU o CVU", cbuHint: "22 dígitos; los espacios no importan.", cbuInvalid: "Revisá el CBU/CVU: tiene que tener 22 dígitos y los dígitos verificadores no coinciden.",
    alias: "Alias", aliasHint: "Opcional. De 6 a 20 letras, números, puntos o guiones.", aliasInvalid: "El alias lleva de 6 a 20 letras (sin ñ ni tildes), números, puntos o guiones.",
    cuit: "CUIT del titular", cuitHint: "11 dígitos, con o sin guiones.", cuitInvalid: "Revisá el CUIT: son 11 dígitos y el verificador no coincide.",
    holderName: "Titular de la cuenta", holderInvalid: "Escribí el nombre del titular.", checkFields: "Revisá los campos marcados.",
    whatsapp: "WhatsApp", phoneNumberId: "Phone number ID", waAccessToken: "Access token", appSecret: "App secret", verifyToken: "Verify token",
    whatsappWebhook: "URL del webhook para Meta",
    team: "Equipo", inviteEmail: "Email de la persona", inviteRole: "Rol", invite: "Invitar", invited: "Invitación creada. Compartí este enlace:",
    roleOwner: "Dueño", roleAdmin: "Administrador", roleStaff: "Recepción", twoFactorOn: "2FA activo", twoFactorOff: "sin 2FA",
    apiKeys: "Claves de API", keyName: "Nombre de la clave", scopes: "Permisos", createKey: "Crear clave",
    keyShownOnce: "Copiala ahora: es la única vez que la vas a ver.", copy: "Copiar", copied: "Copiado ✓", copyFailed: "No se pudo copiar; seleccioná el texto y copialo a mano.", done: "Listo, la guardé",
    revoke: "Revocar", revokeConfirm: "¿Revocar «{name}»? Deja de funcionar al instante.", revoked: "Clave revocada", noKeys: "Todavía no hay claves.",
    lastUsed: "Último uso: {when}", never: "nunca",
  },
  en: {
    title: "Settings", adminOnly: "Only an owner or an admin can change settings.", save: "Save", saved: "Saved ✓",
    configured: "Configured", notConfigured: "Not configured", keepSecret: "Leave empty to keep the current one; it is never shown.",
    payments: "Payments", mpAccessToken: "Mercado Pago access token", mpWebhookSecret: "Mercado Pago webhook secret",
    stripeSecretKey: "Stripe secret key", stripeWebhookSecret: "Stripe webhook signing secret", defaultProvider: "Default provider",
    depositPercent: "Deposit (%)", webhookUrl: "Notification URL to paste into {provider}",
    transfer: "Deposit by bank transfer", transferEnabled: "On", transferAccept: "Accept the deposit by bank transfer",
    transferOnly: "With neither Mercado Pago nor Stripe connected, the assistant offers transfer only.", transferBeside: "The assistant offers transfer beside the payment link.",
    transferOff: "The assistant does not offer transfer.", cbu: "CBU or CVU", cbuHint: "22 digits; spaces do not matter.", cbuInvalid: "Check the CBU/CVU: it has 22 digits and its check digits do not match.",
    alias: "Alias", aliasHint: "Optional. 6 to 20 letters, digits, dots or hyphens.", aliasInvalid: "An alias has 6 to 20 letters (no ñ or accents), digits, dots or hyphens.",
    cuit: "Holder's CUIT", cuitHint: "11 digits, with or without hyphens.", cuitInvalid: "Check the CUIT: 11 digits, and its check digit does not match.",
    holderName: "Account holder", holderInvalid: "Write the account holder's name.", checkFields: "Check the fields marked.",
    whatsapp: "WhatsApp", phoneNumberId: "Phone number ID", waAccessToken: "Access token", appSecret: "App secret", verifyToken: "Verify token",
    whatsappWebhook: "Webhook URL for Meta",
    team: "Team", inviteEmail: "Their email", inviteRole: "Role", invite: "Invite", invited: "Invitation created. Share this link:",
    roleOwner: "Owner", roleAdmin: "Admin", roleStaff: "Front desk", twoFactorOn: "2FA on", twoFactorOff: "no 2FA",
    apiKeys: "API keys", keyName: "Key name", scopes: "Scopes", createKey: "Create key",
    keyShownOnce: "Copy it now: this is the only time you will see it.", copy: "Copy", copied: "Copied ✓", copyFailed: "Could not copy; select the text and copy it by hand.", done: "Done, I saved it",
    revoke: "Revoke", revokeConfirm: "Revoke “{name}”? It stops working at once.", revoked: "Key revoked", noKeys: "No keys yet.",
    lastUsed: "Last used: {when}", never: "never",
  },
  "pt-BR": {
    title: "Configurações", adminOnly: "Só um dono ou administrador pode mudar as configurações.", save: "Salvar", saved: "Salvo ✓",
    configured: "Configurado", notConfigured: "Não configurado", keepSecret: "Deixe vazio para manter o atual; nunca é exibido.",
    payments: "Pagamentos", mpAccessToken: "Access token do Mercado Pago", mpWebhookSecret: "Segredo de webhooks do Mercado Pago",
    stripeSecretKey: "Secret key do Stripe", stripeWebhookSecret: "Signing secret de webhooks do Stripe", defaultProvider: "Provedor padrão",
    depositPercent: "Sinal (%)", webhookUrl: "URL de notificações para colar no {provider}",
    transfer: "Sinal por transferência", transferEnabled: "Ativa", transferAccept: "Aceitar o sinal por transferência",
    transferOnly: "Sem Mercado Pago nem Stripe conectados, o assistente oferece só a transferência.", transferBeside: "O assistente oferece a transferência além do link de pagamento.",
    transferOff: "O assistente não oferece transferência.", cbu: "CBU ou CVU", cbuHint: "22 dígitos; espaços não importam.", cbuInvalid: "Confira o CBU/CVU: tem 22 dígitos e os dígitos verificadores não conferem.",
    alias: "Alias", aliasHint: "Opcional. De 6 a 20 letras, números, pontos ou hifens.", aliasInvalid: "O alias tem de 6 a 20 letras (sem ñ nem acentos), números, pontos ou hifens.",
    cuit: "CUIT do titular", cuitHint: "11 dígitos, com ou sem hifens.", cuitInvalid: "Confira o CUIT: 11 dígitos, e o verificador não confere.",
    holderName: "Titular da conta", holderInvalid: "Escreva o nome do titular.", checkFields: "Confira os campos marcados.",
    whatsapp: "WhatsApp", phoneNumberId: "Phone number ID", waAccessToken: "Access token", appSecret: "App secret", verifyToken: "Verify token",
    whatsappWebhook: "URL do webhook para a Meta",
    team: "Equipe", inviteEmail: "E-mail da pessoa", inviteRole: "Função", invite: "Convidar", invited: "Convite criado. Compartilhe este link:",
    roleOwner: "Dono", roleAdmin: "Administrador", roleStaff: "Recepção", twoFactorOn: "2FA ativo", twoFactorOff: "sem 2FA",
    apiKeys: "Chaves de API", keyName: "Nome da chave", scopes: "Permissões", createKey: "Criar chave",
    keyShownOnce: "Copie agora: é a única vez que você vai vê-la.", copy: "Copiar", copied: "Copiado ✓", copyFailed: "Não foi possível copiar; selecione o texto e copie manualmente.", done: "Pronto, guardei",
    revoke: "Revogar", revokeConfirm: "Revogar “{name}”? Ela para de funcionar na hora.", revoked: "Chave revogada", noKeys: "Ainda não há chaves.",
    lastUsed: "Último uso: {when}", never: "nunca",
  },
};
