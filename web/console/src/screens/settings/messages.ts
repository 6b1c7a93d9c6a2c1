import type { Messages } from "../../i18n/i18n";

export type SettingsMessage =
  | "title" | "adminOnly" | "save" | "saved" | "configured" | "notConfigured" | "keepSecret"
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
