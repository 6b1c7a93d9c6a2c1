import { useMessages } from "../../i18n/i18n";
import { useSession } from "../../session";
import { Badge, LoadState } from "../../ui/states";
import { messages } from "./messages";
import { TwoFactorSetup } from "./two-factor-setup";
import styles from "./account.module.css";

export default function AccountScreen() {
  const t = useMessages(messages);
  const { me } = useSession();
  return (
    <>
      <h1>{t("title")}</h1>
      <LoadState loading={!me} empty={!me}>
        {me && (
          <div className={styles.grid}>
            <section className="card" aria-labelledby="account-you">
              <h2 id="account-you">{t("you")}</h2>
              <dl className={styles.facts}>
                <dt>{t("name")}</dt>
                <dd>{me.user.name}</dd>
                <dt>{t("email")}</dt>
                <dd>{me.user.email}</dd>
                <dt>{t("role")}</dt>
                <dd>{t(`role_${me.user.role}`)}</dd>
              </dl>
            </section>
            <section className="card" aria-labelledby="account-business">
              <h2 id="account-business">{t("business")}</h2>
              <dl className={styles.facts}>
                <dt>{t("businessName")}</dt>
                <dd>{me.tenant.name}</dd>
                <dt>{t("slug")}</dt>
                <dd>{me.tenant.slug}</dd>
                <dt>{t("timezone")}</dt>
                <dd>{me.tenant.timezone}</dd>
                <dt>{t("currency")}</dt>
                <dd>{me.tenant.currency}</dd>
              </dl>
            </section>
            <section className={`card ${styles.wide}`} aria-labelledby="account-2fa">
              <div className={styles.heading}>
                <h2 id="account-2fa">{t("twoFactor")}</h2>
                <Badge tone={me.user.totpEnabled ? "ok" : "warn"}>{me.user.totpEnabled ? t("twoFactorOn") : t("twoFactorOff")}</Badge>
              </div>
              <p>{me.user.totpEnabled ? t("twoFactorOnText") : t("twoFactorOffText")}</p>
              <TwoFactorSetup enabled={me.user.totpEnabled} />
            </section>
          </div>
        )}
      </LoadState>
    </>
  );
}
