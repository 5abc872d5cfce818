import { afterEach, describe, expect, it } from 'vitest';
import type { PushJob } from '../../shared/push-jobs';
import { expectedFromFixture } from './fixture';
import { startPushTest, type PushTest } from './test-support';

let t: PushTest;
afterEach(() => t.close());

describe('the report', () => {
  it('has every contact’s outcome as CSV for Excel, in Estonian or English', async () => {
    t = await startPushTest({ contacts: 60 });
    const expected = expectedFromFixture(60, 10);
    // A name a spreadsheet would run as a formula.
    const code = expected.outcomes[0]?.code ?? '';
    const card = (await t.call('GET', `/api/contacts/${code}`)).json<Record<string, unknown>>();
    const { DateCreated: _created, DateChanged: _changed, ...input } = card;
    expect((await t.call('PUT', `/api/contacts/${code}`, { ...input, Name: '=HYPERLINK("x")' })).statusCode).toBe(200);
    const invalid = String(expected.sent[2]?.email);
    t.sandbox.markInvalid(t.account.subdomain, [invalid]);
    const job = await t.waitForEnd((await t.start({ confirmAll: true })).id);

    const report = await t.call('GET', `/api/push-jobs/${job.id}/report.csv`);
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
    expect(lines[duplicate + 1]).toMatch(/;vahele jäetud;Sama e-post kui kontaktil \d+;;$/);
    expect(lines.find((line) => line.includes(invalid))).toMatch(
      new RegExp(`;ebaõnnestus;Smaily ei võtnud vastu;204;Invalid email address provided - ${invalid.replace('.', '\\.')}$`),
    );

    const english = await t.call('GET', `/api/push-jobs/${job.id}/report.csv`, undefined, t.user, 'en-GB,en;q=0.9');
    expect(english.body.split('\r\n')[0]).toBe('\uFEFFCode;Name;E-mail;Outcome;Reason;Smaily code;Smaily message');
    expect(english.body).toContain(';sent;;;');
    // A download link cannot send Accept-Language: it names the app's language in the address.
    const linked = await t.call('GET', `/api/push-jobs/${job.id}/report.csv?lang=en`);
    expect(linked.body.split('\r\n')[0]).toBe('\uFEFFCode;Name;E-mail;Outcome;Reason;Smaily code;Smaily message');
    expect(english.body).toContain(';failed;Smaily did not accept it;204;');
    expect(english.headers['content-disposition']).toBe(`attachment; filename="smaily-job-${job.id}.csv"`);
    expect((await t.call('GET', '/api/push-jobs/999/report.csv')).statusCode).toBe(404);
  });
});

describe('progress as server-sent events', () => {
  it('streams the job’s state as it changes and ends with its final state', async () => {
    t = await startPushTest({ contacts: 60 });
    const base = await t.testApp.app.listen({ port: 0, host: '127.0.0.1' });
    t.sandbox.failNext(t.account.subdomain, [{ kind: 'slow', delayMs: 200 }]);
    const { id } = await t.start({ confirmAll: true });

    const response = await fetch(`${base}/api/push-jobs/${id}/events`, { headers: { cookie: t.user } });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const text = await response.text(); // ends when the job does
    const events = text
      .split('\n\n')
      .filter((block) => block.startsWith('event: job\n'))
      .map((block) => JSON.parse(block.slice('event: job\ndata: '.length)) as PushJob);
    const acknowledged = events.map((event) => event.batches.acknowledged);
    expect(acknowledged[0]).toBe(0);
    expect(acknowledged).toEqual([...acknowledged].sort((a, b) => a - b));
    expect(events.length).toBeGreaterThan(2);
    expect(events.at(-1)).toEqual(await t.job(id));
    expect(events.at(-1)?.status).toBe('completed');

    // A finished job's stream gives its state once and ends.
    const again = await (await fetch(`${base}/api/push-jobs/${id}/events`, { headers: { cookie: t.user } })).text();
    expect(again.match(/event: job/g)).toHaveLength(1);
    const unknown = await fetch(`${base}/api/push-jobs/999/events`, { headers: { cookie: t.user } });
    expect(unknown.status).toBe(404);
  });
});
