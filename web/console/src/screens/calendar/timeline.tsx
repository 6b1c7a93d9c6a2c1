import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import styles from "./calendar.module.css";
import { addDays } from "../../dates";
import { messages } from "./messages";

const DAYS = 21;

/** Every unit as a row over three weeks, scrollable sideways on a phone. */
export function Timeline({ units, from }: { units: Schemas["Accommodation"][]; from: string }) {
  const t = useMessages(messages);
  const format = useFormat();
  const to = addDays(from, DAYS);
  const calendars = useApi(
    () => Promise.all(units.map((unit) => unwrap(api.GET("/v1/accommodations/{id}/calendar", { params: { path: { id: unit.id }, query: { from, to } } })))),
    [units.map((unit) => unit.id).join(), from],
  );
  useLiveRefresh(["calendar.changed", "reservation.changed"], calendars.reload);
  const dates = Array.from({ length: DAYS }, (_, i) => addDays(from, i));
  return (
    <section className={styles.timeline} aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("timeline")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("unit")}</th>
            {dates.map((date) => (
              <th key={date} scope="col" title={format.day(date)}>
                {Number(date.slice(8))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((unit, row) => (
            <tr key={unit.id}>
              <th scope="row">{unit.name}</th>
              {dates.map((date, i) => {
                const day = calendars.data?.[row]?.days[i];
                const status = day?.status ?? "free";
                return (
                  <td key={date} className={styles[status]} title={`${unit.name} · ${format.day(date)}: ${t(status)}`} data-unit={unit.id} data-date={date} data-status={status}>
                    <span className="visually-hidden">{t(status)}</span>
                    {status === "free" ? "" : t(status).charAt(0).toUpperCase()}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
