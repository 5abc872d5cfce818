import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * The database as Kysely sees it. Timestamps are ISO-8601 UTC strings and flags are 0/1 integers, so that the
 * same queries run on SQLite today and on PostgreSQL later.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  customer_classes: CodeListTable;
  classification_types: CodeListTable;
  classifications: TypedCodeListTable;
  object_types: CodeListTable;
  objects: TypedCodeListTable;
  contacts: ContactsTable;
  contact_classifications: ContactLinkTable & { classification_code: string };
  contact_objects: ContactLinkTable & { object_code: string };
  sync_log: SyncLogTable;
  smaily_field_mappings: SmailyFieldMappingsTable;
  smaily_account: SmailyAccountTable;
  push_jobs: PushJobsTable;
  push_job_contacts: PushJobContactsTable;
  smaily_unsubscribes: SmailyUnsubscribesTable;
  smaily_forgotten: SmailyForgottenTable;
  consent_reads: ConsentReadsTable;
  standard_books_connection: StandardBooksConnectionTable;
  standard_books_registers: StandardBooksRegistersTable;
  standard_books_clashes: StandardBooksClashesTable;
  standard_books_write_backs: StandardBooksWriteBacksTable;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: 'admin' | 'user';
  password_hash: string;
  active: number;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's value: the database alone cannot be used to sign in. */
  id_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

/** Sign-in attempts of one key (src/server/auth/login-limiter.ts explains the rule). */
export interface LoginAttemptsTable {
  /** 'address:<address>' or 'account:<address>|<e-mail>'. */
  key: string;
  /** Attempts counted in the current window, including those whose password is still being checked. */
  attempts: number;
  window_ends: string;
  /** Locks in a row, for the growing wait; forgotten with the row. */
  locks: number;
  /** The end of the last lock, also once it has passed (null when never locked). */
  locked_until: string | null;
  /** When the row means nothing any more and may be deleted. */
  expires_at: string;
}

export interface CodeNameTable {
  code: string;
  name: string;
}

export interface TypedCodeNameTable extends CodeNameTable {
  type_code: string;
}

/** Where a row came from: typed or imported here, or read from Standard Books (migration 0011). */
export type RowSource = 'local' | 'standard-books';

/** What a read from Standard Books keeps on a row it wrote. */
export interface StandardBooksColumns {
  source: Generated<RowSource>;
  /** The start of the last read that wrote or confirmed the row; a full read marks the rows it did not see. */
  sb_seen_at: Generated<string | null>;
  /** When a full read no longer found it in Standard Books; the row stays, marked. */
  removed_from_sb_at: Generated<string | null>;
}

export type CodeListTable = CodeNameTable & StandardBooksColumns;
export type TypedCodeListTable = TypedCodeNameTable & StandardBooksColumns;

export interface ContactsTable {
  id: Generated<number>;
  code: string;
  name: string;
  cust_type: number;
  cust_cat: string | null;
  email: string;
  phone: string;
  mobile: string;
  person: string;
  country_code: string;
  inv_addr0: string;
  inv_addr1: string;
  inv_addr2: string;
  inv_addr3: string;
  inv_addr4: string;
  vat_nr: string;
  reg_nr1: string;
  comment: string;
  no_mail_posting: number;
  blocked: number;
  date_created: string;
  date_changed: string;
  /** Code, name and e-mail in search form (see normaliseForSearch), so search needs no function per row. */
  search_text: string;
  /** The e-mail as Smaily compares it (trimmed, lower case), for the duplicate rule of a push. */
  email_key: string;
  /** When Smaily last accepted this contact (single or bulk push); null when never. */
  last_sent_at: Generated<string | null>;
  /**
   * When "Ära koosta massmaile" last changed here (src/server/contacts/mail-flag.ts); null when it never has since
   * it was recorded. A clear after a Smaily unsubscribe's moment is a conflict.
   */
  no_mail_posting_changed_at: Generated<string | null>;
  source: Generated<RowSource>;
  /** The record's UUID and @sequence in Standard Books, when it sent them; its code is the contact's code. */
  sb_uuid: Generated<string | null>;
  sb_sequence: Generated<string | null>;
  sb_seen_at: Generated<string | null>;
  removed_from_sb_at: Generated<string | null>;
}

export interface ContactLinkTable {
  contact_id: number;
  /** Place on the card: the order in which a push joins the values. */
  position: number;
}

