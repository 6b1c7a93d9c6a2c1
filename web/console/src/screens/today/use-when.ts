import { useFormat } from "../../i18n/i18n";
import { todayIn } from "../../dates";

/** An instant as the operator says it: just the time when it is today, the date too otherwise. */
export function useWhen(timeZone: string) {
  const format = useFormat();
  return (iso: string) => (todayIn(timeZone, new Date(iso)) === todayIn(timeZone) ? format.time(iso, timeZone) : format.dateTime(iso, timeZone));
}
