/**
 * A guest's enquiry that reached the lodging through a listing portal's notification email (Irnos,
 * AlquilerArgentina, Booking.com messages) or that the owner forwarded by hand. Portals write the
 * guest's details as labelled lines ("Nombre: …", "Email: …", "Consulta: …"); Booking.com writes
 * from a relay address that reaches the guest and puts their name in the sender. When nothing can
 * be read, the email's own sender is the guest.
 */
export interface PortalEnquiry {
  portal: "irnos" | "alquilerargentina" | "booking" | "forwarded" | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  question: string;
}

export interface EnquiryMail {
  from: { address: string; name: string | null };
  replyTo: { address: string; name: string | null } | null;
  subject: string;
  text: string;
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/i;

const LABELS = {
  name: /^(nombre(?: y apellido)?|nombre completo|name|full name|nome|hu[eé]sped|guest|cliente|contacto)$/i,
  email: /^(e-?mail|correo(?: electr[oó]nico)?|mail)$/i,
  phone: /^(tel[eé]fono|telefone|tel|celular|m[oó]vil|whats ?app|phone)$/i,
  question: /^(mensaje|consulta|comentarios?|message|mensagem|pregunta|question|texto)$/i,
};
/** Any other "Label: value" line ends a multi-line question. */
const OTHER_LABEL = /^[A-Za-zÁÉÍÓÚáéíóúñÑçÇãõ ]{2,30}:\s/;

export function portalOf(mail: EnquiryMail): PortalEnquiry["portal"] {
  const haystack = `${mail.from.address} ${mail.replyTo?.address ?? ""} ${mail.subject} ${mail.text.slice(0, 4000)}`.toLowerCase();
  if (/@([a-z0-9-]+\.)*booking\.com\b/.test(`${mail.from.address} ${mail.replyTo?.address ?? ""}`.toLowerCase())) return "booking";
  if (haystack.includes("irnos")) return "irnos";
  if (haystack.includes("alquilerargentina") || haystack.includes("alquiler argentina")) return "alquilerargentina";
  if (/^-{2,}\s*(forwarded message|mensaje reenviado|mensagem encaminhada)/im.test(mail.text) || /^\s*(fwd?|rv|enc)\s*:/i.test(mail.subject)) return "forwarded";
  return null;
}

export function readEnquiry(mail: EnquiryMail): PortalEnquiry {
  const portal = portalOf(mail);
  if (portal === "booking") return bookingEnquiry(mail);
  if (portal === "forwarded") return forwardedEnquiry(mail);
  if (portal) {
    const fields = labelledFields(mail.text);
    const relay = mail.replyTo && !isNoReply(mail.replyTo.address) ? mail.replyTo : null;
    return {
      portal,
      name: fields.name ?? relay?.name ?? null,
      email: fields.email ?? relay?.address ?? null,
      phone: fields.phone,
      question: fields.question ?? bodyWithoutFooter(mail.text),
    };
  }
  return { portal: null, name: mail.from.name, email: mail.from.address, phone: null, question: mail.text.trim() };
}

/** Booking.com relays guest messages from an address that reaches the guest, named "<Guest> via Booking.com". */
function bookingEnquiry(mail: EnquiryMail): PortalEnquiry {
  const relay = mail.replyTo && !isNoReply(mail.replyTo.address) ? mail.replyTo : isNoReply(mail.from.address) ? null : mail.from;
  const fields = labelledFields(mail.text);
  const named = (relay?.name ?? mail.from.name ?? "").replace(/\s*(via|por|através de)\s+booking\.com.*$/i, "").trim();
  const fromSubject = /(?:mensaje|message|mensagem)\s+(?:de|from|nuevo de|novo de)\s+(.+?)\s*$/i.exec(mail.subject)?.[1] ?? null;
  return {
    portal: "booking",
    name: fields.name ?? (named && !/booking\.com/i.test(named) ? named : fromSubject),
    email: relay?.address ?? fields.email,
    phone: fields.phone,
    question: fields.question ?? bodyWithoutFooter(mail.text),
  };
}

/** An enquiry the owner forwarded: the original sender is in the forwarded header block. */
function forwardedEnquiry(mail: EnquiryMail): PortalEnquiry {
  const block = /^(?:from|de):\s*(.+)$/im.exec(mail.text);
  const sender = block ? parseAddress(block[1]!) : null;
  const afterHeaders = mail.text.replace(/^[\s\S]*?^(?:subject|asunto|assunto):.*$/im, "");
  const fields = labelledFields(afterHeaders);
  return {
    portal: "forwarded",
    name: fields.name ?? sender?.name ?? null,
    email: fields.email ?? sender?.address ?? null,
    phone: fields.phone,
    question: fields.question ?? bodyWithoutFooter(afterHeaders),
  };
}

function labelledFields(text: string) {
  const found = { name: null as string | null, email: null as string | null, phone: null as string | null, question: null as string | null };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = /^\s*\**([^:*]{2,30}?)\**\s*:\s*(.*)$/.exec(lines[i]!);
    if (!match) continue;
    const label = match[1]!.trim();
    const value = match[2]!.trim();
    if (!found.name && LABELS.name.test(label) && value) found.name = value.slice(0, 120);
    else if (!found.email && LABELS.email.test(label)) found.email = EMAIL.exec(value)?.[0]?.toLowerCase() ?? null;
    else if (!found.phone && LABELS.phone.test(label) && value) found.phone = value.slice(0, 40);
    else if (!found.question && LABELS.question.test(label)) {
      const rest: string[] = value ? [value] : [];
      for (let j = i + 1; j < lines.length; j++) {
        const next = lines[j]!;
        if (OTHER_LABEL.test(next.trim()) || /^-{2,}|^_{5,}/.test(next.trim())) break;
        rest.push(next);
      }
      const question = rest.join("\n").trim();
      if (question) found.question = question.slice(0, 4000);
    }
  }
  return found;
}

/** A notification's body without the portal's boilerplate footer. */
function bodyWithoutFooter(text: string): string {
  return text.split(/^\s*(-{2,}|_{5,})\s*$/m)[0]!.trim();
}

function parseAddress(value: string): { address: string; name: string | null } | null {
  const address = EMAIL.exec(value)?.[0];
  if (!address) return null;
  const name = value.replace(/<[^>]*>/, "").replace(address, "").replaceAll('"', "").trim();
  return { address: address.toLowerCase(), name: name || null };
}

export const isNoReply = (address: string) => /^(no-?reply|do-?not-?reply|noresponder|no-?responder|notifications?|notificaciones)([+@.-])/i.test(address);
