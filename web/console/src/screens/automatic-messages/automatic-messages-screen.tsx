import { useState } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useMessages } from "../../i18n/i18n";
import { LoadState } from "../../ui/states";
import { useTenantZone } from "../reservations/use-tenant-zone";
import { messages } from "./messages";
import { StepCard } from "./step-card";
import { TemplateEditor } from "./template-editor";
import { useCanEditMessages } from "./use-can-edit";
import styles from "./automatic-messages.module.css";

type Template = Schemas["MessageTemplate"];

/** The messages Posada sends on its own: the steps with their next sends, and the templates they use. */
export default function AutomaticMessagesScreen() {
  const t = useMessages(messages);
  const canEdit = useCanEditMessages();
  const timeZone = useTenantZone();
  const steps = useApi(() => unwrap(api.GET("/v1/communications/steps")), []);
  const templates = useApi(() => unwrap(api.GET("/v1/communications/templates")), []);
  const [open, setOpen] = useState<Template | "new" | null>(null);
  const reload = () => {
    void steps.reload();
    void templates.reload();
  };
  // Templates a step sends come first, in the order of a stay; the tenant's own follow.
  const stepOrder = (steps.data?.data ?? []).map((step) => step.templateId);
  const rank = (id: string) => (stepOrder.includes(id) ? stepOrder.indexOf(id) : stepOrder.length);
  const templateList = [...(templates.data?.data ?? [])].sort((a, b) => rank(a.id) - rank(b.id));

  return (
    <>
      <h1>{t("title")}</h1>
      <p className={styles.muted}>{t("intro")}</p>
      {!canEdit && <p className="notice">{t("readOnly")}</p>}
      <section className={styles.section} aria-labelledby="steps">
        <h2 id="steps">{t("steps")}</h2>
        <LoadState loading={steps.loading} error={steps.error} empty={!steps.data} onRetry={steps.reload}>
          <ul className={styles.list}>
            {(steps.data?.data ?? []).map((step) => (
              <StepCard key={step.id} step={step} templates={templateList} canEdit={canEdit} timeZone={timeZone} onChanged={reload} />
            ))}
          </ul>
        </LoadState>
      </section>
      <section className={styles.section} aria-labelledby="templates">
        <div className={styles.heading}>
          <h2 id="templates">{t("templates")}</h2>
          {canEdit && open === null && (
            <button type="button" className="button" onClick={() => setOpen("new")}>
              {t("newTemplate")}
            </button>
          )}
        </div>
        {open === "new" && (
          <TemplateEditor
            template={null}
            canEdit={canEdit}
            onClose={() => setOpen(null)}
            onSaved={() => {
              setOpen(null);
              reload();
            }}
          />
        )}
        <LoadState loading={templates.loading} error={templates.error} empty={!templates.data} onRetry={templates.reload}>
          <ul className={styles.list}>
            {templateList.map((template) => (
              <li key={template.id}>
                {open !== "new" && open?.id === template.id ? (
                  <TemplateEditor
                    key={template.updatedAt}
                    template={template}
                    canEdit={canEdit}
                    onClose={() => setOpen(null)}
                    onSaved={() => {
                      setOpen(null);
                      reload();
                    }}
                  />
                ) : (
                  <div className={`card ${styles.item}`}>
                    <div className={styles.heading}>
                      <h3>{template.name}</h3>
                      <button type="button" className="button button--quiet" onClick={() => setOpen(template)} aria-label={`${t("edit")}: ${template.name}`}>
                        {canEdit ? t("edit") : t("preview")}
                      </button>
                    </div>
                    <p className={styles.muted}>{template.bodies.es ?? template.bodies.pt ?? template.bodies.en}</p>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </LoadState>
      </section>
    </>
  );
}
