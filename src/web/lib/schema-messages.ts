import type { z } from 'zod';
import { describeIssue } from '../../shared/messages';
import { currentLanguage } from './i18n';

/** A field's mistake: zod's issue code, and the shared catalogue's words for it in the user's language. */
export interface FieldMessage {
  type: string;
  message: string;
}

/**
 * One message per field path ("address.city"), the first issue's, worded as the server words the same mistake.
 * Every form of the app words its errors here, with or without a form library.
 */
export function fieldMessages(issues: readonly z.core.$ZodIssue[]): Record<string, FieldMessage> {
  const messages: Record<string, FieldMessage> = {};
  for (const issue of issues) {
    const path = issue.path.join('.');
    const params = 'params' in issue ? (issue.params as Record<string, string | number> | undefined) : undefined;
    messages[path] ??= { type: issue.code, message: describeIssue({ ...issue, params }, currentLanguage()) };
  }
  return messages;
}
