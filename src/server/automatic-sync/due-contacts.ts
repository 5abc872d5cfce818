import { setImmediate } from 'node:timers/promises';
import { compareCodes, PushDecider, type PushCandidate, type PushDecision } from '../../shared/push-rules';
import type { PushFilters } from '../../shared/push-jobs';
import { filterContacts } from '../contacts/list-contacts';
import type { Db } from '../db/database';

/** E-mail keys per query: well inside SQLite's bound values per statement. */
const keyChunk = 5000;
/** Contacts (by id) looked through per query: the event loop gets a turn between such slices. */
const idSlice = 10_000;

/** A contact as the rules see it, with what Smaily acknowledged of it for the account. */
interface Candidate extends PushCandidate {
  id: number;
  changeSeq: number;
  ack: { seq: number; skipped: boolean } | null;
}

/** A contact a narrowed run records, with the rules' verdict on it. */
export interface DueContact {
  id: number;
  code: string;
  decision: PushDecision;
}

/**
 * Whether a decided contact goes into a narrowed run: Smaily never acknowledged it (for this account), it changed
 * since, or the push that acknowledged it skipped it and the rules now send it (e.g. the contact whose duplicate it
 * was is closed). Failed and not-sent contacts were never acknowledged at their current change, so they are due.
 */
export function isDue(candidate: Candidate, decision: PushDecision): boolean {
  const { ack } = candidate;
  if (ack === null || candidate.changeSeq > ack.seq) return true;
  return ack.skipped && decision.send;
}

/** The selection's contacts joined with their acknowledgement and the forgotten mark, as light rows. */
function candidateQuery(db: Db, filters: PushFilters, subdomain: string) {
  return filterContacts(db.selectFrom('contacts'), filters)
    .leftJoin('contact_acks', (join) =>
      join.onRef('contact_acks.code', '=', 'contacts.code').on('contact_acks.subdomain', '=', subdomain),
    )
    .leftJoin('smaily_forgotten', 'smaily_forgotten.email_key', 'contacts.email_key')
    .select([
      'contacts.id',
      'contacts.code',
      'contacts.email',
      'contacts.email_key',
      'contacts.blocked',
      'contacts.removed_from_sb_at',
      'contacts.change_seq',
      'contact_acks.acked_seq',
      'contact_acks.skipped',
      'smaily_forgotten.email_key as forgotten_key',
    ]);
}

type CandidateRow = Awaited<ReturnType<ReturnType<typeof candidateQuery>['execute']>>[number];

const toCandidate = (row: CandidateRow): Candidate => ({
  id: row.id,
  Code: row.code,
  eMail: row.email,
  blockedFlag: row.blocked === 1,
  forgotten: row.forgotten_key !== null,
  removedFromStandardBooks: row.removed_from_sb_at !== null,
  changeSeq: row.change_seq,
  ack: row.acked_seq === null ? null : { seq: row.acked_seq, skipped: row.skipped === 1 },
});

/**
 * The contacts of the selection a narrowed run records, in code order, each with the rules' verdict. The rules
 * decide a contact from itself and the contacts before it with the same e-mail, so only the contacts that may be
 * due (never acknowledged, changed since, or acknowledged as skipped) and the contacts sharing their e-mails are
 * read and decided, in code order, exactly as a push over the whole selection would decide them: an edited second
 * contact sharing an e-mail stays a duplicate of the first. With 1 000 changed among 100 000 this reads about
 * 1 000 rows rather than 100 000.
 */
export async function dueContacts(db: Db, filters: PushFilters, subdomain: string): Promise<DueContact[]> {
  const { maxId } = await db
    .selectFrom('contacts')
    .select((eb) => eb.fn.max('id').as('maxId'))
    .executeTakeFirstOrThrow();
  const maybeDue: CandidateRow[] = [];
  for (let from = 0; from < (maxId ?? 0); from += idSlice) {
    const slice = await candidateQuery(db, filters, subdomain)
      .where('contacts.id', '>', from)
      .where('contacts.id', '<=', from + idSlice)
      .where((eb) =>
        eb.or([
          eb('contact_acks.code', 'is', null),
          eb('contacts.change_seq', '>', eb.ref('contact_acks.acked_seq')),
          eb('contact_acks.skipped', '=', 1),
        ]),
      )
      .execute();
    maybeDue.push(...slice);
    await setImmediate();
  }
  if (maybeDue.length === 0) return [];
  await setImmediate();
  const rows = new Map(maybeDue.map((row) => [row.code, row]));
  const keys = [...new Set(maybeDue.map((row) => row.email_key).filter((key) => key !== ''))];
  for (let start = 0; start < keys.length; start += keyChunk) {
    const sharing = await candidateQuery(db, filters, subdomain)
      .where('contacts.email_key', 'in', keys.slice(start, start + keyChunk))
      .execute();
    for (const row of sharing) rows.set(row.code, row);
    await setImmediate();
  }
  const mayBeDue = new Set(maybeDue.map((row) => row.code));
  const decider = new PushDecider();
  const due: DueContact[] = [];
  for (const row of [...rows.values()].sort((a, b) => compareCodes(a.code, b.code))) {
    const candidate = toCandidate(row);
    const decision = decider.decide(candidate);
    if (mayBeDue.has(row.code) && isDue(candidate, decision)) due.push({ id: row.id, code: row.code, decision });
  }
  return due;
}
