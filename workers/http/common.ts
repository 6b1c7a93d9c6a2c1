import { z, type RouteConfig, type RouteConfigToTypedResponse } from "@hono/zod-openapi";

/** The problem+json body every error shares (RFC 9457). */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

/** Error answers shared by authenticated routes. */
export const authErrors = {
  400: problem("Invalid input"),
  401: problem("Missing, invalid, expired or revoked credentials"),
  403: problem("The credential lacks the route's scope or role"),
  413: problem("Body too large"),
  429: problem("Rate limited"),
} as const;

export const notFoundError = { 404: problem("Not found, or another tenant's") } as const;
export const conflictError = (description: string) => ({ 409: problem(description) }) as const;
export const unprocessableError = (description: string) => ({ 422: problem(description) }) as const;
export const publicErrors = { 400: problem("Invalid input"), 413: problem("Body too large") } as const;
export const tooManyRequests = { 429: problem("Too many attempts; see Retry-After") } as const;
export const unauthorizedError = { 401: problem("Invalid credentials") } as const;

export const security = [{ bearer: [] }];

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

export const jsonResponse = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { "application/json": { schema } },
});

export const emailSchema = z.email().max(254);
export const passwordSchema = z.string().min(10, "Use at least 10 characters").max(256);

/** Epoch milliseconds as an ISO timestamp for answers; null stays null. */
export const isoTime = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());
export const badGatewayError = { 502: problem("An upstream provider failed or could not be reached") } as const;

/**
 * A 200 JSON answer written from text serialised beforehand (parts remembered across requests),
 * typed as the route's answer: the handler that builds the text keeps it to the route's schema, as
 * c.json would.
 */
export function preserializedJson<R extends RouteConfig>(_route: R, text: string): RouteConfigToTypedResponse<R> {
  return new Response(text, { status: 200, headers: { "content-type": "application/json" } }) as unknown as RouteConfigToTypedResponse<R>;
}
