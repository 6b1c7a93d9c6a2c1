import { z } from "zod";
import type { DatabaseBindings } from "../../shared/database/choose-database";
import type { AccommodationCalendar } from "../../durable-objects/calendar/accommodation-calendar";
import type { ConversationAgent } from "../../durable-objects/conversation/conversation-agent";
import type { TenantLiveHub } from "../../durable-objects/live/tenant-live-hub";
import type { TenantMembers } from "../../durable-objects/members/tenant-members";
import type { QuotationRoom } from "../../durable-objects/quotations/quotation-room";
import type { ReadModelWriter } from "../../durable-objects/read-model/read-model-writer";
import type { BookingEvent } from "../../durable-objects/calendar/results";
import type { IcalSyncMessage, OutboundMessage, CrmSyncMessage, TenantExportMessage, WebhookDeliveryMessage, WebhookMessage } from "./queue-messages";
import type { SpeechToText } from "../guest-messaging/assistant/transcribe";
import type { Principal } from "../tenancy/principal";
import type { Database } from "./db/client";
import type { ChatSession } from "../guest-messaging/webchat/chat-tokens";
import type { GuestTokenClaims } from "../guest-access/guest-token";

/** Bindings and variables the Worker receives from wrangler.toml and its secrets. */
export interface Env extends DatabaseBindings {
  DB: D1Database;
  CALENDAR: DurableObjectNamespace<AccommodationCalendar>;
  /** One conversation object per guest thread (keyed by conversation id). */
  CONVERSATIONS: DurableObjectNamespace<ConversationAgent>;
  /** One live hub per tenant (keyed by tenant id): pushes changes to open consoles. */
  LIVE: DurableObjectNamespace<TenantLiveHub>;
  /** One roster per tenant (keyed by tenant id): who is a member, with which role, for every session. */
  MEMBERS: DurableObjectNamespace<TenantMembers>;
  /** One room per group quotation (keyed by quotation id): its state, event log and live sockets. */
  QUOTATIONS: DurableObjectNamespace<QuotationRoom>;
  /** One read-model writer per tenant (keyed by tenant id): the calendar objects' changes, batched into D1. */
  READ_MODEL: DurableObjectNamespace<ReadModelWriter>;
  ENVIRONMENT?: string;
  PUBLIC_BASE_URL?: string;
  JWT_SECRET?: string;
  SECRETS_KEY?: string;
  /** The deployment operator's token for /ops routes (npm run audit:calendars); a secret in production. */
  OPS_TOKEN?: string;
  /** Verified provider notifications waiting to be processed. */
  WEBHOOK_QUEUE: Queue<WebhookMessage>;
  /** One message per iCal feed due for import, from the 15-minute cron. */
  ICAL_QUEUE: Queue<IcalSyncMessage>;
  /** What the calendar objects committed and others act on: guest confirmations, stuck-outbox alerts. */
  BOOKINGS_QUEUE: Queue<BookingEvent>;
  /** Messages to guests, sent with retries, quiet hours and the 24-hour rule. */
  OUTBOUND_QUEUE: Queue<OutboundMessage>;
  /** Email to guests: the same messages, on a queue of their own (3 attempts, then the outbound dead-letter queue). */
  EMAIL_QUEUE: Queue<OutboundMessage>;
  /** Signed deliveries to partners' webhook endpoints and CRM syncs; retries are re-sent with a delay (workers/integrations/). */
  PARTNER_WEBHOOK_QUEUE: Queue<WebhookDeliveryMessage | CrmSyncMessage>;
  /** Tenant exports to build in the background (workers/portability). */
  EXPORT_QUEUE: Queue<TenantExportMessage>;
  /** Tenants' exports (ZIPs), private: an owner downloads one once through the API. */
  EXPORTS: R2Bucket;
  /** Workers Analytics Engine dataset for operational metrics; absent in development and tests (metrics are then only logged). */
  METRICS?: AnalyticsEngineDataset;
  /** Cloudflare's send_email binding (wrangler.toml `[[send_email]]`), for tenants that send through Email Routing. */
  SEND_EMAIL?: SendEmail;
  /** `outbox` keeps every email on the machine (the default outside production); `provider` sends it. */
  EMAIL_DELIVERY?: string;
  RESEND_API_BASE?: string;
  /** Guests' transfer receipts, private to their tenant (wrangler.toml `[[r2_buckets]]`). */
  RECEIPTS: R2Bucket;
  WHATSAPP_API_BASE?: string;
  /** "true" lets development fetch iCal feeds over http from loopback; ignored in production. */
  ICAL_ALLOW_LOOPBACK?: string;
  MERCADOPAGO_API_BASE?: string;
  /** Workers AI, for voice notes (Whisper). Absent, or unreachable in local development. */
  AI?: SpeechToText;
  STRIPE_API_BASE?: string;
  /** PayU Latam's API host; by default its sandbox outside production, like the checkout. */
  PAYU_API_BASE?: string;
  /** HubSpot's API host for the CRM adapter; tests point it at a fake. */
  CRM_HUBSPOT_API_BASE?: string;
  /** Requests per minute per partner API key (wrangler.toml `[[ratelimits]]`). */
  API_KEY_LIMITER: RateLimit;
  /** Signups per minute per client address (wrangler.toml `[[ratelimits]]`). */
  SIGNUP_LIMITER: RateLimit;
  /** Web chat sessions per minute per visitor address (wrangler.toml `[[ratelimits]]`). */
  CHAT_SESSION_LIMITER: RateLimit;
  /** Messages per minute per web chat session (wrangler.toml `[[ratelimits]]`). */
  CHAT_MESSAGE_LIMITER: RateLimit;
  /** Requests per minute to one quotation link (keyed by its token). */
  QUOTATION_LINK_LIMITER: RateLimit;
  /** Requests per minute on one guest portal link (wrangler.toml `[[ratelimits]]`). */
  GUEST_PORTAL_LIMITER: RateLimit;
}

