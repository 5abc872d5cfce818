import { afterEach, describe, expect, it } from 'vitest';
import { expectedDemoPush } from '../testing/push-fixture';
import { startPushTest, type PushTest } from '../testing/push-test';

let t: PushTest;
afterEach(() => t.close());

describe('the report', () => {
  it('has every contact’s outcome as CSV for Excel, in Estonian or English', async () => {
    t = await startPushTest({ contacts: 60 });
    const expected = expectedDemoPush(60, 10);
    // A name a spreadsheet would run as a formula.
    const code = expected.outcomes[0]?.code ?? '';
    const card = (await t.user.get(`/api/contacts/${code}`)).json<Record<string, unknown>>();
    const { DateCreated: _created, DateChanged: _changed, ...input } = card;
    expect((await t.user.put(`/api/contacts/${code}`, { ...input, Name: '=HYPERLINK("x")' })).statusCode).toBe(200);
    const invalid = String(expected.sent[2]?.email);
    t.sandbox.markInvalid(t.account.subdomain, [invalid]);
    const job = await t.waitForEnd((await t.start({ confirmAll: true })).id);

    const report = await t.user.get(`/api/push-jobs/${job.id}/report.csv`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(report.headers['content-disposition']).toBe(`attachment; filename="smaily-too-${job.id}.csv"`);
    expect(report.body.startsWith('\uFEFFKood;Nimi;E-post;Tulemus;Põhjus;Smaily kood;Smaily teade\r\n')).toBe(true);
    const lines = report.body.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(61);
    expect(lines[1]).toBe(`${code};"'=HYPERLINK(""x"")";${String(expected.sent[0]?.email)};saadetud;;;`);
    const skipped = expected.outcomes.findIndex((row) => row.reason === 'no-email');
    expect(lines[skipped + 1]).toMatch(/;vahele jäetud;E-post puudub;;$/);
    const duplicate = expected.outcomes.findIndex((row) => row.reason === 'duplicate-email');
    expect(lines[duplicate + 1]).toMatch(
      new RegExp(`;vahele jäetud;Sama e-post kui kontaktil ${expected.outcomes[duplicate]?.duplicateOf ?? '?'};;$`),
    );
    expect(lines.find((line) => line.includes(invalid))).toMatch(
      new RegExp(
        `;ebaõnnestus;Smaily ei võtnud vastu;204;Invalid email address provided - ${invalid.replace('.', '\\.')}$`,
      ),
    );

    const english = await t.testApp.as(t.user.cookie, 'en-GB,en;q=0.9').get(`/api/push-jobs/${job.id}/report.csv`);
    expect(english.body.split('\r\n')[0]).toBe('\uFEFFCode;Name;E-mail;Outcome;Reason;Smaily code;Smaily message');
    expect(english.body).toContain(';sent;;;');
    // A download link cannot send Accept-Language: it names the app's language in the address.
    const linked = await t.user.get(`/api/push-jobs/${job.id}/report.csv?lang=en`);
    expect(linked.body.split('\r\n')[0]).toBe('\uFEFFCode;Name;E-mail;Outcome;Reason;Smaily code;Smaily message');
    expect(english.body).toContain(';failed;Smaily did not accept it;204;');
    expect(english.headers['content-disposition']).toBe(`attachment; filename="smaily-job-${job.id}.csv"`);
    expect((await t.user.get('/api/push-jobs/999/report.csv')).statusCode).toBe(404);
  });
});
