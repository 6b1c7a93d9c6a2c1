import { useEffect, useState } from "react";

/** mm:ss until `until`, ticking every second; "0:00" once it passed. */
export function Countdown({ until, label }: { until: string; label?: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.max(0, new Date(until).getTime() - now);
  const minutes = Math.floor(left / 60_000);
  const seconds = Math.floor((left % 60_000) / 1000);
  return (
    <time dateTime={until} className={left < 5 * 60_000 ? "countdown countdown--urgent" : "countdown"} aria-label={label}>
      {minutes}:{String(seconds).padStart(2, "0")}
    </time>
  );
}
