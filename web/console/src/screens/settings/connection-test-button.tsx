import { useState } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useMessages } from "../../i18n/i18n";
import { useToast } from "../../ui/toast";
import { plainWords } from "./plain-words";
import styles from "./settings.module.css";

type Provider = Schemas["ConnectionTest"]["provider"];
const NAMES: Record<Provider, string> = { mercadopago: "Mercado Pago", stripe: "Stripe", whatsapp: "WhatsApp", email: "email" };

/**
 * Asks the provider, with the stored credential, who it belongs to; says the answer in words.
 * `name` is who the owner knows it as when the route's provider is a kind (email: Resend or Cloudflare).
 */
export function ConnectionTestButton({ provider, name = NAMES[provider] }: { provider: Provider; name?: string }) {
  const t = useMessages(plainWords);
  const { fail } = useToast();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Schemas["ConnectionTest"] | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      setResult(await unwrap(api.POST("/v1/settings/{provider}/test", { params: { path: { provider } } })));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.test}>
      <button type="button" className="button button--quiet" onClick={run} disabled={busy}>
        {busy ? t("testing") : `${t("test")}: ${name}`}
      </button>
      {result && (
        <p role="status" className={result.ok ? styles.testOk : styles.testFailed}>
          {result.ok ? t("test_ok", { account: result.account ?? "" }) : t(`test_${result.problem ?? "unreachable"}`, { provider: name })}
        </p>
      )}
    </div>
  );
}
