/**
 * A guest message (written as chat text) as an email body: the text as is, and a small HTML
 * version with the same words, links made clickable and lines kept. Everything is escaped first,
 * so nothing the guest or the assistant wrote can become markup.
 */
export function emailBodies(text: string, signature: string): { text: string; html: string } {
  const plain = `${text}\n\n--\n${signature}`;
  const paragraphs = text
    .split(/\n{2,}/)
    .map((block) => `<p style="margin:0 0 1em">${linkify(escapeHtml(block)).replaceAll("\n", "<br>")}</p>`)
    .join("");
  const html = `<!doctype html><html><body style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.5;color:#1f2328">${paragraphs}<p style="margin:1.5em 0 0;color:#57606a">${escapeHtml(signature)}</p></body></html>`;
  return { text: plain, html };
}

export function escapeHtml(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

/** Escaped text in, so the URL can hold no quote or angle bracket. */
const linkify = (escaped: string) =>
  escaped.replace(/\bhttps:\/\/(?:(?!&lt;|&gt;|&quot;|&#39;)[^\s<])+/g, (match) => {
    // Sentence punctuation after a link is not part of it.
    const url = match.replace(/[.,;:!?)]+$/, "");
    return `<a href="${url}">${url}</a>${match.slice(url.length)}`;
  });
