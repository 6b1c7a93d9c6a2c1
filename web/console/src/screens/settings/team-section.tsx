import { useState, type FormEvent } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useMessages } from "../../i18n/i18n";
import { Field, SelectField } from "../../ui/field";
import { Badge, LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { CopyButton } from "../../ui/copy-button";
import { messages, type SettingsMessage } from "./messages";
import { useSession } from "../../session";
import { TeamMemberActions } from "./team-member-actions";
import styles from "./settings.module.css";

const ROLE_LABEL: Record<string, SettingsMessage> = { owner: "roleOwner", admin: "roleAdmin", staff: "roleStaff" };

/** The team and its roles; an invitation gives a link to share (nothing is emailed from here). */
export function TeamSection() {
  const t = useMessages(messages);
  const { fail } = useToast();
  const users = useApi(() => unwrap(api.GET("/v1/users")), []);
  const { me, refreshMe } = useSession();
  // Roles and removals are the owner's; everyone else sees the team as it is.
  const isOwner = me?.user.role === "owner";
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<"admin" | "staff">("staff");
  const [invitation, setInvitation] = useState<Schemas["Invitation"] | null>(null);

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setInvitation(await unwrap(api.POST("/v1/invitations", { body: { email, role } })));
      setEmail("");
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className={`card ${styles.section}`} aria-labelledby="team">
      <h2 id="team">{t("team")}</h2>
      <LoadState loading={users.loading} error={users.error} empty={!users.data} onRetry={users.reload}>
        <ul className={styles.list}>
          {users.data?.data.map((user) => (
            <li key={user.id} className={styles.item}>
              <span>
                <strong>{user.name}</strong> <span className={styles.muted}>{user.email}</span>
              </span>
              <span>
                {!isOwner && <Badge tone="info">{t(ROLE_LABEL[user.role] ?? "roleStaff")}</Badge>} <Badge tone={user.twoFactor ? "ok" : "warn"}>{user.twoFactor ? t("twoFactorOn") : t("twoFactorOff")}</Badge>
              </span>
              {isOwner && (
                <TeamMemberActions
                  member={user}
                  onChanged={() => {
                    void users.reload();
                    // Owners who change their own role see the console of their new role.
                    if (user.id === me?.user.id) void refreshMe();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      </LoadState>
      <form onSubmit={invite} className={styles.row}>
        <Field label={t("inviteEmail")} type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        <SelectField label={t("inviteRole")} value={role} onChange={(e) => setRole(e.target.value as "admin" | "staff")} options={[{ value: "staff", label: t("roleStaff") }, { value: "admin", label: t("roleAdmin") }]} />
        <div>
          <button type="submit" className="button">
            {t("invite")}
          </button>
        </div>
      </form>
      {invitation && (
        <p role="status">
          {t("invited")} <span className={styles.url}>{invitation.acceptUrl}</span> <CopyButton text={invitation.acceptUrl} label={t("copy")} copiedText={t("copied")} failedText={t("copyFailed")} />
        </p>
      )}
    </section>
  );
}
