import { useId, type ReactNode } from "react";
import { LoadState } from "../../ui/states";
import styles from "./today.module.css";

/** One block of the Today screen: a titled card with its count, its own loading and empty states. */
export function TodaySection({ title, count, loading, error, emptyText, onRetry, retryText, children }: {
  title: string;
  count: number | undefined;
  loading: boolean;
  error: Error | undefined;
  emptyText: string;
  onRetry: () => void;
  retryText: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`card ${styles.section}`} aria-labelledby={id} aria-busy={loading}>
      <h2 id={id} className={styles.sectionTitle}>
        {title}
        {count !== undefined && count > 0 && <span className={styles.count}>{count}</span>}
      </h2>
      <LoadState loading={loading} error={error} empty={count === undefined ? undefined : count === 0} emptyText={emptyText} onRetry={onRetry} retryText={retryText}>
        {children}
      </LoadState>
    </section>
  );
}
