import type { Hono } from "hono";
import { html } from "hono/html";
import type { AppEnv } from "../../platform/env";

/**
 * Where the payment providers send the guest back. It confirms nothing: only the provider's
 * server-to-server notification does. It just tells the guest what happens next.
 */
export function registerPayReturn(app: Hono<AppEnv>) {
  app.get("/pay/:code", (c) => {
    const code = c.req.param("code").replace(/[^A-Z0-9]/gi, "").slice(0, 20);
    c.header("cache-control", "no-store");
    return c.html(html`<!doctype html>
      <html lang="es">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>Reserva ${code}</title>
          <style>
            body { font: 16px/1.5 system-ui, sans-serif; max-width: 30rem; margin: 3rem auto; padding: 0 1rem; color: #1f2933; }
          </style>
        </head>
        <body>
          <h1>¡Gracias!</h1>
          <p>Estamos confirmando el pago de tu reserva <strong>${code}</strong>. En cuanto el medio de pago nos avise, te mandamos la confirmación.</p>
          <p>Si pagaste y no recibís nada en unos minutos, escribinos y lo vemos enseguida.</p>
        </body>
      </html>`);
  });
}
