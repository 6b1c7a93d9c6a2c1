import { useToast } from "./toast";

/** Copies `text` to the clipboard and says whether it worked (clipboards can refuse, e.g. without focus). */
export function CopyButton({ text, label, copiedText, failedText, className = "button button--quiet" }: {
  text: string;
  label: string;
  copiedText: string;
  failedText: string;
  className?: string;
}) {
  const { notify } = useToast();
  return (
    <button
      type="button"
      className={className}
      onClick={() =>
        navigator.clipboard
          .writeText(text)
          .then(() => notify(copiedText))
          .catch(() => notify(failedText, { tone: "error" }))
      }
    >
      {label}
    </button>
  );
}
