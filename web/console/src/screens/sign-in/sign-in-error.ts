import { ApiProblem } from "../../api/client";
import type { messages } from "./messages";

type Key = keyof (typeof messages)["es-AR"];

/** What to tell the person after a failed sign-in; `totpRequired` means "ask for the second factor". */
export function signInErrorKey(error: unknown): Key | "totpRequired" {
  if (!(error instanceof ApiProblem)) return "unexpected";
  if (error.code === "totp_required") return "totpRequired";
  if (error.code === "invalid_totp") return "invalidTotp";
  if (error.code === "invalid_credentials") return "invalidCredentials";
  // The throttle answers 429 (`too_many_attempts`; the generic limiter says `rate_limited`).
  if (error.status === 429) return "rateLimited";
  return "unexpected";
}
