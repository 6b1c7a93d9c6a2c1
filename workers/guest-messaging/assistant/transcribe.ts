import { transcriptConfidence, type WhisperSegment } from "../../../shared/assistant/transcript-confidence";

export const WHISPER_MODEL = "@cf/openai/whisper-large-v3-turbo";

/** The part of the Workers AI binding this uses; tests bind a local fake with the same shape. */
export interface SpeechToText {
  run(model: typeof WHISPER_MODEL, input: { audio: string; language?: string }): Promise<{ text?: string; segments?: WhisperSegment[] }>;
}

export interface Transcript {
  text: string;
  confidence: number;
}

/** Transcribes a voice note with Whisper; the guest's known language steers it. */
export async function transcribe(ai: SpeechToText, audio: Uint8Array, language: "es" | "pt" | "en"): Promise<Transcript> {
  const output = await ai.run(WHISPER_MODEL, { audio: toBase64(audio), language });
  const text = (output.text ?? "").trim();
  return { text, confidence: transcriptConfidence(text, output.segments) };
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // Chunks keep String.fromCharCode under the engine's argument limit for large notes.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
