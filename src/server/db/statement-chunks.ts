/**
 * Rows for multi-row statements in chunks whose sizes come from a small fixed set: `max`, then powers of two for
 * the rest. Each distinct SQL text is a prepared statement kept in the statement cache (database.ts) with native
 * memory V8 does not see; chunks of any size would make a new statement for almost every batch, while these make
 * at most a dozen whatever the number of rows.
 */
export function* statementChunks<T>(rows: readonly T[], max: number): Generator<T[]> {
  let start = 0;
  for (; rows.length - start >= max; start += max) yield rows.slice(start, start + max);
  for (let size = 2 ** Math.floor(Math.log2(Math.max(1, max - 1))); size >= 1 && start < rows.length; size /= 2) {
    if (rows.length - start >= size) {
      yield rows.slice(start, start + size);
      start += size;
    }
  }
}
