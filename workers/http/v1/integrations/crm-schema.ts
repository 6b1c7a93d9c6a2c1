import { z } from "@hono/zod-openapi";
import type { CrmHealth } from "../../../integrations/crm/health";
import { isoTime } from "../../common";

export const crmSettingsRequest = z
  .object({
    provider: z.literal("hubspot").openapi({ description: "The CRM: HubSpot (contacts)" }),
    accessToken: z
      .string()
      .trim()
      .min(20)
      .max(512)
      .regex(/^\S+$/, "the private app's access token, without spaces")
      .optional()
      .openapi({ description: "A HubSpot private app's access token (scopes crm.objects.contacts.read and .write, crm.schemas.contacts.write). Required the first time; left out, the stored token is kept" }),
  })
  .strict()
  .openapi("CrmSettingsRequest");

export const crmSettingsSchema = z
  .object({
    provider: z.enum(["hubspot"]).nullable(),
    tokenStored: z.boolean().openapi({ description: "An access token is stored (it is never returned)" }),
    mode: z.enum(["active", "deferred", "needs_attention", "off"]).openapi({
      description: "active: changes are sent; deferred: HubSpot keeps failing, so changes are stored and a probe checks it (then sends them, in order); needs_attention: HubSpot refused the token; off: not connected",
    }),
    lastSuccessAt: z.string().nullable(),
    lastFailureAt: z.string().nullable(),
    failingSince: z.string().nullable(),
    pausedSince: z.string().nullable().openapi({ description: "Since when nothing is sent (deferred or needs_attention)" }),
    failureStreak: z.number().int(),
    nextProbeAt: z.string().nullable(),
    lastError: z.string().nullable(),
    queued: z.number().int().openapi({ description: "Guests whose contact is waiting to be sent" }),
    oldestQueuedAt: z.string().nullable(),
  })
  .openapi("CrmSettings");

export const crmTestSchema = z
  .object({
    provider: z.literal("hubspot"),
    ok: z.boolean(),
    account: z.string().nullable(),
    problem: z.enum(["not_configured", "rejected", "unreachable"]).nullable().openapi({ description: "not_configured: no CRM connected; rejected: HubSpot refused the token; unreachable: HubSpot could not be asked" }),
  })
  .openapi("CrmConnectionTest");

export function presentCrmSettings(s: CrmHealth & { tokenStored: boolean }) {
  return {
    provider: s.provider,
    tokenStored: s.tokenStored,
    mode: s.mode,
    lastSuccessAt: isoTime(s.lastSuccessAt),
    lastFailureAt: isoTime(s.lastFailureAt),
    failingSince: isoTime(s.failingSince),
    pausedSince: isoTime(s.pausedSince),
    failureStreak: s.failureStreak,
    nextProbeAt: isoTime(s.nextProbeAt),
    lastError: s.lastError,
    queued: s.queued,
    oldestQueuedAt: isoTime(s.oldestQueuedAt),
  };
}
