import type { Messages } from "../../i18n/i18n";

export const messages: Messages<
  | "title"
  | "intro"
  | "email"
  | "password"
  | "signIn"
  | "signingIn"
  | "codeTitle"
  | "codeIntro"
  | "code"
  | "backupCode"
  | "codeHint"
  | "backupHint"
  | "useBackupCode"
  | "useAppCode"
  | "verify"
  | "back"
  | "language"
  | "invalidCredentials"
  | "invalidTotp"
  | "rateLimited"
  | "unexpected"
> = {
  "es-AR": {
    title: "Ingresá a Posada",
    intro: "Tus reservas, tu calendario y tus huéspedes, en un solo lugar.",
    email: "Email",
    password: "Contraseña",
    signIn: "Ingresar",
    signingIn: "Ingresando…",
    codeTitle: "Verificación en dos pasos",
    codeIntro: "Abrí tu app de autenticación y escribí el código que muestra para Posada.",
    code: "Código de 6 dígitos",
    backupCode: "Código de respaldo",
    codeHint: "El código cambia cada 30 segundos.",
    backupHint: "Cada código de respaldo sirve una sola vez.",
    useBackupCode: "No tengo el teléfono: usar un código de respaldo",
    useAppCode: "Usar el código de la app",
    verify: "Verificar e ingresar",
    back: "Volver",
    language: "Idioma",
    invalidCredentials: "El email o la contraseña no son correctos.",
    invalidTotp: "Ese código no es válido o ya se usó. Esperá el siguiente y probá de nuevo.",
    rateLimited: "Demasiados intentos fallidos. Esperá unos minutos y volvé a probar.",
    unexpected: "No pudimos ingresar ({detail}). Probá de nuevo.",
  },
  en: {
    title: "Sign in to Posada",
    intro: "Your reservations, calendar and guests in one place.",
    email: "Email",
    password: "Password",
    signIn: "Sign in",
    signingIn: "Signing in…",
    codeTitle: "Two-step verification",
    codeIntro: "Open your authenticator app and type the code it shows for Posada.",
    code: "6-digit code",
    backupCode: "Backup code",
    codeHint: "The code changes every 30 seconds.",
    backupHint: "Each backup code works only once.",
    useBackupCode: "No phone at hand: use a backup code",
    useAppCode: "Use the app's code",
    verify: "Verify and sign in",
    back: "Back",
    language: "Language",
    invalidCredentials: "The email or password is not correct.",
    invalidTotp: "That code is not valid or was already used. Wait for the next one and try again.",
    rateLimited: "Too many failed attempts. Wait a few minutes and try again.",
    unexpected: "We could not sign you in ({detail}). Please try again.",
  },
  "pt-BR": {
    title: "Entre no Posada",
    intro: "Suas reservas, calendário e hóspedes em um só lugar.",
    email: "E-mail",
    password: "Senha",
    signIn: "Entrar",
    signingIn: "Entrando…",
    codeTitle: "Verificação em duas etapas",
    codeIntro: "Abra seu app autenticador e digite o código que ele mostra para o Posada.",
    code: "Código de 6 dígitos",
    backupCode: "Código de backup",
    codeHint: "O código muda a cada 30 segundos.",
    backupHint: "Cada código de backup funciona só uma vez.",
    useBackupCode: "Sem o celular: usar um código de backup",
    useAppCode: "Usar o código do app",
    verify: "Verificar e entrar",
    back: "Voltar",
    language: "Idioma",
    invalidCredentials: "O e-mail ou a senha não estão corretos.",
    invalidTotp: "Esse código não é válido ou já foi usado. Espere o próximo e tente de novo.",
    rateLimited: "Muitas tentativas com erro. Espere alguns minutos e tente de novo.",
    unexpected: "Não foi possível entrar ({detail}). Tente de novo.",
  },
};
