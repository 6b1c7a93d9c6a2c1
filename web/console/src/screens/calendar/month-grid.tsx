import type { Schemas } from "../../api/client";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import styles from "./calendar.module.css";
import { weekdayIndex } from "../../dates";
import { messages } from "./messages";

/** Taken nights are told apart by a mark as well as a colour (the legend shows both); the full word is in the label. */
export const STATUS_MARK = { free: "", held: "◔", booked: "●", blocked: "✕" } as const;

type Day = { date: string; status: "free" | "held" | "booked" | "blocked"; price: Schemas["Quote"]["total"]; stayId: string | null };

/** One month of one unit: every night a button that says its status in words, not colour alone. */
export function MonthGrid({ days, selection, onPick }: { days: Day[]; selection: { from: string; to: string | null } | null; onPick: (day: Day) => void }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { locale } = useLocale();
  const weekdays = Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(locale, { weekday: "narrow", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1 + i))));
  const first = days[0];
  const selected = (date: string) => selection !== null && date >= selection.from && date <= (selection.to ?? selection.from);
  return (
    <div className={styles.grid} role="grid">
      {weekdays.map((name, i) => (
        <div key={i} className={styles.weekday} aria-hidden="true">
          {name}
        </div>
      ))}
      {first && Array.from({ length: weekdayIndex(first.date) }, (_, i) => <div key={`pad-${i}`} />)}
      {days.map((day) => (
        <button
          key={day.date}
          type="button"
          className={`${styles.day} ${styles[day.status]}`}
          aria-pressed={selected(day.date)}
          aria-label={`${format.day(day.date)}: ${t(day.status)}${day.status === "free" ? `, ${format.money(day.price)}` : ""}`}
          data-date={day.date}
          data-status={day.status}
          onClick={() => onPick(day)}
        >
          <strong>{Number(day.date.slice(8))}</strong>
          <span aria-hidden="true">{day.status === "free" ? format.shortMoney(day.price) : STATUS_MARK[day.status]}</span>
        </button>
      ))}
    </div>
  );
}

export type { Day };
