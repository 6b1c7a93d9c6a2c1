import { formatMoney, formatStay } from "../assistant/format";
import type { Money } from "../domain/money";

/** The emails a quotation sends, each in es, pt and en. */
export const QUOTATION_EMAILS = [
  "quotation_created",
  "partner_invitation",
  "deadline_warning",
  "quotation_sent",
  "quotation_approved",
  "payment_reminder",
  "payment_received",
  "booking_confirmed",
  "cancellation_notice",
  "refund_processed",
] as const;
export type QuotationEmail = (typeof QUOTATION_EMAILS)[number];
export type EmailLang = "es" | "pt" | "en";

export interface QuotationEmailParams {
  lodging: string;
  groupName: string;
  checkIn: string;
  checkOut: string;
  people: number;
  link?: string;
  deadline?: string;
  amount?: Money;
  /** The provider accepted the refund and is still reviewing it (PayU): it may take some days to show. */
  refundUnderReview?: boolean;
  /** A partner's own lines, for its confirmation: "2 × doble" and their total. */
  lines?: Array<{ roomType: string; count: number; total: Money }>;
}

type Texts = { subject: string; body: string[] };
type Writer = (p: QuotationEmailParams, f: Formatters) => Texts;
interface Formatters {
  stay: string;
  money: (m: Money | undefined) => string;
  lines: string;
}

const es: Record<QuotationEmail, Writer> = {
  quotation_created: (p, f) => ({ subject: `Cotización para ${p.groupName}`, body: [`Recibimos el pedido de ${p.groupName}: ${p.people} personas, ${f.stay}.`, `Te escribimos apenas tengamos la propuesta.`] }),
  partner_invitation: (p, f) => ({
    subject: `${p.lodging} te pide precio para un grupo`,
    body: [`${p.lodging} busca alojamiento para un grupo de ${p.people} personas, ${f.stay}.`, `Cargá tu oferta hasta el ${p.deadline ?? ""} en este enlace (no hace falta cuenta):`, p.link ?? ""],
  }),
  deadline_warning: (p) => ({ subject: `Quedan 24 horas para cotizar: ${p.groupName}`, body: [`El plazo para ofertar cierra el ${p.deadline ?? ""}.`, p.link ?? ""] }),
  quotation_sent: (p, f) => ({ subject: `Tu propuesta de ${p.lodging}`, body: [`Preparamos la propuesta para ${p.groupName}, ${f.stay}: total ${f.money(p.amount)}.`, `Mirala y aprobala acá:`, p.link ?? ""] }),
  quotation_approved: (p) => ({ subject: `Propuesta aprobada: ${p.groupName}`, body: [`${p.groupName} aprobó la propuesta. Falta la seña.`] }),
  payment_reminder: (p, f) => ({ subject: `Recordatorio de seña: ${p.groupName}`, body: [`Para reservar falta la seña de ${f.money(p.amount)}.`, p.link ?? ""] }),
  payment_received: (p, f) => ({ subject: `Recibimos la seña de ${p.groupName}`, body: [`Recibimos ${f.money(p.amount)}. ¡Gracias!`] }),
  booking_confirmed: (p, f) => ({ subject: `Reserva confirmada: ${p.groupName}`, body: [`La reserva de ${p.groupName} está confirmada, ${f.stay}.`, f.lines] }),
  cancellation_notice: (p, f) => ({ subject: `Cotización cancelada: ${p.groupName}`, body: [`La cotización de ${p.groupName} (${f.stay}) fue cancelada.`] }),
  refund_processed: (p, f) => ({ subject: `Devolución procesada: ${p.groupName}`, body: [`Devolvimos ${f.money(p.amount)} por el medio de pago original.`, ...(p.refundUnderReview ? ["El medio de pago aceptó la devolución y la está procesando: puede tardar unos días hábiles en verse reflejada."] : [])] }),
};

