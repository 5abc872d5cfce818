import type { Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { activationInputSchema, smailyAddressProblems, type ActivationInput } from '../../../../shared/smaily-account';
import { localize } from '../../../../shared/messages';
import { parseSmailyAddress } from '../../../../shared/smaily-address';
import { sharedSchemaResolver } from '../../../lib/form-resolver';
import { currentLanguage } from '../../../lib/i18n';

type ActivationOutput = z.output<typeof activationInputSchema>;

/**
 * The shared schema, with each refused address in its own words (the same the API answers with) instead of the
 * catalog's "invalid value".
 */
export function activationResolver(): Resolver<ActivationInput, unknown, ActivationOutput> {
  const shape = sharedSchemaResolver(activationInputSchema);
  return async (values, context, options) => {
    const result = await shape(values, context, options);
    const parsed = parseSmailyAddress(values.address);
    if (result.errors.address && !parsed.ok) {
      result.errors.address = {
        type: 'address',
        message: localize(smailyAddressProblems[parsed.reason], currentLanguage()),
      };
    }
    return result;
  };
}