/**
 * Local-only defaults so `npm run dev` and the tests need no secret setup.
 * Production refuses to start without real values (see parseConfig).
 */
export const DEV_JWT_SECRET = "posada-dev-only-jwt-secret-never-use-in-production";
export const DEV_OPS_TOKEN = "posada-dev-only-ops-token";
export const DEV_SECRETS_KEY = "cG9zYWRhLWRldi1vbmx5LXNlY3JldHMta2V5LTMyYiE="; // 32 bytes, dev only

const configSchema = z
  .object({
    ENVIRONMENT: z.enum(["development", "test", "production"]).default("production"),
    PUBLIC_BASE_URL: z.url().default("http://127.0.0.1:8787"),
    MERCADOPAGO_API_BASE: z.url().default("https://api.mercadopago.com"),
    STRIPE_API_BASE: z.url().default("https://api.stripe.com"),
    PAYU_API_BASE: z.url().optional(),
    WHATSAPP_API_BASE: z.url().default("https://graph.facebook.com/v21.0"),
    RESEND_API_BASE: z.url().default("https://api.resend.com"),
    CRM_HUBSPOT_API_BASE: z.url().default("https://api.hubapi.com"),
    EMAIL_DELIVERY: z.enum(["outbox", "provider"]).optional(),
    ICAL_ALLOW_LOOPBACK: z.enum(["true", "false"]).default("false"),
    OPS_TOKEN: z.string().min(24, "OPS_TOKEN must be at least 24 characters").optional(),
    JWT_SECRET: z.string().min(32, "JWT_SECRET must be at least 32 characters").optional(),
    SECRETS_KEY: z
      .string()
      .refine((v) => base64Length(v) === 32, "SECRETS_KEY must be 32 bytes, base64-encoded")
      .optional(),
  })
  .transform((raw, ctx) => {
    const isLocal = raw.ENVIRONMENT !== "production";
    const jwtSecret = raw.JWT_SECRET ?? (isLocal ? DEV_JWT_SECRET : undefined);
    const secretsKey = raw.SECRETS_KEY ?? (isLocal ? DEV_SECRETS_KEY : undefined);
    if (!jwtSecret) ctx.addIssue({ code: "custom", path: ["JWT_SECRET"], message: "required in production" });
    if (!secretsKey) ctx.addIssue({ code: "custom", path: ["SECRETS_KEY"], message: "required in production" });
    return {
      environment: raw.ENVIRONMENT,
      publicBaseUrl: raw.PUBLIC_BASE_URL.replace(/\/$/, ""),
      // Nothing leaves a laptop or a test run unless a test asks for the provider path (against a fake).
      emailDelivery: raw.ENVIRONMENT === "production" ? ("provider" as const) : (raw.EMAIL_DELIVERY ?? "outbox"),
      allowLoopbackFeeds: raw.ENVIRONMENT !== "production" && raw.ICAL_ALLOW_LOOPBACK === "true",
      apiBases: { mercadopago: raw.MERCADOPAGO_API_BASE.replace(/\/$/, ""), stripe: raw.STRIPE_API_BASE.replace(/\/$/, ""),
        payu: (raw.PAYU_API_BASE ?? (raw.ENVIRONMENT === "production" ? "https://api.payulatam.com" : "https://sandbox.api.payulatam.com")).replace(/\/$/, ""),
        whatsapp: raw.WHATSAPP_API_BASE.replace(/\/$/, ""), resend: raw.RESEND_API_BASE.replace(/\/$/, ""),
        hubspot: raw.CRM_HUBSPOT_API_BASE.replace(/\/$/, "") },
      jwtSecret: jwtSecret ?? "",
      // Without it in production the operator routes answer 503; nothing else depends on it.
      opsToken: raw.OPS_TOKEN ?? (isLocal ? DEV_OPS_TOKEN : null),
      secretsKey: secretsKey ?? "",
    };
  });

export type Config = z.infer<typeof configSchema>;

function base64Length(value: string): number {
  try {
    return atob(value).length;
  } catch {
    return -1;
  }
}

const configCache = new WeakMap<object, Config>();

/** Validates the environment once per isolate; a misconfigured deploy fails with a readable message. */
export function parseConfig(env: Env): Config {
  const cached = configCache.get(env);
  if (cached) return cached;
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const reasons = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid Worker configuration: ${reasons}`);
  }
  configCache.set(env, result.data);
  return result.data;
}

/** Variables that middleware puts on the Hono context. */
export interface AppVariables {
  requestId: string;
  config: Config;
  /** The tenant database (drizzle), set once per request by the provideDatabase middleware. */
  db: Database;
  principal: Principal;
  /** Set by a handler that knows what it changed (before → after), for the audit entry; else the request's fields are kept. */
  auditChanges?: Record<string, unknown>;
  /** On /chat session routes: the visitor's session, once its token has been checked. */
  chatSession: ChatSession;
  /** On guest portal routes: the reservation the link's token opens, once checked. */
  guest: GuestTokenClaims;
}

export type AppEnv = { Bindings: Env; Variables: AppVariables };
