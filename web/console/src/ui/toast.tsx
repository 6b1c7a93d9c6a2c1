import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { useProblemText } from "./problem-messages";

interface Toast {
  id: number;
  text: string;
  tone: "ok" | "error";
  /** An undo for what was just done, offered for a few seconds. */
  undo?: () => void;
}

interface ToastValue {
  notify: (text: string, options?: { tone?: "ok" | "error"; undo?: () => void }) => void;
  /** Shows a failure as an error toast, in the reader's language (see useProblemText). */
  fail: (error: unknown) => void;
}

const ToastContext = createContext<ToastValue>({ notify: () => {}, fail: () => {} });
let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const problemText = useProblemText();
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const notify = useCallback<ToastValue["notify"]>(
    (text, options) => {
      const id = nextId++;
      setToasts((current) => [...current.slice(-2), { id, text, tone: options?.tone ?? "ok", undo: options?.undo }]);
      setTimeout(() => dismiss(id), options?.undo ? 8000 : 5000);
    },
    [dismiss],
  );
  const fail = useCallback((error: unknown) => notify(problemText(error), { tone: "error" }), [notify, problemText]);
  return (
    <ToastContext.Provider value={{ notify, fail }}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast--${toast.tone}`} role={toast.tone === "error" ? "alert" : undefined}>
            <span>{toast.text}</span>
            {toast.undo && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  toast.undo?.();
                  dismiss(toast.id);
                }}
              >
                ↶
              </button>
            )}
            <button type="button" className="toast__close" aria-label="×" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
