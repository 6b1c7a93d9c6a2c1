import { z } from "zod";

const SEND_TIMEOUT_MS = 10_000;
const sendResponse = z.object({ messages: z.array(z.object({ id: z.string() })).min(1) });

/** A Graph API refusal; `retryable` when waiting can help (throttling, outages). */
export class WhatsAppApiError extends Error {
  override name = "WhatsAppApiError";
  constructor(
    readonly status: number,
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export interface TemplateMessage {
  name: string;
  language: string;
  parameters: string[];
}

/** Sends through the WhatsApp Cloud API as the tenant's number; answers the new message id (wamid). */
export function whatsAppApi(apiBase: string, phoneNumberId: string, accessToken: string) {
  async function send(payload: Record<string, unknown>): Promise<string> {
    let response: Response;
    try {
      response = await fetch(`${apiBase}/${encodeURIComponent(phoneNumberId)}/messages`, {
        method: "POST",
        headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json" },
        body: JSON.stringify({ messaging_product: "whatsapp", recipient_type: "individual", ...payload }),
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
    } catch (error) {
      throw new WhatsAppApiError(0, `WhatsApp unreachable: ${(error as Error).message}`, true);
    }
    const text = await response.text();
    if (!response.ok) throw new WhatsAppApiError(response.status, `WhatsApp answered ${response.status}: ${text.slice(0, 200)}`, response.status >= 500 || response.status === 429);
    const parsed = sendResponse.safeParse(JSON.parse(text || "{}"));
    if (!parsed.success) throw new WhatsAppApiError(response.status, "WhatsApp answered without a message id", true);
    return parsed.data.messages[0]!.id;
  }

  return {
    sendText: (to: string, body: string) => send({ to, type: "text", text: { preview_url: false, body } }),
    sendTemplate: (to: string, template: TemplateMessage) =>
      send({
        to,
        type: "template",
        template: {
          name: template.name,
          language: { code: template.language },
          components: template.parameters.length > 0 ? [{ type: "body", parameters: template.parameters.map((text) => ({ type: "text", text })) }] : [],
        },
      }),
  };
}
