import type { Localized, MessageParams } from '../../shared/messages';

export interface FieldProblem {
  text: Localized;
  params?: MessageParams;
}

/**
 * A refusal the user can act on: answered with its status and `{message, errors}` in the user's language.
 * Field problems are keyed by form path (e.g. `rows.3.smailyField`) so that each lands on its input.
 */
export class RequestError extends Error {
  constructor(
    readonly statusCode: number,
    readonly text: Localized,
    readonly fieldProblems: Record<string, FieldProblem> = {},
    readonly params: MessageParams = {},
  ) {
    super(typeof text === 'string' ? text : text.en);
    this.name = 'RequestError';
  }
}

/** A 400 whose problems are on fields; the message tells the user to check them. */
export function fieldError(fieldProblems: Record<string, FieldProblem>): RequestError {
  return new RequestError(400, 'checkFields', fieldProblems);
}

export function notFound(): RequestError {
  return new RequestError(404, 'notFound');
}
