import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { changeListState, formatListParams, maxListPage, pageParam, parseListParams } from './list-search-params';

const schema = z.object({
  search: z.string().trim().max(10).optional(),
  kind: z.enum(['push', 'job']).optional(),
  sort: z.enum(['code', '-code']),
  page: pageParam,
});
const defaults: z.output<typeof schema> = { sort: 'code', page: 1 };
const parse = (search: string) => parseListParams(schema, defaults, new URLSearchParams(search));
const format = (state: Partial<z.output<typeof schema>>) => formatListParams(schema, defaults, state).toString();

describe('parseListParams', () => {
  it('reads every key of the schema', () => {
    expect(parse('search=%C3%A4rma&kind=job&sort=-code&page=3')).toEqual({
      search: 'ärma',
      kind: 'job',
      sort: '-code',
      page: 3,
    });
  });

  it('gives the defaults for an empty address', () => {
    expect(parse('')).toEqual({ sort: 'code', page: 1 });
  });

  it('drops only the bad value: the others are kept', () => {
    expect(parse('search=ok&kind=drop-table&sort=name&page=2')).toEqual({ search: 'ok', sort: 'code', page: 2 });
    expect(parse(`search=${'x'.repeat(11)}&kind=push`)).toEqual({ kind: 'push', sort: 'code', page: 1 });
  });

  it('clamps the page into 1…max and ignores what is no page number', () => {
    expect(parse('page=0').page).toBe(1);
    expect(parse('page=-7').page).toBe(1);
    expect(parse('page=99999999999').page).toBe(maxListPage);
    expect(parse(`page=${'9'.repeat(32)}`).page).toBe(maxListPage);
    for (const bad of ['abc', '2.5', '1e3', '0x10', ' 4', '', '--1', '9'.repeat(33)]) {
      expect(parse(`page=${encodeURIComponent(bad)}`).page).toBe(1);
    }
  });

  it('ignores unknown keys, including ones named like object internals', () => {
    const state = parse('utm_source=mail&__proto__=x&constructor=y&search=a');
    expect(state).toEqual({ search: 'a', sort: 'code', page: 1 });
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  });

  it('takes the first of a repeated key, and an empty or blank one as not given', () => {
    expect(parse('kind=push&kind=job').kind).toBe('push');
    expect(parse('search=%20%20&kind=').search).toBeUndefined();
  });
});

describe('formatListParams', () => {
  it('writes nothing for the defaults', () => {
    expect(format(defaults)).toBe('');
    expect(format({ search: '', kind: undefined, sort: 'code', page: 1 })).toBe('');
  });

  it('writes only what differs from the defaults, in the schema’s order', () => {
    expect(format({ page: 2, sort: '-code', search: 'ärma' })).toBe('search=%C3%A4rma&sort=-code&page=2');
    expect(format({ kind: 'job', page: 1 })).toBe('kind=job');
  });

  it('leaves out keys the schema does not know', () => {
    expect(formatListParams(schema, defaults, { kind: 'push', other: 'x' } as never).toString()).toBe('kind=push');
  });

  it('reads back what it wrote', () => {
    const state = { search: 'a&b=c', kind: 'push', sort: '-code', page: 12 } as const;
    expect(parse(format(state))).toEqual(state);
  });
});

describe('changeListState', () => {
  const state = { search: 'a', sort: 'code', page: 4 } as z.output<typeof schema>;

  it('starts again from the first page when anything but the page changes', () => {
    expect(changeListState(state, { kind: 'job' }, defaults)).toEqual({
      search: 'a',
      kind: 'job',
      sort: 'code',
      page: 1,
    });
    expect(changeListState(state, { search: undefined }, defaults)).toEqual({
      search: undefined,
      sort: 'code',
      page: 1,
    });
  });

  it('keeps the rest when only the page changes', () => {
    expect(changeListState(state, { page: 5 }, defaults)).toEqual({ search: 'a', sort: 'code', page: 5 });
  });

  it('has no page to reset in a list without pages', () => {
    expect(changeListState({ tab: 'a' }, { tab: 'b' }, { tab: 'a' })).toEqual({ tab: 'b' });
  });
});
