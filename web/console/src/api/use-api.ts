import { useCallback, useEffect, useRef, useState } from "react";

export interface ApiState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  /** Fetches again, keeping the current data on screen until the new answer arrives. */
  reload: () => Promise<void>;
}

/** Loads data for a screen; `deps` re-run it. Stale answers from an earlier run are dropped. */
export function useApi<T>(load: () => Promise<T>, deps: unknown[]): ApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const run = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    const id = ++run.current;
    setLoading(true);
    try {
      const value = await loadRef.current();
      if (id === run.current) {
        setData(value);
        setError(undefined);
      }
    } catch (caught) {
      if (id === run.current) setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      if (id === run.current) setLoading(false);
    }
  }, []);

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void reload(), deps);
  return { data, error, loading, reload };
}
