import { formatCuit } from "./bank-details";

/**
 * What a guest reads about paying a deposit by bank transfer, in their language, with money and
 * times written their way and times in the lodging's zone (the guest may be elsewhere).
 */
export type GuestLang = "es" | "pt" | "en";

const LOCALES: Record<GuestLang, string> = { es: "es-AR", pt: "pt-BR", en: "en-US" };

export function guestMoney(amount: number, currency: string, lang: GuestLang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: "currency", currency, maximumFractionDigits: 0 }).format(amount / 100);
}

/** "17:30" (in English "5:30 PM"), with the day after it when it is not the same local day as `now`. */
export function guestTime(at: number, timeZone: string, lang: GuestLang, now = Date.now()): string {
  const locale = LOCALES[lang];
  const day = (ms: number) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(ms);
  const time = lang === "en" ? new Intl.DateTimeFormat(locale, { timeZone, hour: "numeric", minute: "2-digit", hour12: true }).format(at) : clock24(at, timeZone);
  if (day(at) === day(now)) return time;
  const date = new Intl.DateTimeFormat(locale, { timeZone, day: "numeric", month: lang === "en" ? "short" : "numeric" }).format(at);
  return lang === "en" ? `${time} on ${date}` : lang === "pt" ? `${time} de ${date}` : `${time} del ${date}`;
}

/**
 * "17:30", "9:05": the 24-hour clock Argentina and Brazil read. Built from parts, since ICU builds
 * disagree on es-AR's default ("5:30 p. m." in some) and on padding the hour.
 */
