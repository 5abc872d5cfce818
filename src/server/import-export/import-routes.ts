import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import {
  importPreviewSchema,
  importRowsInputSchema,
  importRowsResultSchema,
  importSessionInputSchema,
  importSessionParamsSchema,
  importSessionSchema,
  importTargetParamsSchema,
  mappingProblems,
  type ImportCommitEvent,
  type ImportTarget,
} from '../../shared/import-export';
import { localize } from '../../shared/messages';
import { currentUser } from '../auth/access';
import { requestLanguage } from '../http/error-handler';
import { fieldError, RequestError, type FieldProblem } from '../http/request-error';
import { commitImport, PlanChangedError, withHandler } from './commit-import';
import { installImportErrors, lineProblem } from './import-errors';
import { importTexts } from './import-messages';
import { previewOf, summarise } from './import-plan';
import type { ImportSession } from './import-sessions';

function checkMapping(target: ImportTarget, fields: readonly string[]): void {
  const { columns, keyMissing } = mappingProblems(target, fields);
  const problems: Record<string, FieldProblem> = {};
  for (const [index, problem] of columns)
    problems[`fields.${index}`] = { text: problem === 'unknownField' ? 'unknownField' : importTexts.duplicateField };
  if (keyMissing) problems.fields = { text: importTexts.keyMissing };
  if (Object.keys(problems).length > 0) throw fieldError(problems);
}

function notBusy(session: ImportSession): ImportSession {
  if (session.committing) throw new RequestError(409, importTexts.busy);
  return session;
}

/**
 * CSV import in three steps, nothing written before the last: start (which field each column holds), upload the
 * rows in parts, preview (every row checked: created, updated, unchanged or rejected with reasons), commit (one
 * transaction, progress streamed as JSON lines). The rows wait in memory until then, within `limits`: a part that
 * would take its import or all imports past their bytes is refused with 413. DELETE, a commit and the idle timer
 * drop them.
 */
export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, imports: sessions } = app;
  const user = { access: 'user' } as const;
  const sessionOf = (request: FastifyRequest, id: string) => sessions.get(id, currentUser(request).id);

  installImportErrors(app, (request) => {
    const { id } = request.params as { id?: unknown };
    try {
      return typeof id === 'string' ? sessionOf(request, id) : null;
    } catch {
      return null;
    }
  });

  app.post(
    '/:target/sessions',
    {
      config: user,
      schema: {
        params: importTargetParamsSchema,
        body: importSessionInputSchema,
        response: { 201: importSessionSchema },
      },
    },
    async (request, reply) => {
      const { target } = request.params;
      checkMapping(target, request.body.fields);
      const session = sessions.start(currentUser(request).id, target, request.body.fields, request.body.totalRows);
      return reply.status(201).send({ id: session.id });
    },
  );

  app.post(
    '/sessions/:id/rows',
    {
      config: user,
      schema: {
        params: importSessionParamsSchema,
        body: importRowsInputSchema,
        response: { 200: importRowsResultSchema },
      },
    },
    async (request) => {
      const session = notBusy(sessionOf(request, request.params.id));
      const { rows } = request.body;
      const problems: Record<string, FieldProblem> = {};
      const expected = session.fields.length;
      for (const row of rows) {
        if (row.cells.length === expected) continue;
        const params = { count: row.cells.length, expected };
        const [key, problem] = lineProblem(session.target, row.line, null, (language) =>
          localize(importTexts.wrongCellCount, language, params),
        );
        problems[key] ??= problem;
      }
      if (Object.keys(problems).length > 0) throw fieldError(problems);
      if (session.rows.length + rows.length > session.totalRows)
        throw new RequestError(400, importTexts.tooManyRows, {}, { total: session.totalRows });
      sessions.stage(session, rows);
      return { received: session.rows.length };
    },
  );

  app.get(
    '/sessions/:id/preview',
    { config: user, schema: { params: importSessionParamsSchema, response: { 200: importPreviewSchema } } },
    async (request) => {
      const session = notBusy(sessionOf(request, request.params.id));
      if (session.rows.length < session.totalRows) {
        throw new RequestError(
          409,
          importTexts.notAllRows,
          {},
          { received: session.rows.length, total: session.totalRows },
        );
      }
      const summary = await withHandler(session.target, async (handler) =>
        summarise(await handler.plan(db, session.fields, session.rows)),
      );
      session.preview = summary;
      return previewOf(summary, requestLanguage(request));
    },
  );

  // The answer is a stream of JSON lines (importCommitEventSchema), so that progress shows while it writes.
  app.post(
    '/sessions/:id/commit',
    { config: user, schema: { params: importSessionParamsSchema } },
    async (request, reply) => {
      const session = notBusy(sessionOf(request, request.params.id));
      if (!session.preview) throw new RequestError(409, importTexts.noPreview);
      const language = requestLanguage(request);
      const by = currentUser(request).id;
      session.committing = true;
      const stream = new PassThrough();
      const send = (event: ImportCommitEvent) => stream.write(`${JSON.stringify(event)}\n`);
      void commitImport(db, session, (done, total) => send({ type: 'progress', done, total }))
        .then((result) => {
          sessions.remove(session.id);
          request.log.info({ target: session.target, ...result, by }, 'import committed');
          send({ type: 'done', ...result });
        })
        .catch((error: unknown) => {
          const changed = error instanceof PlanChangedError;
          if (changed) session.preview = null;
          else request.log.error({ err: error, target: session.target, by }, 'import failed and was rolled back');
          send({
            type: 'failed',
            changed,
            message: localize(changed ? importTexts.planChanged : importTexts.failed, language),
          });
        })
        .finally(() => {
          session.committing = false;
          stream.end();
        });
      return reply
        .header('content-type', 'application/x-ndjson; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(stream);
    },
  );

  app.delete(
    '/sessions/:id',
    { config: user, schema: { params: importSessionParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      sessions.remove(notBusy(sessionOf(request, request.params.id)).id);
      return reply.status(204).send(null);
    },
  );
};
