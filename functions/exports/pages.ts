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
