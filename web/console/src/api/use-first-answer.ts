import { useEffect, useRef } from "react";

/**
 * Fills a form from the server's first answer only. The reload that follows a save must not
 * overwrite what the owner typed while it was on its way: the form already holds what was saved.
 */
export function useFirstAnswer<T>(data: T | undefined, fill: (data: T) => void): void {
  const filled = useRef(false);
  const fillRef = useRef(fill);
  fillRef.current = fill;
  useEffect(() => {
    if (data === undefined || filled.current) return;
    filled.current = true;
    fillRef.current(data);
  }, [data]);
}