export interface SyncLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  /** The user's name when the entry was written, so that the log still reads right after a rename. */
  user_name: string | null;
  kind: string;
  /** What the entry is about: a setting name, a contact code or a job id. */
  subject: string | null;
  outcome: string;
  smaily_code: number | null;
  smaily_message: string | null;
  /** Kind-specific facts as JSON (filters, counts, what changed). */
  details: string | null;
}

export type ContactRow = Selectable<ContactsTable>;
export type NewContactRow = Insertable<ContactsTable>;
export type UserRow = Selectable<UsersTable>;

/** Smaily päringu väljad: one row per Smaily field, in the grid's order. */
export interface SmailyFieldMappingsTable {
  position: number;
  smaily_field: string;
  /** A field name of the contact card (src/shared/contact-fields.ts). */
  contact_field: string;
  /** 'value' (Väärtus: the field's own content) or 'description' (Kirjeldus: the linked card's name). */
  value_kind: string;
  /** Objekti/Klassifikaatori tüüp: keep only classifications/objects of this type. */
  type_code: string | null;
}

/** The Smaily account of this installation: one row (id 1) whose credentials are empty until activated. */
export interface SmailyAccountTable {
  id: number;
  subdomain: string | null;
  username: string | null;
  /** The password sealed with the installation's key (src/server/secrets/secret-box.ts), never in plain text. */
  password_sealed: string | null;
  activated_at: string | null;
  activated_by_id: number | null;
  /** The name when activated, so that the status still reads right after a rename. */
  activated_by_name: string | null;
  /** The last result that changed the account ('activated' | 'deactivated') and its moment. */
  result_code: string | null;
  result_at: string | null;
  /** The last failed activation since that result; a failure changes neither the credentials nor the result. */
  failure_code: string | null;
  failure_at: string | null;
}

/** A bulk push (src/server/push-jobs): what it was started with, fixed at its start, and its counters. */
export interface PushJobsTable {
  id: Generated<number>;
  /** src/shared/push-jobs.ts jobStatuses. */
  status: string;
  /** The Smaily account it sends to; the credentials are read afresh for each batch, never copied here. */
  subdomain: string;
  filter_cust_cat: string | null;
  filter_classification: string | null;
  resend_of: number | null;
  /** Smaily päringu väljad as they were at the start, as JSON. */
  mapping: string;
  /** The code lists the mapping engine reads (customer classes, classifications, objects) at the start, as JSON. */
  lookups: string;
  batch_size: number;
  /** 1 once every contact has its row; until then the planner goes on from plan_cursor (also after a restart). */
  planned: Generated<number>;
  plan_cursor: string | null;
  /** Rows written so far, and of them the contacts to send (so batches below planned_send / batch_size are whole). */
  planned_count: Generated<number>;
  planned_send: Generated<number>;
  started_at: string;
  finished_at: string | null;
  started_by_id: number | null;
  started_by_name: string | null;
  cancelled_by_name: string | null;
  total: Generated<number>;
  sent: Generated<number>;
  skipped: Generated<number>;
  failed: Generated<number>;
  not_sent: Generated<number>;
  skipped_forgotten: Generated<number>;
  skipped_closed: Generated<number>;
  skipped_no_email: Generated<number>;
  skipped_invalid_email: Generated<number>;
  skipped_duplicate_email: Generated<number>;
  skipped_removed: Generated<number>;
  batches_total: Generated<number>;
  /** Batches whose every contact has its outcome. */
  batches_acknowledged: Generated<number>;
  stop_reason: string | null;
  /** Smaily's HTTP status when it refused the account. */
  stop_status: number | null;
  /** When retention deleted this job's per-contact outcomes (its counts stay); null while they are kept. */
  details_deleted_at: Generated<string | null>;
}

/** One contact of a job: as it was at the start, its payload and batch, and its one outcome. */
export interface PushJobContactsTable {
  job_id: number;
  /** Place in code order, from 0. */
  seq: number;
  code: string;
  name: string;
  email: string;
  /** Null for a contact skipped at the start. */
  batch: number | null;
  /** The JSON row for Smaily; null for a skipped contact. */
  payload: string | null;
  /** src/shared/push-jobs.ts contactOutcomes. */
  outcome: string;
  reason: string | null;
  /** The duplicate's first contact, an HTTP status or a transport error. */
  detail: string | null;
  smaily_code: number | null;
  smaily_message: string | null;
}

