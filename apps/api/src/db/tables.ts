import type { ColumnType, Selectable } from "kysely";

/**
 * The tables, in types both engines share: text ids, ISO-8601 timestamps as text, JSON as text, integers.
 * Domain types are not derived from these: rows are mapped to and from @enlist/core's schemas.
 */
export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  name: string;
  /** The user's Pivot as JSON, or null before first run. */
  pivot: string | null;
  /** Hash of the calendar feed token; null when no feed link was made. */
  feed_token_hash: string | null;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the session cookie's value: a leaked table gives no usable session. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface TokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}

/** A column the database fills with its default when an insert leaves it out. */
type WithDefault<T> = ColumnType<T, T | undefined, T>;

export interface ContactsTable {
  id: string;
  user_id: string;
  name: string;
  circle: string;
  tie: string;
  status: string;
  /** Lower-case name, company, role and e-mail, for the `q` filter. */
  search: string;
  /** The company and the role as searched (searchKey), for the board's company and role filters. */
  company_key: WithDefault<string>;
  role_key: WithDefault<string>;
  /** The Contact's connectedOn, for the filter by year connected; null when not known. */
  connected_on: string | null;
  /** 1 when set aside as not relevant (the Contact's archived), else 0: both engines' integer. */
  archived: WithDefault<number>;
  /** The rest of the Contact as JSON. */
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A contact's whole row, as written and read. */
export type ContactRow = Selectable<ContactsTable>;

export interface InteractionsTable {
  id: string;
  user_id: string;
  contact_id: string;
  type: string;
  date: string;
  note: string | null;
  created_at: string;
}

export interface AsksTable {
  id: string;
  user_id: string;
  contact_id: string;
  /** The Ask as JSON. */
  ask: string;
  /** The AskVerdict from checkAsk when the ask was recorded, as JSON. */
  verdict: string;
  level: string;
  status: string;
  created_at: string;
}

export interface RateLimitsTable {
  key: string;
  window_start: string;
  count: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  tokens: TokensTable;
  contacts: ContactsTable;
  interactions: InteractionsTable;
  asks: AsksTable;
  rate_limits: RateLimitsTable;
}
