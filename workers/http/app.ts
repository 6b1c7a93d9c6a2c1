import { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../platform/errors";
import { parseConfig, type AppEnv } from "../platform/env";
import { accessLog } from "./middleware/access-log";
import { requestId } from "./middleware/request-id";
import { provideDatabase } from "./middleware/database";
import { renderProblem } from "./problem";
import { authenticate } from "./middleware/auth";
import { auditTrail } from "./middleware/audit-trail";
import { registerIcalExport } from "./public/ical-export";
import { MAX_ICS_UPLOAD_BYTES } from "./v1/ical/sync";
import { MAX_IMPORT_BYTES } from "../portability/import-tenant";
import { registerPayReturn } from "./public/pay-return";
import { PUBLIC_V1_ROUTES, registerRoutes } from "./register";
import { validationHook } from "./validation";
import { registerMercadoPagoWebhook } from "./webhooks/mercadopago";
import { registerStripeWebhook } from "./webhooks/stripe";
import { registerWhatsAppWebhook } from "./webhooks/whatsapp";
import { registerResendWebhook } from "./webhooks/resend";
import { registerWebChat } from "./public/chat/register";
import { registerDevPastStays } from "./dev/past-stays";
import { registerCalendarAudit } from "./ops/calendar-audit";
import { registerLoyaltyBackfill } from "./ops/loyalty-backfill";
import { registerPayuWebhook } from "./webhooks/payu";
import { registerQuotationLinks } from "./public/quotations/register";
import { QUOTATION_LIVE_PATH } from "./v1/quotations/live";
import { registerGuestPortal } from "./guest/register";

/** JSON bodies above this are refused with 413 before they are parsed. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

export function buildApp() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use("*", requestId());
  app.use("*", accessLog());
  app.use("*", async function loadConfig(c, next) {
    c.set("config", parseConfig(c.env));
    await next();
  });
  app.use("*", provideDatabase());
  const jsonBodyLimit = bodyLimit({
    maxSize: MAX_JSON_BODY_BYTES,
    onError: () => {
      throw new AppError(413, "payload_too_large", `Request bodies are limited to ${MAX_JSON_BODY_BYTES} bytes`);
    },
  });
  const icsBodyLimit = bodyLimit({
    maxSize: MAX_ICS_UPLOAD_BYTES,
    onError: () => {
      throw new AppError(413, "payload_too_large", "Calendar files are limited to 5 MB");
    },
  });
  const importBodyLimit = bodyLimit({
    maxSize: MAX_IMPORT_BYTES,
    onError: () => {
      throw new AppError(413, "payload_too_large", `Imports are limited to ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
    },
  });
  // Calendar uploads and tenant imports are the /v1 bodies allowed to be large.
  app.use("/v1/*", (c, next) => {
    if (/^\/v1\/ical-feeds\/[^/]+\/import$/.test(c.req.path)) return icsBodyLimit(c, next);
    if (c.req.path === "/v1/imports") return importBodyLimit(c, next);
    return jsonBodyLimit(c, next);
  });

  const requireCredentials = authenticate();
  app.use("/v1/*", async function authenticateUnlessPublic(c, next) {
    if (PUBLIC_V1_ROUTES.has(`${c.req.method} ${c.req.path}`)) return next();
    // The operator's quotation socket is opened with a live ticket, checked by its route.
    if (c.req.method === "GET" && QUOTATION_LIVE_PATH.test(c.req.path)) return next();
    return requireCredentials(c, next);
  });
  app.use("/v1/*", auditTrail());

  registerRoutes(app);
  registerStripeWebhook(app);
  registerMercadoPagoWebhook(app);
  registerWhatsAppWebhook(app);
  registerResendWebhook(app);
  registerPayReturn(app);
  registerIcalExport(app);
  registerWebChat(app);
  registerPayuWebhook(app);
  registerQuotationLinks(app);
  registerGuestPortal(app);
  registerDevPastStays(app);
  registerCalendarAudit(app);
  registerLoyaltyBackfill(app);

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Posada API", version: "1.0.0", description: "Bookings and guest messaging for small lodging operators." },
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "A session JWT from POST /v1/sessions, or a partner API key (psk_live_…).",
  });
  // The reference's script comes from our own assets (copied in by scripts/api-reference-bundle.ts),
  // not Scalar's CDN, and its default web fonts stay off: /docs must render without internet.
  app.get("/docs", Scalar({ url: "/openapi.json", pageTitle: "Posada API", cdn: "/docs/scalar.js", withDefaultFonts: false }));

  app.notFound(() => {
    throw new AppError(404, "not_found", "No such route");
  });
  app.onError((err, c) => renderProblem(err, c));
  return app;
}
