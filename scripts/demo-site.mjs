// What the demo of `npm run dev` needs around Posada, on one local port of its own:
// - GET /            a lodging's own website that embeds the chat widget (another origin, as in real life);
// - GET /airbnb/…ics an Airbnb-style calendar feed the demo imports (dates relative to today);
// - POST /graph/…    the WhatsApp Cloud API's send endpoint, so the assistant's WhatsApp replies "leave"
//                    without reaching Meta (used only when WHATSAPP_API_BASE is not set).
import { createServer } from "node:http";

/** Starts the site; `setSlug` and `setFeed` tell it which tenant the widget talks to and what the feed blocks. */
export function startDemoSite({ posadaBase, port = 0 }) {
  let slug = null;
  let feed = { events: [] };
  let sent = 0;

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://demo");
    if (request.method === "GET" && (url.pathname === "/" || url.pathname === "/index.html")) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return response.end(page(posadaBase, slug));
    }
    if (request.method === "GET" && url.pathname.startsWith("/airbnb/") && url.pathname.endsWith(".ics")) {
      response.writeHead(200, { "content-type": "text/calendar; charset=utf-8" });
      return response.end(calendar(feed.events));
    }
    if (request.method === "POST" && /^\/graph\/v[\d.]+\/\d+\/messages$/.test(url.pathname)) {
      request.resume();
      response.writeHead(200, { "content-type": "application/json" });
      return response.end(JSON.stringify({ messaging_product: "whatsapp", contacts: [], messages: [{ id: `wamid.DEMO_${Date.now()}_${++sent}` }] }));
    }
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("not found");
  });

  return new Promise((resolve, reject) => {
    // The port asked for when it is free (so the demo feed's URL stays the same between runs), else any.
    server.once("error", (error) => (error.code === "EADDRINUSE" && port !== 0 ? server.listen(0, "127.0.0.1") : reject(error)));
    server.listen(port, "127.0.0.1");
    server.once("listening", () => {
      const address = server.address();
      resolve({
        server,
        base: `http://127.0.0.1:${address.port}`,
        /** The demo tenant's public slug, for the page's widget tag. */
        setSlug(next) {
          slug = next;
        },
        /** What the Airbnb feed blocks: [{ start, end, summary }], nights [start, end). */
        setFeed(events) {
          feed = { events };
        },
      });
    });
  });
}

const ics = (date) => date.replaceAll("-", "");

function calendar(events) {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN", "CALSCALE:GREGORIAN"];
  for (const [index, event] of events.entries()) {
    lines.push(
      "BEGIN:VEVENT",
      `DTSTAMP:${ics(event.start)}T000000Z`,
      `DTSTART;VALUE=DATE:${ics(event.start)}`,
      `DTEND;VALUE=DATE:${ics(event.end)}`,
      `SUMMARY:${event.summary}`,
      `UID:demo-${index}-${event.start}@airbnb.com`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.join("\r\n")}\r\n`;
}

function page(posadaBase, slug) {
  const widget = slug
    ? `<script src="${posadaBase}/chat-widget.js" data-tenant="${slug}" data-lang="es" async></script>`
    : "<p><em>Posada todavía está preparando la demo; recargá en un momento.</em></p>";
  return `<!doctype html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Cabañas del Lago — sitio de ejemplo</title>
  <style>
    body { font-family: system-ui, sans-serif; margin: 0; color: #1c2321; background: #f6f7f5; }
    header { background: #0f5c4d; color: #fff; padding: 48px 24px; }
    main { max-width: 720px; margin: 0 auto; padding: 24px; line-height: 1.5; }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 12px; border-radius: 8px; }
  </style>
</head>
<body>
  <header><h1>Cabañas del Lago</h1><p>Cabañas frente al lago, a 10 minutos del centro.</p></header>
  <main>
    <p>Este es el sitio propio de un alojamiento. El botón de chat de la esquina es el widget de Posada, agregado con una sola etiqueta:</p>
    <pre><code>${escapeHtml(widget)}</code></pre>
    <p>Preguntale por fechas («¿tienen lugar del viernes al domingo para 2?»), precios o si aceptan mascotas, o pedí hablar con una persona: la conversación aparece en la consola, en Conversaciones.</p>
  </main>
  ${widget}
</body>
</html>`;
}

function escapeHtml(text) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
