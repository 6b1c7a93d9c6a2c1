import type { Messages } from "../../i18n/i18n";

export const messages: Messages<
  | "title"
  | "you"
  | "name"
  | "email"
  | "role"
  | "role_owner"
  | "role_admin"
  | "role_staff"
  | "business"
  | "businessName"
  | "slug"
  | "timezone"
  | "currency"
  | "twoFactor"
  | "twoFactorOn"
  | "twoFactorOff"
  | "twoFactorOnText"
  | "twoFactorOffText"
  | "enable"
  | "currentPassword"
  | "passwordHint"
  | "wrongPassword"
  | "tooManyAttempts"
  | "working"
  | "newBackupCodes"
  | "newBackupCodesText"
  | "disable"
  | "disableText"
  | "disabled"
  | "stepScan"
  | "qrAlt"
  | "stepManual"
  | "secretLabel"
  | "copy"
  | "copied"
  | "copyFailed"
  | "stepCode"
  | "code"
  | "codeHint"
  | "verify"
  | "verifying"
  | "cancel"
  | "invalidCode"
  | "alreadyOn"
  | "enabled"
  | "backupTitle"
  | "backupText"
  | "backupOnce"
  | "backupList"
  | "copyCodes"
  | "saved"
> = {
  "es-AR": {
    title: "Mi cuenta",
    you: "Tus datos",
    name: "Nombre",
    email: "Email",
    role: "Rol",
    role_owner: "Dueño/a",
    role_admin: "Administrador/a",
    role_staff: "Personal",
    business: "Tu negocio",
    businessName: "Nombre",
    slug: "Identificador",
    timezone: "Zona horaria",
    currency: "Moneda",
    twoFactor: "Verificación en dos pasos",
    twoFactorOn: "Activada",
    twoFactorOff: "Desactivada",
    twoFactorOnText: "Para ingresar te pedimos la contraseña y un código de tu app de autenticación.",
    twoFactorOffText: "Sumá un código de tu teléfono a la contraseña: si alguien la averigua, igual no puede entrar.",
    enable: "Activar verificación en dos pasos",
    currentPassword: "Tu contraseña actual",
    passwordHint: "Te la pedimos antes de cualquier cambio en la verificación en dos pasos.",
    wrongPassword: "Esa no es tu contraseña.",
    tooManyAttempts: "Demasiados intentos. Probá de nuevo en unos minutos.",
    working: "Un momento…",
    newBackupCodes: "Generar códigos de respaldo nuevos",
    newBackupCodesText: "Te damos diez códigos nuevos; los anteriores dejan de funcionar.",
    disable: "Quitar la verificación en dos pasos",
    disableText: "Para ingresar te vamos a pedir solo la contraseña; la app y los códigos de respaldo dejan de servir.",
    disabled: "Quitaste la verificación en dos pasos.",
    stepScan: "1. Escaneá este código QR con tu app de autenticación (Google Authenticator, Authy, 1Password…).",
    qrAlt: "Código QR para agregar Posada a tu app de autenticación",
    stepManual: "¿No podés escanear? Cargá esta clave a mano en la app:",
    secretLabel: "Clave para cargar a mano",
    copy: "Copiar",
    copied: "Copiado.",
    copyFailed: "No se pudo copiar; seleccioná el texto y copialo a mano.",
    stepCode: "2. Escribí el código de 6 dígitos que muestra la app.",
    code: "Código de 6 dígitos",
    codeHint: "Lo usamos para comprobar que la app quedó bien configurada.",
    verify: "Verificar y activar",
    verifying: "Verificando…",
    cancel: "Cancelar",
    invalidCode: "Ese código no coincide. Revisá que la hora del teléfono sea la correcta y probá con el código nuevo.",
    alreadyOn: "La verificación en dos pasos ya estaba activada.",
    enabled: "Verificación en dos pasos activada.",
    backupTitle: "Tus códigos de respaldo",
    backupText: "Si perdés el teléfono, cada uno de estos códigos te deja ingresar una vez en lugar del código de la app.",
    backupOnce: "Guardalos ahora en un lugar seguro: no se van a volver a mostrar.",
    backupList: "Códigos de respaldo",
    copyCodes: "Copiar los códigos",
    saved: "Ya los guardé",
  },
  en: {
    title: "My account",
    you: "You",
    name: "Name",
    email: "Email",
    role: "Role",
    role_owner: "Owner",
    role_admin: "Admin",
    role_staff: "Staff",
    business: "Your business",
    businessName: "Name",
    slug: "Identifier",
    timezone: "Time zone",
    currency: "Currency",
    twoFactor: "Two-step verification",
    twoFactorOn: "On",
    twoFactorOff: "Off",
    twoFactorOnText: "Signing in asks for your password and a code from your authenticator app.",
    twoFactorOffText: "Add a code from your phone to your password: even if someone learns it, they still cannot get in.",
    enable: "Turn on two-step verification",
    currentPassword: "Your current password",
    passwordHint: "We ask for it before any change to two-step verification.",
    wrongPassword: "That is not your password.",
    tooManyAttempts: "Too many attempts. Try again in a few minutes.",
    working: "One moment…",
    newBackupCodes: "Generate new backup codes",
    newBackupCodesText: "You get ten new codes; the old ones stop working.",
    disable: "Remove two-step verification",
    disableText: "Signing in will ask only for your password; the app and the backup codes stop working.",
    disabled: "Two-step verification removed.",
    stepScan: "1. Scan this QR code with your authenticator app (Google Authenticator, Authy, 1Password…).",
    qrAlt: "QR code to add Posada to your authenticator app",
    stepManual: "Can't scan? Enter this key in the app by hand:",
    secretLabel: "Key to enter by hand",
    copy: "Copy",
    copied: "Copied.",
    copyFailed: "Could not copy; select the text and copy it by hand.",
    stepCode: "2. Type the 6-digit code the app shows.",
    code: "6-digit code",
    codeHint: "It proves the app is set up correctly.",
    verify: "Verify and turn on",
    verifying: "Verifying…",
    cancel: "Cancel",
    invalidCode: "That code does not match. Check that your phone's clock is right and try the new code.",
    alreadyOn: "Two-step verification was already on.",
    enabled: "Two-step verification is on.",
    backupTitle: "Your backup codes",
    backupText: "If you lose your phone, each of these codes lets you sign in once instead of the app's code.",
    backupOnce: "Save them somewhere safe now: they will not be shown again.",
    backupList: "Backup codes",
    copyCodes: "Copy the codes",
    saved: "I saved them",
  },
  "pt-BR": {
    title: "Minha conta",
    you: "Seus dados",
    name: "Nome",
    email: "E-mail",
    role: "Função",
    role_owner: "Proprietário(a)",
    role_admin: "Administrador(a)",
    role_staff: "Equipe",
    business: "Seu negócio",
    businessName: "Nome",
    slug: "Identificador",
    timezone: "Fuso horário",
    currency: "Moeda",
    twoFactor: "Verificação em duas etapas",
    twoFactorOn: "Ativada",
    twoFactorOff: "Desativada",
    twoFactorOnText: "Para entrar pedimos a senha e um código do seu app autenticador.",
    twoFactorOffText: "Some um código do seu celular à senha: mesmo que alguém a descubra, não consegue entrar.",
    enable: "Ativar verificação em duas etapas",
    currentPassword: "Sua senha atual",
    passwordHint: "Pedimos a senha antes de qualquer mudança na verificação em duas etapas.",
    wrongPassword: "Essa não é a sua senha.",
    tooManyAttempts: "Tentativas demais. Tente de novo em alguns minutos.",
    working: "Um momento…",
    newBackupCodes: "Gerar novos códigos de backup",
    newBackupCodesText: "Você recebe dez códigos novos; os anteriores deixam de funcionar.",
    disable: "Remover a verificação em duas etapas",
    disableText: "Para entrar, pediremos apenas a senha; o app e os códigos de backup deixam de valer.",
    disabled: "Verificação em duas etapas removida.",
    stepScan: "1. Escaneie este QR code com seu app autenticador (Google Authenticator, Authy, 1Password…).",
    qrAlt: "QR code para adicionar o Posada ao seu app autenticador",
    stepManual: "Não consegue escanear? Digite esta chave no app:",
    secretLabel: "Chave para digitar no app",
    copy: "Copiar",
    copied: "Copiado.",
    copyFailed: "Não foi possível copiar; selecione o texto e copie manualmente.",
    stepCode: "2. Digite o código de 6 dígitos que o app mostra.",
    code: "Código de 6 dígitos",
    codeHint: "Ele confirma que o app ficou bem configurado.",
    verify: "Verificar e ativar",
    verifying: "Verificando…",
    cancel: "Cancelar",
    invalidCode: "Esse código não confere. Verifique se o relógio do celular está certo e tente o código novo.",
    alreadyOn: "A verificação em duas etapas já estava ativada.",
    enabled: "Verificação em duas etapas ativada.",
    backupTitle: "Seus códigos de backup",
    backupText: "Se perder o celular, cada um destes códigos permite entrar uma vez no lugar do código do app.",
    backupOnce: "Guarde-os agora em um lugar seguro: eles não serão mostrados de novo.",
    backupList: "Códigos de backup",
    copyCodes: "Copiar os códigos",
    saved: "Já guardei",
  },
};
