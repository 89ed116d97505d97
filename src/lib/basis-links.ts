/**
 * Where a legal citation is explained: the rule explainer that cites the same article, else the one that cites
 * the instrument most, else the legal-basis page. Built from the explainers at build time and handed to the
 * quiz script, so each "Dasar hukum" line in the feedback links to the page that teaches it.
 */

export interface CitingPage {
  path: string;
  /** Every citation on the page (its own basis, its actions' and sanctions'), as law id and article. */
  citations: { law: string; article: string }[];
}

/** Citation key → page path: `law|article` for exact articles, `law` for the instrument alone. */
export type BasisLinks = Record<string, string>;

const key = (law: string, article?: string) => (article === undefined ? law : `${law}|${article.trim()}`);

/**
 * @example basisLinks([{ path: '/aturan/media-sosial', citations: [{ law: 'skb-2022', article: 'Lampiran II' }] }])
 * // { 'skb-2022|Lampiran II': '/aturan/media-sosial', 'skb-2022': '/aturan/media-sosial' }
 */
export function basisLinks(pages: CitingPage[]): BasisLinks {
  const links: BasisLinks = {};
  const perLaw = new Map<string, Map<string, number>>();
  for (const page of pages) {
    for (const { law, article } of page.citations) {
      links[key(law, article)] ??= page.path;
      const counts = perLaw.get(law) ?? new Map<string, number>();
      counts.set(page.path, (counts.get(page.path) ?? 0) + 1);
      perLaw.set(law, counts);
    }
  }
  for (const [law, counts] of perLaw) {
    // The first page with the most citations of the instrument (pages come in their set order).
    links[key(law)] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  }
  return links;
}

/** The page explaining one citation, or `fallback` (the legal-basis page) when no explainer cites it. */
export function basisLink(links: BasisLinks, law: string, article: string, fallback: string): string {
  return links[key(law, article)] ?? links[key(law)] ?? fallback;
}
