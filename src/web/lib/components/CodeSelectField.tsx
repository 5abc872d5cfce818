import type { FieldPathByValue, FieldValues, Control } from 'react-hook-form';
import { useController } from 'react-hook-form';
import { CodeSelect, CodesSelect, type CodeSelectBaseProps } from './CodeSelect';

type CodeSelectFieldProps<T extends FieldValues> = Omit<CodeSelectBaseProps, 'error' | 'inputRef' | 'onBlur'> & {
  control: Control<T>;
} & (
    | { name: FieldPathByValue<T, string | undefined>; multiple?: false }
    /** Several codes in the order chosen (a card's Klassifikaator, Objektid) */
    | { name: FieldPathByValue<T, string[]>; multiple: true }
  );

/**
 * A register code (or several) as a field of a react-hook-form form: CodeSelect's keys, the form's value, and
 * the field's message — the resolver's or the server's (setError) — under it. "" means none.
 */
export function CodeSelectField<T extends FieldValues>({ control, name, multiple, ...props }: CodeSelectFieldProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const bound = { ...props, inputRef: field.ref, onBlur: field.onBlur, error: fieldState.error?.message };
  return multiple ? (
    <CodesSelect {...bound} value={field.value as string[]} onChange={field.onChange} />
  ) : (
    <CodeSelect {...bound} value={field.value ?? ''} onChange={field.onChange} />
  );
}