const pt: Record<QuotationEmail, Writer> = {
  quotation_created: (p, f) => ({ subject: `Cotação para ${p.groupName}`, body: [`Recebemos o pedido de ${p.groupName}: ${p.people} pessoas, ${f.stay}.`, `Escrevemos assim que tivermos a proposta.`] }),
  partner_invitation: (p, f) => ({
    subject: `${p.lodging} pede preço para um grupo`,
    body: [`${p.lodging} procura hospedagem para um grupo de ${p.people} pessoas, ${f.stay}.`, `Envie sua oferta até ${p.deadline ?? ""} neste link (sem conta):`, p.link ?? ""],
  }),
  deadline_warning: (p) => ({ subject: `Faltam 24 horas para cotar: ${p.groupName}`, body: [`O prazo para ofertas fecha em ${p.deadline ?? ""}.`, p.link ?? ""] }),
  quotation_sent: (p, f) => ({ subject: `Sua proposta de ${p.lodging}`, body: [`Preparamos a proposta para ${p.groupName}, ${f.stay}: total ${f.money(p.amount)}.`, `Veja e aprove aqui:`, p.link ?? ""] }),
  quotation_approved: (p) => ({ subject: `Proposta aprovada: ${p.groupName}`, body: [`${p.groupName} aprovou a proposta. Falta o sinal.`] }),
  payment_reminder: (p, f) => ({ subject: `Lembrete do sinal: ${p.groupName}`, body: [`Para reservar falta o sinal de ${f.money(p.amount)}.`, p.link ?? ""] }),
  payment_received: (p, f) => ({ subject: `Recebemos o sinal de ${p.groupName}`, body: [`Recebemos ${f.money(p.amount)}. Obrigado!`] }),
  booking_confirmed: (p, f) => ({ subject: `Reserva confirmada: ${p.groupName}`, body: [`A reserva de ${p.groupName} está confirmada, ${f.stay}.`, f.lines] }),
  cancellation_notice: (p, f) => ({ subject: `Cotação cancelada: ${p.groupName}`, body: [`A cotação de ${p.groupName} (${f.stay}) foi cancelada.`] }),
  refund_processed: (p, f) => ({ subject: `Reembolso processado: ${p.groupName}`, body: [`Devolvemos ${f.money(p.amount)} pelo meio de pagamento original.`, ...(p.refundUnderReview ? ["O meio de pagamento aceitou o reembolso e está processando: pode levar alguns dias úteis para aparecer."] : [])] }),
};

const en: Record<QuotationEmail, Writer> = {
  quotation_created: (p, f) => ({ subject: `Quotation for ${p.groupName}`, body: [`We received ${p.groupName}'s request: ${p.people} people, ${f.stay}.`, `We will write as soon as the proposal is ready.`] }),
  partner_invitation: (p, f) => ({
    subject: `${p.lodging} asks your price for a group`,
    body: [`${p.lodging} is looking for rooms for a group of ${p.people}, ${f.stay}.`, `Post your offer by ${p.deadline ?? ""} at this link (no account needed):`, p.link ?? ""],
  }),
  deadline_warning: (p) => ({ subject: `24 hours left to quote: ${p.groupName}`, body: [`Offers close on ${p.deadline ?? ""}.`, p.link ?? ""] }),
  quotation_sent: (p, f) => ({ subject: `Your proposal from ${p.lodging}`, body: [`Here is the proposal for ${p.groupName}, ${f.stay}: ${f.money(p.amount)} in total.`, `See and approve it here:`, p.link ?? ""] }),
  quotation_approved: (p) => ({ subject: `Proposal approved: ${p.groupName}`, body: [`${p.groupName} approved the proposal. The deposit is still due.`] }),
  payment_reminder: (p, f) => ({ subject: `Deposit reminder: ${p.groupName}`, body: [`To book, a deposit of ${f.money(p.amount)} is still due.`, p.link ?? ""] }),
  payment_received: (p, f) => ({ subject: `Deposit received for ${p.groupName}`, body: [`We received ${f.money(p.amount)}. Thank you!`] }),
  booking_confirmed: (p, f) => ({ subject: `Booking confirmed: ${p.groupName}`, body: [`${p.groupName}'s booking is confirmed, ${f.stay}.`, f.lines] }),
  cancellation_notice: (p, f) => ({ subject: `Quotation cancelled: ${p.groupName}`, body: [`The quotation for ${p.groupName} (${f.stay}) was cancelled.`] }),
  refund_processed: (p, f) => ({ subject: `Refund processed: ${p.groupName}`, body: [`We gave back ${f.money(p.amount)} through the original payment method.`, ...(p.refundUnderReview ? ["The payment provider accepted the refund and is processing it: it may take a few business days to show."] : [])] }),
};

const WRITERS: Record<EmailLang, Record<QuotationEmail, Writer>> = { es, pt, en };

const escapeHtml = (value: string) => value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

/** One quotation email in the reader's language, as text and as HTML (every value escaped). */
export function renderQuotationEmail(kind: QuotationEmail, lang: EmailLang, params: QuotationEmailParams): { subject: string; text: string; html: string } {
  const formatters: Formatters = {
    stay: formatStay(params.checkIn, params.checkOut, lang),
    money: (m) => (m ? formatMoney(m.amount, m.currency, lang) : ""),
    lines: (params.lines ?? []).map((line) => `${line.count} × ${line.roomType}: ${formatMoney(line.total.amount, line.total.currency, lang)}`).join("\n"),
  };
  const { subject, body } = WRITERS[lang][kind](params, formatters);
  const paragraphs = body.filter((line) => line.length > 0);
  const text = `${paragraphs.join("\n\n")}\n\n--\n${params.lodging}`;
  const htmlParagraphs = paragraphs
    .map((paragraph) => {
      const escaped = escapeHtml(paragraph).replaceAll("\n", "<br>");
      return /^https?:\/\/\S+$/.test(paragraph) ? `<p><a href="${escaped}">${escaped}</a></p>` : `<p>${escaped}</p>`;
    })
    .join("");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#1f2328">${htmlParagraphs}<p style="color:#57606a">${escapeHtml(params.lodging)}</p></body></html>`;
  return { subject, text, html };
}
