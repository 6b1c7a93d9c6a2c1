import { useMessages } from "../../i18n/i18n";
import { SelectField } from "../../ui/field";
import { messages } from "./messages";
import { FILTER_STATUSES, type FilterStatus } from "./reservation-status";
import styles from "./reservations.module.css";

/** Status chips (one tap each) and a unit picker; both live in the URL so a filtered list can be shared. */
export function ReservationFilters({ status, unitId, units, onChange }: {
  status: FilterStatus | undefined;
  unitId: string;
  units: { id: string; name: string }[];
  onChange: (changes: { status?: FilterStatus | null; accommodationId?: string | null }) => void;
}) {
  const t = useMessages(messages);
  const chips: (FilterStatus | undefined)[] = [...FILTER_STATUSES, undefined];
  return (
    <div className={styles.filters}>
      <div className={styles.chips} role="group" aria-label={t("statusFilter")}>
        {chips.map((chip) => (
          <button key={chip ?? "all"} type="button" className={styles.chip} aria-pressed={chip === status} onClick={() => onChange({ status: chip ?? null })}>
            {t(chip ? `status_${chip}` : "status_all")}
          </button>
        ))}
      </div>
      {units.length > 1 && (
        <SelectField
          label={t("unitFilter")}
          value={unitId}
          options={[{ value: "", label: t("allUnits") }, ...units.map((unit) => ({ value: unit.id, label: unit.name }))]}
          onChange={(event) => onChange({ accommodationId: event.target.value || null })}
        />
      )}
    </div>
  );
}
