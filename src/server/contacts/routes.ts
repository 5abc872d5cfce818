import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  contactInputSchema,
  contactListQuerySchema,
  contactListSchema,
  contactParamsSchema,
  contactSchema,
} from '../../shared/contacts';
import { contactInputOf } from '../../shared/contact-csv';
import { fieldError, notFound } from '../http/request-error';
import { sbContactChanges, sbContactRefusal } from '../standard-books-sync/read-only';
import { checkReferences, loadReferenceCodes } from './contact-references';
import { findContact, insertContact, updateContact } from './contact-store';
import { listContacts } from './list-contacts';

/** Kontaktid: the register and the contact card. */
export const contactsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const user = { access: 'user' } as const;

  app.get(
    '/',
    { config: user, schema: { querystring: contactListQuerySchema, response: { 200: contactListSchema } } },
    (request) => listContacts(db, request.query),
  );

  app.get(
    '/:code',
    { config: user, schema: { params: contactParamsSchema, response: { 200: contactSchema } } },
    async (request) => {
      const found = await findContact(db, request.params.code);
      if (!found) throw notFound();
      return found.contact;
    },
  );

  app.post(
    '/',
    { config: user, schema: { body: contactInputSchema, response: { 201: contactSchema } } },
    async (request, reply) => {
      const input = request.body;
      const created = await db.transaction().execute(async (trx) => {
        if (await findContact(trx, input.Code)) throw fieldError({ Code: { text: 'codeTaken' } });
        const problems = checkReferences(input, await loadReferenceCodes(trx));
        if (Object.keys(problems).length > 0) throw fieldError(problems);
        await insertContact(trx, input, new Date());
        return findContact(trx, input.Code);
      });
      if (!created) throw notFound();
      request.log.info({ code: input.Code, by: request.user?.id }, 'contact created');
      return reply.status(201).send(created.contact);
    },
  );

  app.put(
    '/:code',
    {
      config: user,
      schema: { params: contactParamsSchema, body: contactInputSchema, response: { 200: contactSchema } },
    },
    async (request) => {
      const input = request.body;
      const updated = await db.transaction().execute(async (trx) => {
        const existing = await findContact(trx, request.params.code);
        if (!existing) throw notFound();
        if (input.Code !== existing.contact.Code) throw fieldError({ Code: { text: 'codeImmutable' } });
        if (existing.fromStandardBooks) {
          const changed = sbContactChanges(contactInputOf(existing.contact), input);
          if (changed.length > 0) throw sbContactRefusal(changed);
          return existing;
        }
        const problems = checkReferences(input, await loadReferenceCodes(trx));
        if (Object.keys(problems).length > 0) throw fieldError(problems);
        await updateContact(trx, existing.id, input, new Date());
        return findContact(trx, input.Code);
      });
      if (!updated) throw notFound();
      request.log.info({ code: input.Code, by: request.user?.id }, 'contact changed');
      return updated.contact;
    },
  );
};
