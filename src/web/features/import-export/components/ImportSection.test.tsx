import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../shared/csv';
import { mswServer } from '../../../testing/msw-server';
import { renderScreen } from '../../../testing/render';
import { ImportSection } from './ImportSection';

async function chooseFile(container: HTMLElement, text: string) {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  await userEvent.upload(input, new File([text], 'kontaktid.csv', { type: 'text/csv' }));
}

describe('Import', () => {
  it('refuses a file with an unclosed quote, naming the line where it opened, instead of mapping its columns', async () => {
    const { container } = renderScreen(<ImportSection initialTarget="contacts" />);
    await chooseFile(container, 'Kood;Nimi;Kommentaar\n1;Ärma OÜ;"kaks\nrida"\n2;Teine;"Katki\n3;Kolmas;\n');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Faili ei õnnestunud lugeda');
    expect(alert).toHaveTextContent(
      'Real 3 avatud jutumärk jäi sulgemata, seega ei saa faili lugeda. Lisa puuduv jutumärk (") ja vali fail uuesti.',
    );
    expect(screen.queryByRole('button', { name: 'Eelvaade' })).not.toBeInTheDocument();
  });

  it("shows an upload's refusal by the file's lines, and drops the import on the server", async () => {
    let dropped = false;
    mswServer.use(
      http.post('/api/import/contacts/sessions', () =>
        HttpResponse.json({ id: '6f1c1f8e-5d7b-4a53-9a43-0c2b8f0f6a11' }, { status: 201 }),
      ),
      http.post('/api/import/sessions/:id/rows', () =>
        HttpResponse.json(
          {
            message: 'Kontrolli välju',
            errors: {
              'line.3.eMail': 'Rida 3, veerg E-post: Vigane väärtus',
              'line.4': 'Rida 4: Lahtreid on 1, oodati 2',
            },
          },
          { status: 400 },
        ),
      ),
      http.delete('/api/import/sessions/:id', () => {
        dropped = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { container } = renderScreen(<ImportSection initialTarget="contacts" />);
    await chooseFile(
      container,
      toCsv([
        ['Kood', 'E-post'],
        ['K-1', 'a@example.test'],
        ['K-2', 'b@example.test'],
      ]),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Eelvaade' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Kontrolli välju: Rida 3, veerg E-post: Vigane väärtus; Rida 4: Lahtreid on 1, oodati 2',
    );
    await expect.poll(() => dropped).toBe(true);
  });
});
