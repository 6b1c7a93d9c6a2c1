import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { parseMessage } from "../../../../shared/nlu";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { tenantTimeZone } from "../../../tenancy/tenants";
import { authErrors, jsonBody, jsonResponse, security } from "../../common";

const timeZone = z.string().max(64).refine((zone) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "an IANA time zone such as America/Argentina/Buenos_Aires");

const parseRequest = z
  .object({
    text: z.string().min(1).max(4096),
    now: z.iso.datetime({ offset: true }).optional().openapi({ description: "When the message was received; defaults to now" }),
    timezone: timeZone.optional().openapi({ description: "The lodging's zone; defaults to the tenant's" }),
  })
  .openapi("NluParseRequest");

const parseResponse = z
  .object({
    intent: z.string(),
    lang: z.enum(["es", "pt", "en"]),
    checkIn: z.string().nullable(),
    checkOut: z.string().nullable(),
    guests: z.number().int().nullable(),
    children: z.number().int().nullable(),
    unitType: z.enum(["cabana", "departamento", "casa"]).nullable(),
    amenities: z.array(z.string()),
    confidence: z.number(),
  })
  .openapi("NluParseResult");

const route = createRoute({
  method: "post",
  path: "/v1/nlu/parse",
  tags: ["Conversations"],
  summary: "What a guest message means: intent, language, dates, guests, unit type, amenities",
  security,
  middleware: [requireScope("conversations:read")] as const,
  request: { body: jsonBody(parseRequest) },
  responses: { 200: jsonResponse("Understanding", parseResponse), ...authErrors },
});

export function registerNluParse(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    const zone = body.timezone ?? (await tenantTimeZone(c.var.db, c.var.principal.tenantId));
    return c.json(parseMessage(body.text, { now: body.now ? new Date(body.now) : new Date(), timeZone: zone }), 200);
  });
}
