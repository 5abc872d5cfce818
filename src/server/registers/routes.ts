import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  registerEntryInputSchema,
  registerEntryListSchema,
  registerEntrySchema,
  registerKinds,
  registerParamsSchema,
  registerPathSegment,
  type RegisterEntry,
  type RegisterKind,
} from '../../shared/registers';
import type { Db } from '../db/database';
import { fieldError, notFound, RequestError } from '../http/request-error';
import { sbEntryChanges, sbEntryRefusal } from '../standard-books-sync/read-only';
import { usedRefusal } from './register-messages';
import { entryProblems, loadEntryContext } from './register-rules';
import { deleteEntry, findEntry, insertEntries, listEntries, updateEntry } from './register-store';
import { countUsage, isUsed } from './register-usage';

async function checkEntry(
  db: Db,
  kind: RegisterKind,
  input: RegisterEntry,
  existing: RegisterEntry | undefined,
): Promise<void> {
  const problems = entryProblems(kind, input, existing, await loadEntryContext(db, kind));
  if (Object.keys(problems).length > 0) throw fieldError(problems);
}

/**
 * Kliendiklassid, Klassifikaatorid and Objektid with their types: one set of routes per register under
 * /api/registers/<register>. Codes are fixed after the first save; an entry in use is never deleted.
 */
export const registersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const user = { access: 'user' } as const;

  for (const kind of registerKinds) {
    const base = `/${registerPathSegment[kind]}`;
    const body = registerEntryInputSchema(kind);

    app.get(base, { config: user, schema: { response: { 200: registerEntryListSchema } } }, () =>
      listEntries(db, kind),
    );

    app.post(
      base,
      { config: user, schema: { body, response: { 201: registerEntrySchema } } },
      async (request, reply) => {
        const input = request.body;
        await db.transaction().execute(async (trx) => {
          if (await findEntry(trx, kind, input.code)) throw fieldError({ code: { text: 'codeTaken' } });
          await checkEntry(trx, kind, input, undefined);
          await insertEntries(trx, kind, [input]);
        });
        request.log.info({ register: kind, code: input.code, by: request.user?.id }, 'register entry created');
        return reply.status(201).send(input);
      },
    );

    app.put(
      `${base}/:code`,
      { config: user, schema: { params: registerParamsSchema, body, response: { 200: registerEntrySchema } } },
      async (request) => {
        const input = request.body;
        await db.transaction().execute(async (trx) => {
          const existing = await findEntry(trx, kind, request.params.code);
          if (!existing) throw notFound();
          if (input.code !== existing.code) throw fieldError({ code: { text: 'codeImmutable' } });
          if (existing.source === 'standard-books') {
            const changed = sbEntryChanges(existing, input);
            if (changed.length > 0) throw sbEntryRefusal(changed);
            return;
          }
          await checkEntry(trx, kind, input, existing);
          await updateEntry(trx, kind, input);
        });
        request.log.info({ register: kind, code: input.code, by: request.user?.id }, 'register entry changed');
        return input;
      },
    );

    app.delete(
      `${base}/:code`,
      { config: user, schema: { params: registerParamsSchema, response: { 204: z.null() } } },
      async (request, reply) => {
        const { code } = request.params;
        await db.transaction().execute(async (trx) => {
          const existing = await findEntry(trx, kind, code);
          if (!existing) throw notFound();
          if (existing.source === 'standard-books') throw sbEntryRefusal();
          const usage = await countUsage(trx, kind, code);
          if (isUsed(usage)) throw new RequestError(409, usedRefusal(code, usage));
          await deleteEntry(trx, kind, code);
        });
        request.log.info({ register: kind, code, by: request.user?.id }, 'register entry deleted');
        return reply.status(204).send(null);
      },
    );
  }
};
