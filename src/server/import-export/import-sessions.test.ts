import { describe, expect, it } from 'vitest';
import { ImportLimitError, ImportSessions, stagedBytes } from './import-sessions';

const limits = { maxBytes: 10_000, totalMaxBytes: 15_000, idleMs: 1000 };
const rows = (count: number, cell = 'x'.repeat(100)) =>
  Array.from({ length: count }, (_, index) => ({ line: index + 2, cells: ['K', cell] }));

describe('staged imports', () => {
  it('counts UTF-8 bytes of the cells, 8 per cell and 64 per row', () => {
    expect(stagedBytes([{ line: 2, cells: ['', 'Ärma'] }])).toBe(64 + 16 + 5);
    expect(stagedBytes(rows(10))).toBe(10 * (64 + 16 + 1 + 100));
  });

  it('refuses a part over either limit whole, and frees bytes when an import is removed or replaced', () => {
    const sessions = new ImportSessions(limits);
    const first = sessions.start(1, 'contacts', ['Code', 'Name'], 1000);
    sessions.stage(first, rows(50)); // 9 050 bytes
    expect(() => sessions.stage(first, rows(10))).toThrow(new ImportLimitError('import', 10_000));
    expect(first.rows).toHaveLength(50);
    const second = sessions.start(2, 'contacts', ['Code', 'Name'], 1000);
    expect(() => sessions.stage(second, rows(50))).toThrow(new ImportLimitError('server', 15_000));
    expect(sessions.stagedBytes).toBe(9050);

    sessions.start(1, 'contacts', ['Code', 'Name'], 1000); // the same user again: the first import is dropped
    expect(sessions.stagedBytes).toBe(0);
    sessions.stage(second, rows(50));
    sessions.remove(second.id);
    expect(sessions.stagedBytes).toBe(0);
  });

  it('drops imports left alone past the idle time, but never one being committed', () => {
    let now = 0;
    const sessions = new ImportSessions(limits, () => now);
    const idle = sessions.start(1, 'contacts', ['Code', 'Name'], 10);
    const committing = sessions.start(2, 'contacts', ['Code', 'Name'], 10);
    const used = sessions.start(3, 'contacts', ['Code', 'Name'], 10);
    for (const session of [idle, committing, used]) sessions.stage(session, rows(10));
    committing.committing = true;
    now = 900;
    sessions.get(used.id, 3);
    now = 1500;
    expect(sessions.sweep()).toBe(1);
    expect(() => sessions.get(idle.id, 1)).toThrow();
    expect(sessions.get(committing.id, 2)).toBe(committing);
    expect(sessions.get(used.id, 3)).toBe(used);
    expect(sessions.stagedBytes).toBe(2 * stagedBytes(rows(10)));
  });
});
