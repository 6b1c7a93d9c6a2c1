// A stand-in for the Workers AI binding in tests: `env.AI.run(model, { audio })` over RPC.
// The "audio" is text the test wrote into the fake voice note: `fake-voice|<confidence>|<words>`,
// answered in Whisper's own shape (segments with avg_logprob and no_speech_prob).
import { WorkerEntrypoint } from "cloudflare:workers";

export class FakeWorkersAi extends WorkerEntrypoint {
  async run(model, input) {
    if (model !== "@cf/openai/whisper-large-v3-turbo") throw new Error(`unexpected model ${model}`);
    const bytes = Uint8Array.from(atob(input.audio), (c) => c.charCodeAt(0));
    const [tag, confidence, ...words] = new TextDecoder().decode(bytes).split("|");
    if (tag === "fake-ai-down") throw new Error("AI: 3040: capacity temporarily exceeded");
    if (tag !== "fake-voice") throw new Error("AI: could not decode audio");
    const text = words.join("|");
    const p = Number(confidence);
    return {
      text,
      word_count: text.split(/\s+/).filter(Boolean).length,
      transcription_info: { language: input.language ?? "es", language_probability: 0.98, duration: 3.2, duration_after_vad: 3.0 },
      segments: [
        { start: 0, end: 1.6, text: text.slice(0, Math.ceil(text.length / 2)), avg_logprob: Math.log(p), no_speech_prob: 0.01, temperature: 0, compression_ratio: 1.2 },
        { start: 1.6, end: 3.2, text: text.slice(Math.ceil(text.length / 2)), avg_logprob: Math.log(p), no_speech_prob: 0.01, temperature: 0, compression_ratio: 1.2 },
      ],
    };
  }
}

export default { fetch: () => new Response("fake workers ai") };
