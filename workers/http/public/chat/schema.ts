import { z } from "@hono/zod-openapi";
import { problemSchema } from "../../common";

export const tags = ["Web chat"];
/** The visitor's session token (from POST /chat/{tenantSlug}/sessions), never a console credential. */
export const chatSecurity = [{ chatSession: [] }];

export const tenantParam = z.object({ tenantSlug: z.string().min(1).max(120).openapi({ description: "The lodging's public slug" }) });
export const sessionParams = tenantParam.extend({ sessionId: z.string().min(1).max(64) });

export const sessionRequest = z
  .object({ name: z.string().trim().min(1).max(120).optional(), lang: z.enum(["es", "pt", "en"]).optional() })
  .openapi("ChatSessionRequest");
export const sessionResponse = z.object({ sessionId: z.string(), token: z.string() }).openapi("ChatSession");

export const messageRequest = z.object({ text: z.string().trim().min(1).max(2000) }).openapi("ChatMessageRequest");
export const repliesResponse = z
  .object({
    replies: z.array(
      z.object({
        // The thread's message id, the same the socket carries: a widget hearing both shows it once.
        id: z.string(),
        author: z.enum(["guest", "assistant", "staff"]),
        text: z.string(),
        actions: z.array(z.object({ label: z.string(), value: z.string() })).optional(),
      }),
    ),
  })
  .openapi("ChatReplies");
export const threadResponse = z
  .object({ data: z.array(z.object({ id: z.string(), author: z.enum(["guest", "assistant", "staff"]), text: z.string(), createdAt: z.string() })) })
  .openapi("ChatThread");

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: problemSchema } } });
export const chatErrors = {
  400: problem("Invalid input, or a body that is not JSON"),
  401: problem("The token does not open this tenant's session"),
  413: problem("Chat bodies are limited to 8 kB"),
} as const;
export const tooManySessions = { 429: problem("Too many sessions from this address in a minute (see Retry-After)") } as const;
export const tooManyMessages = { 429: problem("Too many messages in this session in a minute (see Retry-After)") } as const;
export const noSuchChat = { 404: problem("No lodging with this slug") } as const;
export const upgradeRequired = { 426: problem("Not a WebSocket upgrade") } as const;
