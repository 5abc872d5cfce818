import { csvBom, csvLine } from '../../shared/csv';
import type { Language, MessageParams } from '../../shared/messages';
import { localize } from '../../shared/messages';
import type { ContactOutcome, JobFailureReason, JobNotSentReason } from '../../shared/push-jobs';
import type { SkipReason } from '../../shared/push-rules';
import type { Db } from '../db/database';

type Text = Record<Language, string>;

const header: Record<Language, string[]> = {
  et: ['Kood', 'Nimi', 'E-post', 'Tulemus', 'Põhjus', 'Smaily kood', 'Smaily teade'],
  en: ['Code', 'Name', 'E-mail', 'Outcome', 'Reason', 'Smaily code', 'Smaily message'],
};

const outcomeTexts: Record<ContactOutcome, Text> = {
  pending: { et: 'ootel', en: 'pending' },
  sent: { et: 'saadetud', en: 'sent' },
  skipped: { et: 'vahele jäetud', en: 'skipped' },
  failed: { et: 'ebaõnnestus', en: 'failed' },
  'not-sent': { et: 'saatmata', en: 'not sent' },
};

// `{detail}` is the duplicate's first contact, an HTTP status or a transport error.
const reasonTexts: Record<SkipReason | JobFailureReason | JobNotSentReason, Text> = {
  forgotten: { et: 'Unustatud Smailys', en: 'Forgotten in Smaily' },
  'removed-from-standard-books': { et: 'Eemaldatud Standard Booksist', en: 'Removed from Standard Books' },
  closed: { et: 'Suletud', en: 'Closed' },
  'no-email': { et: 'E-post puudub', en: 'No e-mail' },
  'invalid-email': { et: 'Vigane e-post', en: 'Invalid e-mail' },
  'duplicate-email': { et: 'Sama e-post kui kontaktil {detail}', en: 'Same e-mail as contact {detail}' },
  'smaily-error': { et: 'Smaily ei võtnud vastu', en: 'Smaily did not accept it' },
  'server-error': { et: 'Smaily viga ({detail}), ka korduskatsetel', en: 'Smaily error ({detail}), also on retries' },
  'rate-limited': {
    et: 'Smaily päringute piirang ({detail}), ka korduskatsetel',
    en: 'Smaily rate limit ({detail}), also on retries',
  },
  timeout: {
    et: 'Smaily ei vastanud õigel ajal, ka korduskatsetel',
    en: 'Smaily did not answer in time, also on retries',
  },
  'network-error': {
    et: 'Ühendus Smailyga katkes ({detail}), ka korduskatsetel',
    en: 'The connection to Smaily failed ({detail}), also on retries',
  },
  'unexpected-status': { et: 'Smaily ootamatu vastus ({detail})', en: 'Unexpected answer from Smaily ({detail})' },
  'invalid-response': {
    et: 'Smaily vastust ei saanud lugeda ({detail})',
    en: "Smaily's answer could not be read ({detail})",
  },
  cancelled: { et: 'Töö katkestati', en: 'The job was cancelled' },
  unauthorized: {
    et: 'Smaily ei tunnistanud kasutajatunnust ja salasõna; töö peatus',
    en: 'Smaily refused the user name and password; the job stopped',
  },
  'unknown-account': {
    et: 'Smaily kontot ei leitud; töö peatus',
    en: 'Smaily did not find the account; the job stopped',
  },
  'no-api-access': {
    et: 'Smaily API kasutajal pole API ligipääsu; töö peatus',
    en: 'The Smaily API user has no API access; the job stopped',
  },
  'account-inactive': {
    et: 'Smaily liidestus polnud enam aktiivne; töö peatus',
    en: 'The Smaily integration was no longer active; the job stopped',
  },
};

const isKnown = <T extends string>(texts: Record<T, Text>, value: string): value is T => Object.hasOwn(texts, value);

function say<T extends string>(
  texts: Record<T, Text>,
  value: string | null,
  language: Language,
  params: MessageParams,
): string {
  if (value === null) return '';
  return isKnown(texts, value) ? localize(texts[value], language, params) : value;
}

const pageSize = 1000;

const detailsDeleted: Text = {
  et: 'Kontaktide tulemused kustutati {date} säilitusaja (RETENTION_DAYS) möödudes; töö kokkuvõte on alles.',
  en: "The contacts' outcomes were deleted on {date} when their retention period (RETENTION_DAYS) ended; the job's summary is kept.",
};

/**
 * Every contact's outcome as CSV (product.md "CSV files"), a page at a time in code order: each page is its own
 * query by the job's sequence, so 100 000 rows never sit in memory and a slow download holds no connection.
 */
export async function* jobReportCsv(db: Db, jobId: number, language: Language): AsyncGenerator<string> {
  yield csvBom + csvLine(header[language]);
  const job = await db.selectFrom('push_jobs').select('details_deleted_at').where('id', '=', jobId).executeTakeFirst();
  if (job?.details_deleted_at) {
    yield csvLine([localize(detailsDeleted, language, { date: job.details_deleted_at.slice(0, 10) })]);
    return;
  }
  let afterSeq = -1;
  for (;;) {
    const rows = await db
      .selectFrom('push_job_contacts')
      .select(['seq', 'code', 'name', 'email', 'outcome', 'reason', 'detail', 'smaily_code', 'smaily_message'])
      .where('job_id', '=', jobId)
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    yield rows
      .map((row) =>
        csvLine([
          row.code,
          row.name,
          row.email,
          say(outcomeTexts, row.outcome, language, {}),
          say(reasonTexts, row.reason, language, { detail: row.detail ?? '' }),
          row.smaily_code === null ? '' : String(row.smaily_code),
          row.smaily_message ?? '',
        ]),
      )
      .join('');
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    afterSeq = last.seq;
  }
}
