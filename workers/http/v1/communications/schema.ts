import { z } from "@hono/zod-openapi";
import { STEP_CHANNELS, STEP_KINDS, STEP_RULES, type StepKind } from "../../../../shared/messaging/step-kinds";
import { TEMPLATE_VARIABLES } from "../../../../shared/messaging/template-variables";
import type { StepRow } from "../../../communications/steps";
import type { TemplateRow } from "../../../communications/templates";

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM, 24-hour");
const body = z.string().max(4096);
const variableList = `Variables: ${TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(", ")}`;

export const idParam = z.object({ id: z.string().min(1).max(64) });

export const upcomingSend = z.object({ dueAt: z.string(), reservationId: z.string(), code: z.string(), guestName: z.string() });

export const step = z
  .object({
    id: z.string(),
    kind: z.enum(STEP_KINDS),
    trigger: z.string().openapi({ description: "What the step's time is counted from" }),
    timed: z.boolean().openapi({ description: "Whether offsetDays and localTime apply (false: the step goes at its event)" }),
    maxOffsetDays: z.number().int(),
    offsetDays: z.number().int(),
    localTime: z.string().nullable(),
    templateId: z.string(),
    channels: z.array(z.enum(STEP_CHANNELS)),
    enabled: z.boolean(),
    nextSends: z.array(upcomingSend),
    updatedAt: z.string(),
  })
  .openapi("MessageStep");

export const stepPatch = z
  .object({
    offsetDays: z.number().int().min(0).max(60).optional(),
    localTime: timeOfDay.optional(),
    templateId: z.string().min(1).max(64).optional(),
    channels: z
      .array(z.enum(STEP_CHANNELS))
      .min(1)
      .max(STEP_CHANNELS.length)
      .refine((list) => new Set(list).size === list.length, "each channel once")
      .optional(),
    enabled: z.boolean().optional(),
  })
  .strict()
  .openapi("MessageStepPatch");

export function presentStep(row: StepRow, nextSends: z.infer<typeof upcomingSend>[] = []) {
  const rule = STEP_RULES[row.kind as StepKind];
  return {
    id: row.id,
    kind: row.kind,
    trigger: rule.trigger,
    timed: rule.timed,
    maxOffsetDays: rule.maxOffsetDays,
    offsetDays: row.offsetDays,
    localTime: row.localTime,
    templateId: row.templateId,
    channels: row.channels,
    enabled: row.enabled,
    nextSends,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

const bodies = z
  .object({ es: body.optional(), pt: body.optional(), en: body.optional() })
  .strict()
  .openapi({ description: `The text per language (es, pt, en); the guest's language is used, else Spanish. ${variableList}` });

const whatsappMapping = z
  .object({
    name: z.string().regex(/^[a-z0-9_]{1,512}$/, "lower-case letters, digits and _ as Meta names templates"),
    language: z.string().regex(/^[a-z]{2}(_[A-Z]{2})?$/, "a WhatsApp language code such as es_AR"),
    parameters: z.array(z.string().min(1).max(64)).max(20).openapi({ description: "Template variables (without braces) in the order of {{1}}, {{2}}, …" }),
  })
  .openapi("WhatsAppTemplateMapping");

export const templateInput = z
  .object({ name: z.string().trim().min(1).max(120), bodies, whatsapp: whatsappMapping.nullable().optional() })
  .strict()
  .openapi("MessageTemplateInput");

export const templatePatch = templateInput.partial().strict().openapi("MessageTemplatePatch");

export const template = z
  .object({ id: z.string(), name: z.string(), bodies: z.object({ es: z.string().optional(), pt: z.string().optional(), en: z.string().optional() }), whatsapp: whatsappMapping.nullable(), createdAt: z.string(), updatedAt: z.string() })
  .openapi("MessageTemplate");

export function presentTemplate(row: TemplateRow) {
  return { id: row.id, name: row.name, bodies: row.bodies, whatsapp: row.whatsapp ?? null, createdAt: new Date(row.createdAt).toISOString(), updatedAt: new Date(row.updatedAt).toISOString() };
}

export const previewRequest = z
  .object({ reservationId: z.string().min(1).max(80), lang: z.enum(["es", "pt", "en"]).optional().openapi({ description: "Defaults to the guest's language" }) })
  .strict()
  .openapi("TemplatePreviewRequest");

export const previewResponse = z
  .object({
    lang: z.enum(["es", "pt", "en"]),
    text: z.string(),
    whatsapp: z.object({ name: z.string(), language: z.string(), parameters: z.array(z.string()) }).nullable(),
  })
  .openapi("TemplatePreview");

export const sendRequest = z
  .object({ templateId: z.string().min(1).max(64), reservationId: z.string().min(1).max(80), channel: z.enum(STEP_CHANNELS).optional().openapi({ description: "Only this channel; by default WhatsApp, then email" }) })
  .strict()
  .openapi("CommunicationSendRequest");

export const sendResponse = z.object({ messageId: z.string(), conversationId: z.string(), channel: z.enum(["whatsapp", "webchat", "email"]) }).openapi("CommunicationSent");

export const scheduledMessage = z
  .object({
    stepId: z.string(),
    stepKind: z.enum(STEP_KINDS),
    dueAt: z.string(),
    status: z.enum(["scheduled", "sent", "skipped", "failed"]),
    channel: z.string().nullable(),
    reason: z.string().nullable().openapi({ description: "Why it was skipped or failed: no_channel, reservation_cancelled, step_disabled, too_late, confirmed_in_thread, needs_template …" }),
    messageId: z.string().nullable(),
    messageStatus: z.string().nullable(),
  })
  .openapi("ScheduledMessage");
