import { useEffect, useRef, useState } from "react";
import type { EventsFrame } from "../../../../../shared/quotations/frames";
import { api, unwrap, type Schemas } from "../../api/client";

export type Quotation = Schemas["Quotation"];

/**
 * One quotation, kept live: the REST answer first, then the room's socket (opened with a live
 * ticket and `after` = the answer's number), refetching on every event and reconnecting with
 * backoff from the last number seen, so nothing that happened while away is missed.
 */
export function useQuotationRoom(id: string) {
  const [quotation, setQuotation] = useState<Quotation>();
  const [error, setError] = useState<Error>();
  const [live, setLive] = useState(false);
  const lastSeq = useRef(0);

  useEffect(() => {
    let stopped = false;
    let socket: WebSocket | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    const load = async () => {
      try {
        const value = await unwrap(api.GET("/v1/quotations/{id}", { params: { path: { id } } }));
        if (stopped) return;
        setQuotation(value);
        setError(undefined);
        lastSeq.current = Math.max(lastSeq.current, value.seq);
      } catch (caught) {
        if (!stopped) setError(caught instanceof Error ? caught : new Error(String(caught)));
      }
    };
    let refetch: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(refetch);
      refetch = setTimeout(() => void load(), 80);
    };
    const connect = async () => {
      try {
        const { url } = await unwrap(api.POST("/v1/live/tickets"));
        if (stopped) return;
        const ticket = new URL(url).searchParams.get("ticket") ?? "";
        const room = new URL(`/v1/quotations/${id}/live`, url);
        room.searchParams.set("ticket", ticket);
        room.searchParams.set("after", String(lastSeq.current));
        socket = new WebSocket(room);
        socket.onopen = () => {
          setLive(true);
          attempt = 0;
        };
        socket.onmessage = (message) => {
          try {
            const frame = JSON.parse(String(message.data)) as Partial<EventsFrame>;
            if (frame.type === "events" && frame.events?.length) {
              lastSeq.current = Math.max(lastSeq.current, frame.events.at(-1)!.seq);
              soon();
            }
          } catch {
            // not a frame of ours
          }
        };
        socket.onclose = () => retry();
      } catch {
        retry();
      }
    };
    const retry = () => {
      setLive(false);
      if (stopped) return;
      attempt += 1;
      timer = setTimeout(connect, Math.min(30_000, 500 * 2 ** attempt));
    };
    void load().then(connect);
    return () => {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(refetch);
      socket?.close();
    };
  }, [id]);

  return { quotation, error, live, setQuotation };
}
