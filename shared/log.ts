/** Structured logging, runtime-agnostic (console only), so Durable Objects and the Worker share it. */
type Level = "debug" | "info" | "warn" | "error";

/** One JSON object per line, so Workers Logs can index every field. */
export function log(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, message, time: new Date().toISOString(), ...fields });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}
