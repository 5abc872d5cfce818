import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Readable } from 'node:stream';
import {
  dryRunSchema,
  latestPushJobSchema,
  pushFiltersSchema,
  pushJobListQuerySchema,
  pushJobListSchema,
  pushJobParamsSchema,
  pushJobSchema,
  startPushJobSchema,
} from '../../shared/push-jobs';
import { currentUser } from '../auth/access';
import { consentDepsOf } from '../consent/routes';
import { requestLanguage } from '../http/error-handler';
import { notFound } from '../http/request-error';
import { checkFilters, dryRun } from './dry-run';
import { cancelJob, cleanFilters, resendJob, resumeJob, startJob, type JobActionDeps } from './job-actions';
import { latestJob, listJobs, readJobRow, toPushJob } from './job-store';
import { jobReportCsv } from './report-csv';

/**
 * Kontaktide andmed Smaily keskkonda: the bulk push's dry run, its durable jobs (start, progress, cancel,
 * resume, re-send) and each job's report. The jobs themselves run in the push runner (services/services.ts);
 * a browser follows a job by polling GET /:id.
 */
export const pushJobsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const deps: JobActionDeps = {
    db,
    secrets: app.secrets,
    runner: app.pushRunner,
    batchSize: app.config.SMAILY_BATCH_SIZE,
    consent: consentDepsOf(app),
  };
  const user = { access: 'user' } as const;
  const params = pushJobParamsSchema;

  app.post(
    '/dry-run',
    { config: user, schema: { body: pushFiltersSchema, response: { 200: dryRunSchema } } },
    async (request) => {
      const filters = cleanFilters(request.body);
      await checkFilters(db, filters);
      return dryRun(db, filters);
    },
  );

  app.post(
    '/',
    { config: user, schema: { body: startPushJobSchema, response: { 201: pushJobSchema } } },
    async (request, reply) => {
      const row = await startJob(deps, request.body, currentUser(request));
      request.log.info(
        { jobId: row.id, filters: toPushJob(row).filters, total: row.total, by: row.started_by_id },
        'push job started',
      );
      return reply.status(201).send(toPushJob(row));
    },
  );

  app.get(
    '/',
    { config: user, schema: { querystring: pushJobListQuerySchema, response: { 200: pushJobListSchema } } },
    (request) => listJobs(db, request.query.page, request.query.pageSize),
  );

  app.get('/latest', { config: user, schema: { response: { 200: latestPushJobSchema } } }, async () => ({
    job: await latestJob(db),
  }));

  app.get('/:id', { config: user, schema: { params, response: { 200: pushJobSchema } } }, async (request) => {
    const row = await readJobRow(db, request.params.id);
    if (!row) throw notFound();
    return toPushJob(row);
  });

  app.post('/:id/cancel', { config: user, schema: { params, response: { 200: pushJobSchema } } }, async (request) => {
    const row = await cancelJob(deps, request.params.id, currentUser(request));
    request.log.info({ jobId: row.id, by: request.user?.id }, 'push job cancel asked');
    return toPushJob(row);
  });

  app.post('/:id/resume', { config: user, schema: { params, response: { 200: pushJobSchema } } }, async (request) => {
    const row = await resumeJob(deps, request.params.id, currentUser(request));
    request.log.info({ jobId: row.id, by: request.user?.id }, 'push job resumed');
    return toPushJob(row);
  });

  app.post(
    '/:id/resend',
    { config: user, schema: { params, response: { 201: pushJobSchema } } },
    async (request, reply) => {
      const row = await resendJob(deps, request.params.id, currentUser(request));
      request.log.info(
        { jobId: row.id, resendOf: row.resend_of, total: row.total, by: request.user?.id },
        'push job re-send started',
      );
      return reply.status(201).send(toPushJob(row));
    },
  );

  // A file, not JSON: no response schema.
  app.get('/:id/report.csv', { config: user, schema: { params } }, async (request, reply) => {
    const { id } = request.params;
    if (!(await readJobRow(db, id))) throw notFound();
    const language = requestLanguage(request);
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="${language === 'en' ? 'smaily-job' : 'smaily-too'}-${id}.csv"`,
      )
      .header('cache-control', 'no-store');
    return reply.send(Readable.from(jobReportCsv(db, id, language)));
  });
};
