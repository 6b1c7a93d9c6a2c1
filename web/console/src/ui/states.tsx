import type { ReactNode } from "react";
import { useProblemText } from "./problem-messages";

/** Loading, error and empty states, so every screen says what is going on. */
export function LoadState({ loading, error, empty, emptyText, onRetry, retryText, children }: {
  loading: boolean;
  error?: Error;
  empty?: boolean;
  emptyText?: string;
  onRetry?: () => void;
  retryText?: string;
  children: ReactNode;
}) {
  const problemText = useProblemText();
  if (error) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{problemText(error)}</p>
        {onRetry && (
          <button type="button" className="button button--quiet" onClick={onRetry}>
            {retryText ?? "↻"}
          </button>
        )}
      </div>
    );
  }
  if (loading && empty !== false) return <p className="loading" aria-busy="true">…</p>;
  if (empty) return <p className="empty">{emptyText}</p>;
  return <>{children}</>;
}

export function Badge({ tone, children }: { tone: "ok" | "warn" | "danger" | "info" | "muted"; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
