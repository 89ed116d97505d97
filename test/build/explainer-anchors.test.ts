// Section anchors of the rule explainers are in the page's own language: a shared English link reads
// …/family-and-leave#sanctions, an Indonesian one …/keluarga-dan-cuti#sanksi.
import { describe, expect, it } from 'vitest';
import { assertBuilt, attributes, htmlPages } from './site-dist';

const SECTIONS = { id: ['aturan', 'sanksi', 'pemutus', 'dasar-hukum'], en: ['rule', 'sanctions', 'decided-by', 'legal-basis'] };

describe('explainer section anchors', () => {
  assertBuilt();
  const explainers = htmlPages().filter((p) => /^\/(aturan|en\/rules)\/[^/]+$/.test(p.path));

  it('are the page language’s words on every explainer (nine in each language)', () => {
    expect(explainers.filter((p) => p.path.startsWith('/aturan/'))).toHaveLength(9);
    expect(explainers.filter((p) => p.path.startsWith('/en/rules/'))).toHaveLength(9);
    for (const page of explainers) {
      const [own, other] = page.path.startsWith('/en/') ? [SECTIONS.en, SECTIONS.id] : [SECTIONS.id, SECTIONS.en];
      const ids = attributes(page.html, 'h2', 'id');
      expect(ids, page.path).toEqual(expect.arrayContaining(own));
      for (const id of other) expect(ids, page.path).not.toContain(id);
    }
  });
});
