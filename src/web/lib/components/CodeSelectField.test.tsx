import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm, useWatch } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../testing/render';
import { CodeSelectField } from './CodeSelectField';

interface Values {
  custCat: string;
  objects: string[];
}

const data = [
  { value: 'VKE', label: 'VKE — Väikeettevõte' },
  { value: 'SUUR', label: 'SUUR — Suurettevõte' },
];

/** A form as the screens build one; it shows its values and can put a server message on a field. */
function TestForm({ initial }: { initial: Values }) {
  const { control, setError } = useForm<Values>({ defaultValues: initial });
  const current = useWatch({ control });
  return (
    <form>
      <CodeSelectField control={control} name="custCat" label="Kliendiklass" data={data} />
      <CodeSelectField control={control} name="objects" multiple label="Objektid" data={data} />
      <output aria-label="values">{JSON.stringify(current)}</output>
      <button type="button" onClick={() => setError('custCat', { type: 'server', message: 'Tundmatu kliendiklass' })}>
        refuse
      </button>
    </form>
  );
}

const values = () => JSON.parse(screen.getByRole('status', { name: 'values' }).textContent ?? '') as Values;
const renderForm = (initial: Values = { custCat: '', objects: [] }) => renderScreen(<TestForm initial={initial} />);

describe('CodeSelectField', () => {
  it('opens the list on Ctrl+Enter, not on focus, and puts the choice in the form', async () => {
    renderForm();
    screen.getByRole('combobox', { name: 'Kliendiklass' }).focus();
    expect(screen.queryByRole('option', { name: 'SUUR — Suurettevõte' })).not.toBeInTheDocument();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await userEvent.click(await screen.findByRole('option', { name: 'SUUR — Suurettevõte' }));
    expect(values().custCat).toBe('SUUR');
  });

  it('opens the list when the user types, narrowed to what matches', async () => {
    renderForm();
    await userEvent.type(screen.getByRole('combobox', { name: 'Kliendiklass' }), 'väike');
    expect(await screen.findByRole('option', { name: 'VKE — Väikeettevõte' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'SUUR — Suurettevõte' })).not.toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(values().custCat).toBe('VKE');
  });

  it('clears the choice when its text is deleted', async () => {
    renderForm({ custCat: 'VKE', objects: [] });
    const input = screen.getByRole('combobox', { name: 'Kliendiklass' });
    expect(input).toHaveValue('VKE — Väikeettevõte');
    await userEvent.clear(input);
    expect(values().custCat).toBe('');
  });

  it('shows a message set on the field (the server’s) under it', async () => {
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'refuse' }));
    expect(await screen.findByText('Tundmatu kliendiklass')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kliendiklass' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('with multiple, keeps several codes in the order chosen', async () => {
    renderForm({ custCat: '', objects: ['SUUR'] });
    const input = screen.getByRole('combobox', { name: 'Objektid' });
    input.focus();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await userEvent.click(await screen.findByRole('option', { name: 'VKE — Väikeettevõte' }));
    await waitFor(() => expect(values().objects).toEqual(['SUUR', 'VKE']));
  });
});
