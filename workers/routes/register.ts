import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env";
import { registerHealthz } from "./healthz";
import { registerCreateAccommodation } from "./v1/accommodations/create";
import { registerDeleteAccommodation } from "./v1/accommodations/delete";
import { registerGetAccommodation } from "./v1/accommodations/get";
import { registerListAccommodations } from "./v1/accommodations/list";
import { registerQuote } from "./v1/accommodations/quote";
import { registerUpdateAccommodation } from "./v1/accommodations/update";
import { registerCalendar } from "./v1/accommodations/calendar";
import { registerAvailability } from "./v1/availability";
import { registerReservationActions } from "./v1/reservations/actions";
import { registerCreateReservation } from "./v1/reservations/create";
import { registerGetReservation } from "./v1/reservations/get";
import { registerListReservations } from "./v1/reservations/list";
import { registerPaymentSettings } from "./v1/settings/payments";
import { registerListWebhookEvents } from "./v1/settings/webhook-events";
import { registerCreateApiKey } from "./v1/api-keys/create";
import { registerDeleteApiKey } from "./v1/api-keys/delete";
import { registerListApiKeys } from "./v1/api-keys/list";
import { registerSessions } from "./v1/auth/sessions";
import { registerSignup } from "./v1/auth/signup";
import { registerTotp } from "./v1/auth/totp";
import { registerAcceptInvitation } from "./v1/team/accept";
import { registerInvite } from "./v1/team/invite";
import { registerListUsers } from "./v1/team/list";

/** `/v1` routes reachable without credentials; every other `/v1` route authenticates first (fail closed). */
export const PUBLIC_V1_ROUTES = new Set(["POST /v1/signup", "POST /v1/sessions", "POST /v1/invitations/accept"]);

export function registerRoutes(app: OpenAPIHono<AppEnv>) {
  registerHealthz(app);
  registerSignup(app);
  registerSessions(app);
  registerTotp(app);
  registerCreateApiKey(app);
  registerListApiKeys(app);
  registerDeleteApiKey(app);
  registerInvite(app);
  registerAcceptInvitation(app);
  registerListUsers(app);
  registerCreateAccommodation(app);
  registerListAccommodations(app);
  registerGetAccommodation(app);
  registerUpdateAccommodation(app);
  registerDeleteAccommodation(app);
  registerQuote(app);
  registerCalendar(app);
  registerAvailability(app);
  registerCreateReservation(app);
  registerListReservations(app);
  registerGetReservation(app);
  registerReservationActions(app);
  registerPaymentSettings(app);
  registerListWebhookEvents(app);
}
