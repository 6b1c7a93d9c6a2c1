import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import type { LiveEvent, LiveTopic } from "../../../../shared/live/events";
import { api, unwrap } from "../api/client";

export type { LiveEvent, LiveTopic };
type Listener = (event: LiveEvent) => void;

interface LiveValue {
  connected: boolean;
  subscribe: (listener: Listener) => () => void;
}

const LiveContext = createContext<LiveValue>({ connected: false, subscribe: () => () => {} });

/** One WebSocket per signed-in tab to the tenant's live hub, reconnecting with backoff. */
export function LiveProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const listeners = useRef(new Set<Listener>());
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    let socket: WebSocket | undefined;
    let stopped = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const emit = (event: LiveEvent) => listeners.current.forEach((listener) => listener(event));

    const connect = async () => {
      try {
        const { url } = await unwrap(api.POST("/v1/live/tickets"));
        if (stopped) return;
        socket = new WebSocket(url);
        socket.onopen = () => {
          setConnected(true);
          if (attempt > 0) emit({ type: "resync" });
          attempt = 0;
        };
        socket.onmessage = (message) => {
          try {
            emit(JSON.parse(String(message.data)) as LiveEvent);
          } catch {
            // not an event of ours
          }
        };
        socket.onclose = () => retry();
      } catch {
        retry();
      }
    };
    const retry = () => {
      setConnected(false);
      if (stopped) return;
      attempt += 1;
      timer = setTimeout(connect, Math.min(30_000, 500 * 2 ** attempt));
    };

    void connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
      setConnected(false);
    };
  }, [enabled]);

  const value = useRef<LiveValue>({
    connected: false,
    subscribe(listener) {
      listeners.current.add(listener);
      return () => listeners.current.delete(listener);
    },
  });
  return <LiveContext.Provider value={{ ...value.current, connected }}>{children}</LiveContext.Provider>;
}

export const useLiveStatus = () => useContext(LiveContext).connected;

/** Calls `refetch` whenever one of `topics` is pushed (or after a reconnect), so the screen stays current. */
export function useLiveRefresh(topics: LiveTopic[], refetch: () => unknown, filter?: (event: LiveEvent) => boolean) {
  const { subscribe } = useContext(LiveContext);
  const latest = useRef({ refetch, filter, topics });
  latest.current = { refetch, filter, topics };
  useEffect(
    () =>
      subscribe((event) => {
        const { refetch: run, filter: accept, topics: wanted } = latest.current;
        if (event.type === "resync" || (wanted.includes(event.type) && (!accept || accept(event)))) run();
      }),
    [subscribe],
  );
}
