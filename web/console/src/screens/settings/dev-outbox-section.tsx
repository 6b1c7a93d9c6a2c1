import { lazy, Suspense } from "react";
import { api, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";

// Its own chunk, fetched only where the outbox answers (development), so production never loads it.
const OutboxPanel = lazy(() => import("./dev-outbox/outbox-panel"));

/**
 * The emails Posada kept on this machine instead of sending. The route answers only in development
 * and tests (404 elsewhere, 403 to anyone but an owner): any refusal shows nothing at all.
 */
export function DevOutboxSection() {
  const outbox = useApi(() => unwrap(api.GET("/v1/communications/outbox")).catch(() => null), []);
  if (!outbox.data) return null;
  return (
    <Suspense fallback={null}>
      <OutboxPanel emails={outbox.data.data} loading={outbox.loading} onReload={outbox.reload} />
    </Suspense>
  );
}
