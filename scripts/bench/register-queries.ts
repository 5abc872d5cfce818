/**
 * The register's API as people use it — pages, searches and filters — for `bench:contacts` (timed alone) and
 * `bench:push` (timed while a job runs). `lastPage` is the last page of 50 at the register's size.
 */
export function registerQueries(lastPage: number): Record<string, (round: number) => string> {
  return {
    'first page': () => 'pageSize=50',
    'deep page': (round) => `pageSize=50&page=${1 + ((round * 7919) % lastPage)}`,
    descending: () => 'pageSize=50&sort=-code',
    'search name': (round) =>
      `search=${encodeURIComponent(['ärma', 'tamm', 'pagar', 'õunapuu', 'kask'][round % 5] ?? '')}`,
    'search e-mail': () => 'search=info%40',
    'search miss': () => 'search=zzzzqqq',
    'class filter': () => 'custCat=VKE&pageSize=50',
    'classification filter': () => 'classification=HARJU&pageSize=50',
    'search + filters': () => 'search=o&custCat=VKE&classification=TARTU',
  };
}

/** The value below which `p` per cent of the sorted times fall. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
