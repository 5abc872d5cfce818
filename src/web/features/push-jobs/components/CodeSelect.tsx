import type { ComboboxData } from '@mantine/core';
import { useController, type Control } from 'react-hook-form';
import type { StartPushJobInput } from '../../../../shared/push-jobs';
import { CodeSelect as RegisterCodeSelect } from '../../../lib/components/CodeSelect';

interface CodeSelectProps {
  control: Control<StartPushJobInput>;
  name: 'custCat' | 'classification';
  label: string;
  /** Shown when nothing is chosen: what "no filter" means */
  placeholder: string;
  data: ComboboxData;
  /** Takes the focus when the dialog opens */
  autoFocus?: boolean;
}

/** One optional filter code of the push (Kliendiklass, Kliendi klassifikaator), bound to the dialog's form. */
export function CodeSelect({ control, name, ...props }: CodeSelectProps) {
  const {
    field: { ref, value = '', onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  return (
    <RegisterCodeSelect
      {...props}
      inputRef={ref}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      error={fieldState.error?.message}
    />
  );
}
