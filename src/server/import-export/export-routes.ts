import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Readable } from 'node:stream';
import { contactExportQuerySchema, importTargetParamsSchema, type ImportTarget } from '../../shared/import-export';
import { tallinnDate } from '../../shared/tallinn-time';
import { contactsCsv, registerCsv } from './csv-export';

const fileNames: Record<ImportTarget, string> = {
  contacts: 'kontaktid',
  customerClasses: 'kliendiklassid',
  classificationTypes: 'klassifikaatori-tuubid',
  classifications: 'klassifikaatorid',
  objectTypes: 'objektituubid',
  objects: 'objektid',
};

/**
 * CSV downloads in the format of product.md "CSV files": GET /api/export/contacts (optionally only what the
 * register's search and filters select) and GET /api/export/<register>. The answer is a file, not JSON, so these
 * routes have no response schema.
 */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, now } = app;
  app.get(
    '/:target',
    { config: { access: 'user' }, schema: { params: importTargetParamsSchema, querystring: contactExportQuerySchema } },
    async (request, reply) => {
      const { target } = request.params;
      // The company's day, not UTC's: an export made at 00:30 in Tallinn is named after that day.
      const day = tallinnDate(now());
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileNames[target]}-${day}.csv"`)
        .header('cache-control', 'no-store');
      request.log.info({ target, filters: request.query, by: request.user?.id }, 'CSV export');
      if (target === 'contacts') return reply.send(Readable.from(contactsCsv(db, request.query)));
      return reply.send(await registerCsv(db, target));
    },
  );
};
