import { get, set, type FieldError, type Resolver } from 'react-hook-form';
import {
  findMappingProblems,
  mappingSchema,
  type KnownTypes,
  type Mapping,
  type MappingDraft,
} from '../../../../shared/smaily-fields';
import { localize } from '../../../../shared/messages';
import { sharedSchemaResolver } from '../../../lib/form-resolver';
import { currentLanguage } from '../../../lib/i18n';

/**
 * The grid's resolver: the shared schema (each row's shape) plus the shared rules between rows and against the
 * registers — the same checks, and the same words, as the server's. `knownTypes` is left out while the
 * registers load; the server checks the types anyway.
 */
export function mappingResolver(knownTypes: KnownTypes | undefined): Resolver<MappingDraft, unknown, Mapping> {
  const rowShapes = sharedSchemaResolver(mappingSchema);
  return async (values, context, options) => {
    const result = await rowShapes(values, context, options);
    const problems = Object.entries(findMappingProblems(values.rows, knownTypes));
    if (problems.length === 0) return result;
    const errors = result.errors;
    for (const [path, problem] of problems) {
      // A problem with the grid as a whole sits where react-hook-form keeps a field array's own error.
      const at = path === 'rows' ? 'rows.root' : path;
      if (get(errors, at) === undefined) {
        set(errors, at, {
          type: 'rule',
          message: localize(problem.text, currentLanguage(), problem.params),
        } satisfies FieldError);
      }
    }
    return { values: {}, errors };
  };
}
