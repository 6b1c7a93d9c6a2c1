/** iCalendar import and export for OTA calendar sync; semantics in the handbook's ICAL.md. */
export { importedRanges, type ImportOptions, type ImportResult, type ImportWarning, type SkippedEvent, type SkipReason } from "./import";
export { FeedTooLargeError, IMPORT_HORIZON_DAYS, MAX_FEED_EVENTS, MAX_FEED_OCCURRENCES, MAX_IMPORTED_RANGES } from "./limits";
export { contentLines, parseContentLine, unfoldLines, type ContentLine } from "./lines";
export { NotICalendarError, parseCalendar, propertiesOf, propertyOf, type Observance, type ParsedCalendar, type VEvent, type VTimezone } from "./parse";
export { mergeRanges, rangesFrom, rangesWithin, type NightRange } from "./ranges";
export { foldLine, renderCalendar, type ExportEvent, type RenderCalendarInput } from "./render";
export { escapeText, unescapeText } from "./text";
