/** A source read page by page, so an export never holds more than one page of rows. */

/** One page and the cursor of the next (`null` when this was the last). */
export interface Page<Row, Cursor> {
  rows: Row[];
  next: Cursor | null;
}

/** Fetches the page at `cursor` (`null` for the first), e.g. a keyset query of 1,000 rows. */
export type PageFetcher<Row, Cursor> = (cursor: Cursor | null) => Promise<Page<Row, Cursor>>;

/**
 * The rows of every page in order, one page fetched at a time and only when the consumer asks for more.
 * @example for await (const row of rowsOf(fetchPage)) …
 */
export async function* pagesOf<Row, Cursor>(fetchPage: PageFetcher<Row, Cursor>): AsyncGenerator<Row[]> {
  let cursor: Cursor | null = null;
  do {
    const page: Page<Row, Cursor> = await fetchPage(cursor);
    if (page.rows.length > 0) yield page.rows;
    cursor = page.next;
  } while (cursor !== null);
}

/**
 * The first page fetched now, the rest on demand: a failure of the first query then happens before the
 * response starts (a 503 problem, nothing exported), not halfway through a download.
 * @example const fetchPage = await primed((cursor) => certificateExportPage(db, scope, filter, cursor, 500))
 */
export async function primed<Row, Cursor>(fetchPage: PageFetcher<Row, Cursor>): Promise<PageFetcher<Row, Cursor>> {
  const first = await fetchPage(null);
  let served = false;
  return (cursor) => {
    if (cursor === null && !served) {
      served = true;
      return Promise.resolve(first);
    }
    return fetchPage(cursor);
  };
}

/**
 * Pages of at most `max` rows in all, starting after `start` (one part of a larger export).
 * @example limited((cursor, limit) => certificateExportPage(db, scope, filter, cursor, limit), start, 1_000, 100)
 */
export function limited<Row, Cursor>(
  fetchPage: (cursor: Cursor | null, limit: number) => Promise<Page<Row, Cursor>>,
  start: Cursor | null,
  max: number,
  pageSize: number,
): PageFetcher<Row, Cursor> {
  let taken = 0;
  return async (cursor) => {
    const limit = Math.min(pageSize, max - taken);
    if (limit <= 0) return { rows: [], next: null };
    const page = await fetchPage(cursor ?? start, limit);
    taken += page.rows.length;
    return { rows: page.rows, next: taken < max ? page.next : null };
  };
}
