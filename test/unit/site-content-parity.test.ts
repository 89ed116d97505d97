// Every Indonesian explainer and page has its English twin, and the twins say the same thing in structure:
// the same rulings, citations and sanctions in the same order, and the same sections.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../functions/schemas/content';
import { explainersByLang, pagesByLang } from './site-content';

const byTopic = (lang: 'id' | 'en') => new Map(explainersByLang[lang].map((e) => [e.data.topic, e.data]));
const sectionCount = (collection: string, lang: string, slug: string) =>
  (readFileSync(`content/${collection}/${lang}/${slug}.md`, 'utf8').match(/^## /gm) ?? []).length;

describe('explainers: id/en parity', () => {
  const id = byTopic('id');
  const en = byTopic('en');

  it('has one explainer per topic in each language', () => {
    expect(explainersByLang.id.map((e) => e.data.topic).sort()).toEqual([...TOPICS].sort());
    expect(explainersByLang.en.map((e) => e.data.topic).sort()).toEqual([...TOPICS].sort());
  });

  it.each([...TOPICS])('%s: same order, actions, rulings, citations and sanctions', (topic) => {
    const a = id.get(topic)!;
    const b = en.get(topic)!;
    expect(b.order).toBe(a.order);
    expect(b.actions.map((x) => [x.ruling, x.basis])).toEqual(a.actions.map((x) => [x.ruling, x.basis]));
    expect(b.basis).toEqual(a.basis);
    expect(b.sanctions.map((s) => [s.kind, s.basis])).toEqual(a.sanctions.map((s) => [s.kind, s.basis]));
  });

  it.each([...TOPICS])('%s: the same number of sections in the body', (topic) => {
    const slug = (lang: 'id' | 'en') => explainersByLang[lang].find((e) => e.data.topic === topic)!.slug;
    expect(sectionCount('explainers', 'en', slug('en'))).toBe(sectionCount('explainers', 'id', slug('id')));
  });

  it('has no two explainers with the same order', () => {
    const orders = explainersByLang.id.map((e) => e.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });
});

describe('pages: id/en parity', () => {
  it('pairs every page with exactly one twin through translationKey', () => {
    const keys = (lang: 'id' | 'en') => pagesByLang[lang].map((p) => p.data.translationKey).sort();
    expect(keys('en')).toEqual(keys('id'));
    expect(new Set(keys('id')).size).toBe(pagesByLang.id.length);
  });

  it.each(pagesByLang.id.map((p) => [p.slug, p.data.translationKey]))('%s: the same number of sections as its twin', (slug, key) => {
    const twin = pagesByLang.en.find((p) => p.data.translationKey === key)!;
    expect(sectionCount('pages', 'en', twin.slug)).toBe(sectionCount('pages', 'id', slug));
  });
});
