import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contactParamsSchema } from '../../shared/contacts';
import {
  sbCheckResultSchema,
  sbConnectionInputSchema,
  sbContactOriginSchema,
  sbFailureTexts,
  sbStatusSchema,
  startSbReadSchema,
  type SbCheckFailureCode,
} from '../../shared/standard-books-sync';
import { currentUser } from '../auth/access';
import { notFound, RequestError, type FieldProblem } from '../http/request-error';
import { parseServerAddress } from '../standard-books/address';
import { sbRegisterNames } from '../standard-books/options-from-config';
import { checkConnection, removeConnection, saveConnection, type CheckOutcome } from './connection';
import { loadSbStatus } from './status';

const texts = {
  running: { et: 'Lugemine Standard Booksist juba käib.', en: 'A read from Standard Books is already running.' },
  nothingStored: { et: 'Standard Books ühendust pole seadistatud.', en: 'No Standard Books connection is set up.' },
  removeWhileReading: {
    et: 'Ühendust ei saa eemaldada, kui lugemine käib. Oota, kuni see lõpeb.',
    en: 'The connection cannot be removed while a read is running. Wait until it ends.',
  },
};

/** Where each failure is shown in the form: on the field to fix, or as the form's own message. */
const failureField: Partial<Record<SbCheckFailureCode, string>> = {
  'invalid-address': 'address',
  'not-https': 'address',
  'forbidden-address': 'address',
  'private-address': 'address',
  'unknown-company': 'companyNo',
};

function refusal(checked: Extract<CheckOutcome, { ok: false }>): RequestError {
  const { code, httpStatus } = checked.failure;
  const field = failureField[code];
  const problems: Record<string, FieldProblem> = field ? { [field]: { text: sbFailureTexts[code] } } : {};
  return new RequestError(httpStatus, sbFailureTexts[code], problems);
}

/** An address of the wrong shape is named before anything is sent anywhere. */
async function checkAddressShape(request: FastifyRequest): Promise<void> {
  const body = request.body;
  if (typeof body !== 'object' || body === null || !('address' in body) || typeof body.address !== 'string') return;
  const parsed = parseServerAddress(body.address);
  if (parsed.ok) return;
  const code = parsed.refusal.reason === 'not-https' ? 'not-https' : 'invalid-address';
  throw new RequestError(400, 'checkFields', { address: { text: sbFailureTexts[code] } });
}

/** Üldine › Seadistused › Standard Books ühendus (administrators): the connection and the reads. */
export const standardBooksSyncRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const admin = { access: 'admin' } as const;
  const status = () =>
    loadSbStatus({
      db,
      secrets: app.secrets,
      reader: app.sbReader,
      registerNames: sbRegisterNames(app.config),
      dailyFullReadAt: app.config.SB_FULL_READ_AT,
    });

  app.get('/status', { config: admin, schema: { response: { 200: sbStatusSchema } } }, status);

  app.post(
    '/check',
    {
      config: admin,
      preValidation: checkAddressShape,
      schema: { body: sbConnectionInputSchema, response: { 200: sbCheckResultSchema } },
    },
    async (request) => {
      const checked = await checkConnection(app.standardBooks, request.body);
      request.log.info({ outcome: checked.ok ? 'ok' : checked.failure.code }, 'standard books connection checked');
      if (!checked.ok) throw refusal(checked);
      return checked.result;
    },
  );

  app.put(
    '/connection',
    {
      config: admin,
      preValidation: checkAddressShape,
      schema: { body: sbConnectionInputSchema, response: { 200: sbStatusSchema } },
    },
    async (request) => {
      const user = currentUser(request);
      const saved = await saveConnection({ db, client: app.standardBooks, secrets: app.secrets }, request.body, user);
      request.log.info(
        { outcome: saved.ok ? 'ok' : saved.failure.code, by: user.id },
        'standard books connection saved',
      );
      if (!saved.ok) throw refusal(saved);
      return status();
    },
  );

  app.delete('/connection', { config: admin, schema: { response: { 200: sbStatusSchema } } }, async (request) => {
    const user = currentUser(request);
    if (app.sbReader.running()) throw new RequestError(409, texts.removeWhileReading);
    if (!(await removeConnection(db, user))) throw new RequestError(409, texts.nothingStored);
    request.log.info({ by: user.id }, 'standard books connection removed');
    return status();
  });

  app.post(
    '/reads',
    { config: admin, schema: { body: startSbReadSchema, response: { 202: sbStatusSchema } } },
    async (request, reply) => {
      const user = currentUser(request);
      const started = await app.sbReader.start(request.body.mode, 'manual', user);
      if (!started.ok) {
        throw new RequestError(409, started.refusal === 'running' ? texts.running : sbFailureTexts['not-connected']);
      }
      request.log.info({ mode: request.body.mode, by: user.id }, 'standard books read started');
      return reply.status(202).send(await status());
    },
  );
};

/** Whether a contact came from Standard Books, and whether Standard Books still has it (the contact card). */
export const sbContactOriginRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  app.get(
    '/:code/standard-books',
    { config: { access: 'user' }, schema: { params: contactParamsSchema, response: { 200: sbContactOriginSchema } } },
    async (request) => {
      const row = await db
        .selectFrom('contacts')
        .select(['source', 'removed_from_sb_at', 'sb_seen_at'])
        .where('code', '=', request.params.code)
        .executeTakeFirst();
      if (!row) throw notFound();
      return {
        source: row.source,
        removedFromStandardBooksAt: row.removed_from_sb_at,
        readAt: row.sb_seen_at,
      };
    },
  );
};
