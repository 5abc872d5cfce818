import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { lookupsSchema, type Lookups } from '../../shared/registers';
import type { Db } from '../db/database';

/** Every code list a card or a filter offers, in one answer: the registers are small next to the contacts. */
export async function loadLookups(db: Db): Promise<Lookups> {
  const [customerClasses, classificationTypes, classifications, objectTypes, objects] = await Promise.all([
    db.selectFrom('customer_classes').select(['code', 'name']).orderBy('code').execute(),
    db.selectFrom('classification_types').select(['code', 'name']).orderBy('code').execute(),
    db.selectFrom('classifications').select(['code', 'name', 'type_code as typeCode']).orderBy('code').execute(),
    db.selectFrom('object_types').select(['code', 'name']).orderBy('code').execute(),
    db.selectFrom('objects').select(['code', 'name', 'type_code as typeCode']).orderBy('code').execute(),
  ]);
  return { customerClasses, classificationTypes, classifications, objectTypes, objects };
}

export const lookupsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  app.get('/', { config: { access: 'user' }, schema: { response: { 200: lookupsSchema } } }, () => loadLookups(db));
};
