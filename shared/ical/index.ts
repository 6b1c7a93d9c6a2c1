export { NotICalendarError } from "./calendar-parser";
export { importedNights, type ImportOptions, type ImportResult, type SkipReason } from "./imported-nights";
export { renderCalendar, type ExportCalendar, type ExportEvent } from "./ical-writer";
export { mergeRanges, type NightRange } from "./night-ranges";