function clock24(at: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${Number(part("hour"))}:${part("minute")}`;
}

export interface TransferAccount {
  cbu: string;
  alias: string | null;
  holderName: string;
  cuit: string;
}

/** The account as the guest copies it into their bank's app, one field a line. */
function details(account: TransferAccount, holderLabel: string): string {
  const lines = [`CBU/CVU: ${account.cbu}`, account.alias ? `Alias: ${account.alias}` : null, `${holderLabel}: ${account.holderName}`, `CUIT: ${formatCuit(account.cuit)}`];
  return lines.filter((line) => line !== null).join("\n");
}

export interface TransferFacts {
  unitName: string;
  deposit: string;
  expires: string;
  account: TransferAccount;
}

/** Why staff did not accept a receipt; each is said to the guest in their language. */
export const REJECTION_REASONS = ["amount_mismatch", "not_received", "unreadable", "wrong_account", "other"] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

const REASONS: Record<RejectionReason, Record<GuestLang, string>> = {
  amount_mismatch: { es: "el monto no coincide con la seña", pt: "o valor não confere com o sinal", en: "the amount does not match the deposit" },
  not_received: { es: "la transferencia todavía no nos llegó", pt: "a transferência ainda não chegou na nossa conta", en: "the transfer has not reached our account yet" },
  unreadable: { es: "no se llega a leer el comprobante", pt: "não dá para ler o comprovante", en: "we cannot read the receipt" },
  wrong_account: { es: "la transferencia no fue a nuestra cuenta", pt: "a transferência não foi para a nossa conta", en: "the transfer did not go to our account" },
  other: { es: "hay algo que no pudimos verificar", pt: "há algo que não conseguimos verificar", en: "there is something we could not verify" },
};

export const TRANSFER_MESSAGES = {
  /** The hold's only way to pay: the hold itself, the amount, the expiry and where to send the receipt. */
  only: {
    es: (f: TransferFacts) =>
      `¡Listo! Te guardo ${f.unitName} hasta las ${f.expires} ⏳ Para confirmarla, transferí la seña de ${f.deposit} a:\n${details(f.account, "Titular")}\nDespués mandame el comprobante por acá (foto o PDF) 📎`,
    pt: (f: TransferFacts) =>
      `Pronto! Reservei ${f.unitName} para você até as ${f.expires} ⏳ Para confirmar, transfira o sinal de ${f.deposit} para:\n${details(f.account, "Titular")}\nDepois me mande o comprovante por aqui (foto ou PDF) 📎`,
    en: (f: TransferFacts) =>
      `Done! ${f.unitName} is held for you until ${f.expires} ⏳ To confirm, transfer the ${f.deposit} deposit to:\n${details(f.account, "Account holder")}\nThen send me the receipt here (photo or PDF) 📎`,
  },
  /** Beside a payment link: the same deposit by transfer instead. */
  alternative: {
    es: (f: TransferFacts) =>
      `¿Preferís pagar por transferencia? Transferí la seña de ${f.deposit} antes de las ${f.expires} a:\n${details(f.account, "Titular")}\ny mandame el comprobante por acá (foto o PDF) 📎`,
    pt: (f: TransferFacts) =>
      `Prefere pagar por transferência? Transfira o sinal de ${f.deposit} até as ${f.expires} para:\n${details(f.account, "Titular")}\ne me mande o comprovante por aqui (foto ou PDF) 📎`,
    en: (f: TransferFacts) =>
      `Would you rather pay by bank transfer? Transfer the ${f.deposit} deposit before ${f.expires} to:\n${details(f.account, "Account holder")}\nand send me the receipt here (photo or PDF) 📎`,
  },
  received: {
    es: (expires: string) => `¡Gracias! Recibí tu comprobante 🙌 El equipo lo revisa y te confirmo por acá. Te guardo la reserva hasta las ${expires}.`,
    pt: (expires: string) => `Obrigado! Recebi seu comprovante 🙌 A equipe vai conferir e eu te confirmo por aqui. Sua reserva fica guardada até as ${expires}.`,
    en: (expires: string) => `Thanks! I got your receipt 🙌 The team will check it and I'll confirm here. Your booking is held until ${expires}.`,
  },
  /** A receipt for a hold that had already lapsed: money may have left, so a person takes it from here. */
  receivedLate: {
    es: "Recibí tu comprobante 🙏 La reserva ya había vencido, así que se lo pasé al equipo para que lo revise y te escriba.",
    pt: "Recebi seu comprovante 🙏 A reserva já tinha expirado, então passei para a equipe conferir e falar com você.",
    en: "I got your receipt 🙏 The hold had already lapsed, so I've passed it to the team to check and get back to you.",
  },
  rejected: {
    es: (reason: RejectionReason, note: string | null, expires: string) =>
      `No pudimos validar tu comprobante: ${REASONS[reason].es}${note ? ` ("${note}")` : ""} 😕 Te guardo la reserva hasta las ${expires}; si querés, mandame otro comprobante por acá.`,
    pt: (reason: RejectionReason, note: string | null, expires: string) =>
      `Não conseguimos validar seu comprovante: ${REASONS[reason].pt}${note ? ` ("${note}")` : ""} 😕 Sua reserva fica guardada até as ${expires}; se quiser, me mande outro comprovante por aqui.`,
    en: (reason: RejectionReason, note: string | null, expires: string) =>
      `We couldn't validate your receipt: ${REASONS[reason].en}${note ? ` ("${note}")` : ""} 😕 Your booking is held until ${expires}; you can send another receipt here.`,
  },
  /** Rejected after the hold lapsed: nothing is held any more. */
  rejectedLapsed: {
    es: (reason: RejectionReason, note: string | null) => `No pudimos validar tu comprobante: ${REASONS[reason].es}${note ? ` ("${note}")` : ""} 😕 La reserva ya venció; si querés, buscamos fechas de nuevo.`,
    pt: (reason: RejectionReason, note: string | null) => `Não conseguimos validar seu comprovante: ${REASONS[reason].pt}${note ? ` ("${note}")` : ""} 😕 A reserva já expirou; se quiser, procuramos datas de novo.`,
    en: (reason: RejectionReason, note: string | null) => `We couldn't validate your receipt: ${REASONS[reason].en}${note ? ` ("${note}")` : ""} 😕 The hold has lapsed; we can look for dates again if you like.`,
  },
} as const;
