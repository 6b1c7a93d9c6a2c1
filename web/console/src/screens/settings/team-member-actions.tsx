import { useState } from "react";
import { api, ApiProblem, unwrap } from "../../api/client";
import { useMessages } from "../../i18n/i18n";
import { Dialog } from "../../ui/dialog";
import { useToast } from "../../ui/toast";
import { messages } from "./messages";
import styles from "./settings.module.css";
import { teamMessages } from "./team-messages";

type Role = "owner" | "admin" | "staff";
const ROLES: Role[] = ["owner", "admin", "staff"];
const ROLE_LABEL = { owner: "roleOwner", admin: "roleAdmin", staff: "roleStaff" } as const;

/** An owner's controls for one member: their role, and removing them (after a second, explicit yes). */
export function TeamMemberActions({ member, onChanged }: { member: { id: string; name: string; role: string }; onChanged: () => void }) {
  const t = useMessages(messages);
  const tt = useMessages(teamMessages);
  const { notify } = useToast();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const roleName = (role: Role) => t(ROLE_LABEL[role]);
  const explain = (error: unknown) => (error instanceof ApiProblem && error.code === "last_owner" ? tt("lastOwner") : error instanceof Error ? error.message : String(error));

  async function changeRole(role: Role) {
    setBusy(true);
    try {
      await unwrap(api.PATCH("/v1/team/{userId}", { params: { path: { userId: member.id } }, body: { role } }));
      notify(tt("roleChanged", { name: member.name, role: roleName(role).toLowerCase() }));
    } catch (error) {
      notify(explain(error), { tone: "error" });
    } finally {
      setBusy(false);
      onChanged();
    }
  }

  async function remove() {
    setBusy(true);
    setProblem(undefined);
    try {
      await unwrap(api.DELETE("/v1/team/{userId}", { params: { path: { userId: member.id } } }));
      notify(tt("removed", { name: member.name }));
      setConfirming(false);
      onChanged();
    } catch (error) {
      setProblem(explain(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className={styles.memberActions}>
      <label>
        <span className="visually-hidden">{tt("roleOf", { name: member.name })}</span>
        <select value={member.role} disabled={busy} onChange={(event) => void changeRole(event.target.value as Role)}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {roleName(role)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--quiet" disabled={busy} onClick={() => setConfirming(true)}>
        {tt("remove")}
      </button>
      {confirming && (
        <Dialog open title={tt("removeTitle", { name: member.name })} onClose={() => setConfirming(false)}>
          <p>{tt("removeIntro")}</p>
          <div role="alert">{problem && <p className="notice notice--error">{problem}</p>}</div>
          <div className={styles.dialogActions}>
            <button type="button" className="button button--danger" disabled={busy} onClick={() => void remove()}>
              {tt("removeConfirm")}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(false)} autoFocus>
              {tt("keep")}
            </button>
          </div>
        </Dialog>
      )}
    </span>
  );
}
