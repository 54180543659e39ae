// The public surface of @enlist/io, listed by hand.
export { parseLinkedInConnections } from "./linkedin/parse-linkedin-connections";
export { parseConnectedOn } from "./linkedin/connected-on";
export { parseGoogleContactsCsv } from "./google/parse-google-contacts-csv";
export { parseVCards } from "./vcard/parse-vcards";
export { parseEnlistCsv } from "./enlist/parse-enlist-csv";
export { transitionFromTitle } from "./transition";
export { MAX_CONTACTS, MAX_INPUT_BYTES } from "./limits";
export { MAX_COLUMNS } from "./csv/read-csv";
export { ImportedContact, IMPORT_FORMATS } from "./imported-contact";
export { COMPARED_FIELDS } from "./imported-contact";
export type {
  ComparedField,
  ContactUpdate,
  Difference,
  Duplicate,
  FieldChange,
  FileFormat,
  ImportError,
  ImportFormat,
  ImportReport,
  ImportResult,
  RowWarning,
  SkippedRow,
  TextEncoding,
  UpdatedField,
} from "./imported-contact";
export type { ExistingContact, ImportOptions } from "./assemble";
export { CSV_COLUMNS, csvCell, toCsv } from "./export/to-csv";
export { escapeText, toVCard } from "./export/to-vcard";
export { Backup, BackupAsk, BACKUP_FORMAT, BACKUP_VERSION, parseJsonBackup, toJsonBackup } from "./export/json-backup";
export type { BackupData } from "./export/json-backup";
export { CalendarItem, CalendarOptions, toICalendar } from "./export/to-icalendar";
export { foldLine } from "./export/fold-line";
export { detectImportFormat, IMPORT_HEAD_BYTES, IMPORT_MEDIA_TYPES } from "./detect-format";
