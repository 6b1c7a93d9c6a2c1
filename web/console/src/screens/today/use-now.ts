import { useEffect, useState } from "react";

/** The current time, refreshed every `intervalMs`: lets lists drop lapsed holds and roll over at midnight. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
