import { useCallback, useEffect, useRef, useState } from "react";
import type { EventsFrame } from "../../../../../shared/quotations/frames";
import { ApiProblem, type Schemas } from "../../api/client";

export type LinkView = Schemas["Quotation"];

/**
 * A link page's view, kept live over its own socket (no account: the token is the credential),
 * refetched on every frame of events and reconnected from the last event number seen.
 */
export function useLinkView(kind: "q" | "c", token: string) {
  const [view, setView] = useState<LinkView>();
  const [missing, setMissing] = useState(false);
  const lastSeq = useRef(0);
  const base = `/${kind}-api/${encodeURIComponent(token)}`;
  const load = useCallback(async () => {
    const response = await fetch(base);
    if (response.status === 404) return setMissing(true);
    if (!response.ok) return;
    const value = (await response.json()) as LinkView;
    lastSeq.current = Math.max(lastSeq.current, value.seq);
    setView(value);
  }, [base]);

  useEffect(() => {
    let stopped = false;
    let socket: WebSocket | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    const connect = () => {
      if (stopped) return;
      const url = new URL(`${base}/live`, location.href);
      url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
      url.searchParams.set("after", String(lastSeq.current));
      socket = new WebSocket(url);
      socket.onopen = () => (attempt = 0);
      socket.onmessage = (message) => {
        try {
          const frame = JSON.parse(String(message.data)) as Partial<EventsFrame>;
          if (frame.type === "events" && frame.events?.length) {
            lastSeq.current = Math.max(lastSeq.current, frame.events.at(-1)!.seq);
            void load();
          }
        } catch {
          // not a frame of ours
        }
      };
      socket.onclose = () => {
        if (stopped) return;
        attempt += 1;
        timer = setTimeout(connect, Math.min(30_000, 500 * 2 ** attempt));
      };
    };
    void load().then(connect);
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, [base, load]);

  return { view, setView, missing, reload: load };
}

/** A JSON call on the link's API; a refusal is thrown as the API's problem, so it is shown by its code in the reader's language. */
export async function linkCall<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, { method, headers: body === undefined ? {} : { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    const problem = json as { code?: string; detail?: string };
    throw new ApiProblem(response.status, problem.code ?? "unknown", problem.detail ?? "");
  }
  return json as T;
}
