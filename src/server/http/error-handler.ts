import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError } from '../../shared/errors';
import { describeIssue, languageFromHeader, localize, megabytes, type Language } from '../../shared/messages';
import { RequestError } from './request-error';

/**
 * The language to answer in: a `lang` query parameter (a download link cannot set headers, so a file in the
 * app's language asks with `?lang=et`), else the Accept-Language header, else Estonian.
 */
export function requestLanguage(request: FastifyRequest): Language {
  const { lang } = (request.query ?? {}) as { lang?: unknown };
  if (lang === 'et' || lang === 'en') return lang;
  return languageFromHeader(request.headers['accept-language']);
}

/**
 * The one place where failures become answers: validation and RequestError give a 4xx naming the fields;
 * anything unexpected is logged and answered with a generic 500 that leaks nothing.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const language = requestLanguage(request);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors: Record<string, string> = {};
      for (const problem of error.validation) {
        const issue = { code: problem.keyword, message: problem.message, ...problem.params };
        const at = problem.instancePath.slice(1).replaceAll('/', '.');
        // An unknown key is named where it stands, e.g. rows.0.extra.
        const keys =
          problem.keyword === 'unrecognized_keys'
            ? (problem.params.keys as string[]).map((key) => (at ? `${at}.${key}` : key))
            : [];
        const paths = keys.length > 0 ? keys : [at || (error.validationContext ?? 'body')];
        for (const path of paths) errors[path] ??= describeIssue(issue, language);
      }
      return reply.status(400).send({ message: localize('checkFields', language), errors } satisfies ApiError);
    }
    if (error instanceof RequestError) {
      const errors = Object.fromEntries(
        Object.entries(error.fieldProblems).map(([path, problem]) => [
          path,
          localize(problem.text, language, problem.params),
        ]),
      );
      const body: ApiError = { message: localize(error.text, language, error.params) };
      if (Object.keys(errors).length > 0) body.errors = errors;
      return reply.status(error.statusCode).send(body);
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const mb = megabytes(app.initialConfig.bodyLimit ?? 0, language);
      return reply.status(413).send({ message: localize('requestTooLarge', language, { mb }) } satisfies ApiError);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own refusals: malformed JSON, unsupported media type, body too large.
      request.log.info({ code: error.code, status }, 'request refused');
      return reply.status(status).send({ message: localize('badRequest', language) } satisfies ApiError);
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ message: localize('serverError', language) } satisfies ApiError);
  });
}

/** A URL the router cannot decode: the app's own answer, which (unlike Fastify's) does not echo the URL. */
export function answerRouterError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  request.log.info({ code: error.code }, 'request refused by the router');
  void reply.status(400).send({ message: localize('badRequest', requestLanguage(request)) } satisfies ApiError);
}
