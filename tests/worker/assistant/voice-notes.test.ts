import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { answerVoiceNote } from "../../../workers/guest-messaging/assistant/voice-notes";
import { assistantPaymentLinks } from "../../../workers/payments/assistant-links";
import { database } from "../../../workers/platform/db/client";
import { conversations, messages } from "../../../workers/platform/db/schema";
import { parseConfig, type Env } from "../../../workers/platform/env";
import { call } from "../support/api";
import { eventually } from "../support/calendar";
import { installFakeServices } from "../support/fake-services";
import type { FakeWhatsApp } from "../support/fake-whatsapp";
import { connectedTenant, guestSends, WHATSAPP_TOKEN } from "../support/whatsapp-guest";

let graph: FakeWhatsApp;
beforeEach(() => {
  ({ graph } = installFakeServices());
});
afterEach(() => vi.restoreAllMocks());

const texts = () => graph.sent.map((s) => s.body.text?.body as string);
const mediaId = () => String(2_000_000_000_000_000 + Math.floor(Math.random() * 1e12));

async function threadOf(token: string) {
  const [conversation] = (await call("GET", "/v1/conversations", { token })).json.data;
  const thread = (await call("GET", `/v1/conversations/${conversation.id}/messages`, { token })).json.data;
  return { conversation, thread };
}

describe("voice notes on WhatsApp", () => {
  it("transcribes a clear voice note with the tenant's token and answers it like a typed message", async () => {
    const { tenant, phone } = await connectedTenant();
    const id = mediaId();
    graph.addVoiceNote(id, 0.92, "hola, tenés lugar del 10 al 13/2 para 4?");
    await guestSends(phone, { audioMediaId: id });

    await eventually(async () => expect(texts()).toHaveLength(1));
    expect(texts()[0]).toMatch(/tenemos Cabaña Coihue: .*\/noche/);
    expect(graph.mediaTokens.every((auth) => auth === `Bearer ${WHATSAPP_TOKEN}`)).toBe(true);

    const { conversation, thread } = await threadOf(tenant.token);
    expect(conversation.status).toBe("assistant");
    const note = thread.find((m: { direction: string }) => m.direction === "in");
    expect(note).toMatchObject({ text: "hola, tenés lugar del 10 al 13/2 para 4?", status: "answered", audio: { mimeType: "audio/ogg; codecs=opus" } });
    expect(note.transcriptConfidence).toBeCloseTo(0.92 * 0.99, 3);

    // Staff can play it: the audio is fetched from WhatsApp on demand.
    const audio = await call("GET", note.audio.url, { token: tenant.token });
    expect(audio.status).toBe(200);
    expect(audio.headers.get("content-type")).toBe("audio/ogg");
    expect(audio.text).toBe("fake-voice|0.92|hola, tenés lugar del 10 al 13/2 para 4?");
  });

  it("hands an unclear voice note to staff instead of guessing", async () => {
    const { tenant, phone } = await connectedTenant();
    const id = mediaId();
    graph.addVoiceNote(id, 0.4, "hola tenes lu... del ... para");
    await guestSends(phone, { audioMediaId: id });

    await eventually(async () => expect(texts()).toHaveLength(1));
    expect(texts()[0]).toMatch(/No llegué a entender bien el audio/);
    const { conversation, thread } = await threadOf(tenant.token);
    expect(conversation).toMatchObject({ status: "human", escalated: true });
    const note = thread.find((m: { direction: string }) => m.direction === "in");
    expect(note.text).toBe("hola tenes lu... del ... para");
    expect(note.transcriptConfidence).toBeLessThan(0.6);
    const alerts = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data;
    expect(alerts.find((a: { kind: string }) => a.kind === "conversation_escalated").message).toMatch(/low confidence/);

    // The guest sends another unclear note: staff already own the thread, so the assistant stays quiet.
    const again = mediaId();
    graph.addVoiceNote(again, 0.3, "mmm");
    await guestSends(phone, { audioMediaId: again });
    await eventually(async () => expect((await threadOf(tenant.token)).thread.filter((m: { direction: string }) => m.direction === "in")).toHaveLength(2));
    expect(texts()).toHaveLength(1);
  });

  it("escalates when Workers AI fails, and when WhatsApp no longer has the audio", async () => {
    const { tenant, phone } = await connectedTenant();
    const broken = mediaId();
    graph.media.set(broken, { bytes: new TextEncoder().encode("fake-ai-down|0|"), mimeType: "audio/ogg" });
    await guestSends(phone, { audioMediaId: broken });
    await eventually(async () => expect(texts()).toHaveLength(1));
    expect((await threadOf(tenant.token)).conversation.escalated).toBe(true);

    const other = await connectedTenant();
    await guestSends(other.phone, { audioMediaId: mediaId() }); // never uploaded: the Graph API answers 404
    await eventually(async () => expect(texts()).toHaveLength(2));
    expect((await threadOf(other.tenant.token)).conversation.escalated).toBe(true);
    const gone = (await threadOf(other.tenant.token)).thread.find((m: { direction: string }) => m.direction === "in");
    expect((await call("GET", gone.audio.url, { token: other.tenant.token })).json.code).toBe("whatsapp_media_unavailable");
  });

  it("asks for text when there is no Workers AI binding", async () => {
    const { tenant, phone } = await connectedTenant();
    const db = database(env.DB);
    const conversation = await db.insert(conversations).values({ id: `conv_voice_${crypto.randomUUID().slice(0, 8)}`, tenantId: tenant.tenantId, channel: "whatsapp", guestAddress: phone, lang: "es" }).returning().get();
    const note = await db
      .insert(messages)
      .values({ id: `msg_voice_${crypto.randomUUID().slice(0, 8)}`, tenantId: tenant.tenantId, conversationId: conversation.id, direction: "in", author: "guest", text: "🎤", status: "received", mediaId: mediaId(), mediaType: "audio/ogg" })
      .returning()
      .get();
    const withoutAi = { ...env, AI: undefined } as Env;

    expect(await answerVoiceNote(db, withoutAi, parseConfig(env as Env), assistantPaymentLinks(db, env as Env, parseConfig(env as Env)), conversation, { ...note, mediaId: note.mediaId! })).toBe("asked_for_text");
    const thread = (await call("GET", `/v1/conversations/${conversation.id}/messages`, { token: tenant.token })).json.data;
    expect(thread.map((m: { text: string }) => m.text)).toEqual(["🎤", expect.stringMatching(/¿me lo escribís/)]);
    expect(thread[0].status).toBe("answered");
    expect(graph.mediaTokens).toHaveLength(0);
  });
});