/** A person unsubscribed in Smaily (src/server/consent/consent-store.ts): one row per e-mail key. */
export interface SmailyUnsubscribesTable {
  /** Trimmed, lower case, as contacts.email_key. */
  email_key: string;
  /** As Smaily listed it. */
  email: string;
  /** Smaily's `unsubscribed_at` as it gave it (Tallinn time, `YYYY-MM-DD HH:MM:SS`); "" when it gave none. */
  unsubscribed_at_text: string;
  /** The same moment as a UTC ISO string, for comparing; null when Smaily gave none. */
  unsubscribed_at: string | null;
  /** When this app learned it. */
  learned_at: string;
}

/** Unusta Smailys: an e-mail forgotten in Smaily, which no push sends again. */
export interface SmailyForgottenTable {
  email_key: string;
  email: string;
  forgotten_at: string;
  forgotten_by_id: number | null;
  /** The name when forgotten, so that the card still reads right after a rename. */
  forgotten_by_name: string | null;
}

/** One row (id 1): when Smaily's whole unsubscribed list was last read. */
export interface ConsentReadsTable {
  id: number;
  last_full_read_at: string | null;
}

/** The Standard Books server this installation reads: one row (id 1), empty until connected, and its reads' state. */
export interface StandardBooksConnectionTable {
  id: number;
  /** `https://host[:port]` as the administrator typed it. */
  address: string | null;
  company_no: string | null;
  username: string | null;
  /** Sealed with the installation's key (src/server/secrets/secret-box.ts), never in plain text. */
  password_sealed: string | null;
  connected_at: string | null;
  connected_by_id: number | null;
  connected_by_name: string | null;
  /** 'connected' | 'disconnected', and when. */
  result_code: string | null;
  result_at: string | null;
  /** The last failed save since that result; it changed nothing. */
  failure_code: string | null;
  failure_at: string | null;
  /** Failed reads in a row (0 after a read that ran to its end). */
  consecutive_failures: Generated<number>;
  /** The last finished read's summary (src/shared/standard-books-sync.ts SbReadSummary), JSON. */
  last_read: string | null;
  last_read_at: string | null;
  /** When the last full read began, whoever started it: the daily full read is due once a day after its time. */
  last_full_read_started_at: string | null;
  /** 1: Smaily unsubscribes are written to Standard Books (NoMailPosting), see standard-books-sync/write-back. */
  write_back_consent: Generated<number>;
}

/** Per register read from Standard Books (src/shared/standard-books-sync.ts sbRegisterKeys). */
export interface StandardBooksRegistersTable {
  register: string;
  /** The server's @sequence when the last complete read began; null until one completed (the next read is full). */
  sequence: string | null;
  read_at: string | null;
  full_read_at: string | null;
  /** 0 once the server answered updates_after with "not supported" (a register without a sync index). */
  updates_supported: Generated<number>;
}

/** A code a read found both as a local contact and in Standard Books (standard-books-sync/clashes.ts). */
export interface StandardBooksClashesTable {
  code: string;
  /** The record's fields as last read (JSON): what "Standard Books asendab" applies. */
  sb_record: string;
  found_at: string;
  seen_at: string;
  /** null until a person chose: 'replace' (Standard Books asendab) or 'keep-local' (Jäta kohalik). */
  choice: string | null;
  chosen_at: string | null;
  chosen_by_id: number | null;
  chosen_by_name: string | null;
}

/** An unsubscribe to write to a Standard Books contact (standard-books-sync/write-back.ts). */
export interface StandardBooksWriteBacksTable {
  code: string;
  /** The e-mail key the unsubscribe was stored under: a contact whose e-mail changed since is not written. */
  email_key: string;
  queued_at: string;
  /** The consent read's trigger that learned the unsubscribe, or 'enabled' when the setting was turned on. */
  cause_trigger: string;
  caused_by_id: number | null;
  caused_by_name: string | null;
  attempts: Generated<number>;
  last_attempt_at: string | null;
  /** Why the last attempt failed (SbWriteFailureCode); null before the first attempt. */
  failure_code: string | null;
  /** Standard Books' own error code, when it gave one. */
  failure_api_code: string | null;
}
