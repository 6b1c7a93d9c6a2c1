import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { sendChatReceipt } from "../../../guest-messaging/webchat/chat-sessions";
import { assistantPaymentLinks } from "../../../payments/assistant-links";
import { checkReceiptFile, MAX_RECEIPT_BYTES, RECEIPT_CONTENT_TYPES } from "../../../payments/transfer/receipt-files";
import { jsonResponse, problemSchema } from "../../common";
import { chatErrors, chatSecurity, repliesResponse, sessionParams, tags, tooManyMessages } from "./schema";
import { requireChatSession } from "./session-auth";

/** The upload path, which takes a file instead of the JSON every other chat route takes. */
export const CHAT_RECEIPT_PATH = /^\/chat\/[^/]+\/sessions\/[^/]+\/receipts$/;

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: problemSchema } } });

const route = createRoute({
  method: "post",
  path: "/chat/{tenantSlug}/sessions/{sessionId}/receipts",
  tags,
  summary: "Upload the transfer receipt for the visitor's hold (a photo or a PDF, up to 10 MB)",
  description:
    "The body is the file itself, with its type as Content-Type. Staff are alerted and the hold is kept while they check the account; the assistant's answer comes back as for a message. Counted against the session's messages per minute.",
  security: chatSecurity,
  // The session is checked before a byte of the file is read.
  middleware: [
    requireChatSession(),
    bodyLimit({
      maxSize: MAX_RECEIPT_BYTES,
      onError: () => {
        throw new AppError(413, "receipt_too_large", `A receipt is at most ${MAX_RECEIPT_BYTES / 1024 / 1024} MB`);
      },
    }),
  ] as const,
  request: {
    params: sessionParams,
    body: { required: true, content: Object.fromEntries(RECEIPT_CONTENT_TYPES.map((type) => [type, { schema: z.string().openapi({ format: "binary" }) }])) },
  },
  responses: {
    200: jsonResponse("The replies written for this receipt", repliesResponse),
    ...chatErrors,
    409: problem("No hold in this chat is waiting for a transfer receipt"),
    413: problem("A receipt is at most 10 MB"),
    415: problem("Not a JPEG, PNG, WebP or PDF, or the file is not what its type says"),
    ...tooManyMessages,
  },
});

export function registerChatReceipts(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const readFile = async () => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return { bytes, contentType: checkReceiptFile(bytes, c.req.header("content-type")) };
    };
    const replies = await sendChatReceipt(c.var.db, c.env, assistantPaymentLinks(c.var.db, c.env, c.var.config), c.var.chatSession, readFile);
    return c.json({ replies }, 200);
  });
}
