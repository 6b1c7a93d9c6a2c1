/**
 * The new words of an email reply, without the quoted thread below them: everything from the
 * first "On … wrote:" line (in Spanish, Portuguese or English), an Outlook separator or a run of
 * `>` lines is dropped. A message that is only quote is kept whole, so nothing is lost.
 */
const QUOTE_HEADERS = [
  /^\s*(on|el|em)\b.{0,200}\b(wrote|escribió|escribio|escreveu)\s*:\s*$/im,
  /^\s*-{2,}\s*(original message|mensaje original|mensagem original)\s*-{2,}\s*$/im,
  /^\s*_{10,}\s*$/m,
  /^\s*(from|de):\s.+\n\s*(sent|enviado|date|fecha|data):\s/im,
];

export function newTextOfReply(text: string): string {
  let cut = text.length;
  for (const pattern of QUOTE_HEADERS) {
    const match = pattern.exec(text);
    if (match && match.index < cut) cut = match.index;
  }
  const firstQuoted = /^>/m.exec(text);
  if (firstQuoted && firstQuoted.index < cut) cut = firstQuoted.index;
  const fresh = text.slice(0, cut).replace(/\n--\s*\n[\s\S]*$/, "").trim();
  return fresh || text.trim();
}
