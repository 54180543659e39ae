/** How much one import may hold: enough for anyone's real export, and no more. */

/** Files larger than this are refused before parsing: a 30,000-row LinkedIn export is about 3 MB. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * Contacts one file may hold. LinkedIn allows 30,000 connections; a file with more is not one person's
 * export, and reading it whole (every contact, its circle, its possible duplicates) would take the
 * server's memory past a gigabyte.
 */
export const MAX_CONTACTS = 50_000;
export const tooManyContacts = `the file holds more than ${MAX_CONTACTS.toLocaleString("en")} contacts, more than any one person's export (LinkedIn allows 30,000 connections); split it and import the parts`;
