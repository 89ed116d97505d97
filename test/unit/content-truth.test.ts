// Corrections from the December 2026 content review (E1–E15) held in place: the articles, rulings and dated labels
// the explainers and pages must keep, in both languages. Scenario files are checked elsewhere.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAWS } from '../../functions/schemas/legal';
import type { Action, Explainer, Locale, Topic } from '../../functions/schemas/content';
import { explainersByLang, pagesByLang } from './site-content';

const LANGS: Locale[] = ['id', 'en'];
const FRONTMATTER = /^---\n[\s\S]*?\n---\n/;

function explainer(lang: Locale, topic: Topic): Explainer {
  return explainersByLang[lang].find((e) => e.data.topic === topic)!.data;
}
function pageBody(lang: Locale, key: string): string {
  const page = pagesByLang[lang].find((p) => p.data.translationKey === key)!;
  return readFileSync(`content/pages/${lang}/${page.slug}.md`, 'utf8').replace(FRONTMATTER, '');
}
function explainerBody(lang: Locale, topic: Topic): string {
  const { slug } = explainersByLang[lang].find((e) => e.data.topic === topic)!;
  return readFileSync(`content/explainers/${lang}/${slug}.md`, 'utf8').replace(FRONTMATTER, '');
}
/** One "## " section of a Markdown body, heading included. */
function section(body: string, heading: RegExp): string {
  const parts = body.split(/^(?=## )/m);
  const found = parts.find((p) => heading.test(p.split('\n')[0]));
  expect(found, `a section matching ${heading}`).toBeDefined();
  return found!;
}
/** Paragraphs and list items, so a claim and its article are read together. */
const blocks = (text: string) => text.split(/\n(?=- |\d+\. )|\n\n/);
const allActions = (lang: Locale) => explainersByLang[lang].flatMap((e) => e.data.actions.map((a) => ({ ...a, topic: e.data.topic })));
const cites = (a: Pick<Action, 'basis'>, law: string, article?: RegExp) =>
  a.basis.some((b) => b.law === law && (!article || article.test(b.article)));
const everyText = (lang: Locale) => [
  ...LANGS.filter((l) => l === lang).flatMap((l) => pagesByLang[l].map((p) => pageBody(l, p.data.translationKey))),
  ...explainersByLang[lang].map((e) => explainerBody(lang, e.data.topic)),
  ...allActions(lang).map((a) => `${a.action} ${a.note ?? ''}`),
];

describe.each(LANGS)('content truth (%s)', (lang) => {
  it('E1: ties breaches of Pasal 280 ayat (2) to Pasal 493, keeping Pasal 521 for ayat (1)', () => {
    const body = pageBody(lang, 'legal-basis');
    const ayat2 = blocks(body).find((b) => b.includes('Pasal 280 ayat (2) huruf f'))!;
    expect(ayat2).toMatch(/Pasal 493/);
    expect(ayat2).not.toMatch(/Pasal 521/);
    for (const text of everyText(lang)) {
      for (const block of blocks(text).filter((b) => b.includes('521'))) expect(block).not.toMatch(/280 ayat \(2\)/);
    }
    const sanction = explainer(lang, 'campaigns').sanctions.flatMap((s) => s.basis);
    expect(sanction).toContainEqual({ law: 'uu-7-2017', article: 'Pasal 280 ayat (2) huruf f jo. Pasal 493' });
  });

  it('E4, E7: cites MK 65/PUU-XXI/2023 for schools and government buildings, Pilkada keeping its own ban', () => {
    const facilities = explainer(lang, 'state-facilities');
    expect(cites(facilities, 'putusan-mk-65-2023')).toBe(true);
    expect(cites(facilities, 'uu-1-2015', /Pasal 69 huruf h dan i/)).toBe(true);
    expect(facilities.actions.some((a) => a.ruling === 'allowed' && cites(a, 'putusan-mk-65-2023'))).toBe(true);
    expect(facilities.actions.some((a) => a.ruling === 'violation' && cites(a, 'uu-1-2015', /Pasal 69/))).toBe(true);
    // Pasal 304 binds officials who campaign; no action rests on it alone any more.
    expect(facilities.actions.filter((a) => a.basis.length > 0 && a.basis.every((b) => b.article === 'Pasal 304'))).toEqual([]);
    expect(explainerBody(lang, 'state-facilities')).toMatch(/65\/PUU-XXI\/2023/);
    const legal = pageBody(lang, 'legal-basis');
    expect(blocks(legal).find((b) => b.includes('**Pasal 304'))).toMatch(/PP 94\/2021 Pasal 5 huruf n/);
    expect(blocks(legal).find((b) => b.includes('Pasal 280 ayat (1) huruf h'))).toMatch(/65\/PUU-XXI\/2023/);
  });

  it('E5: says that honorary staff who became PPPK, part-time included, are ASN', () => {
    const honorary = /honorer|honorary/i;
    const partTime = lang === 'id' ? /PPPK paruh waktu|termasuk paruh waktu/ : /part-time PPPK|part-time included/;
    const texts = [
      ...explainer(lang, 'who-is-asn')
        .actions.filter((a) => honorary.test(a.action))
        .map((a) => a.note ?? ''),
      blocks(explainerBody(lang, 'who-is-asn')).find((b) => /\*\*(Tenaga honorer|Honorary)/.test(b))!,
      section(pageBody(lang, 'glossary'), /Honorer/),
      section(pageBody(lang, 'faq'), /honorer|honorary/i),
    ];
    for (const text of texts) {
      expect(text).toMatch(/PPPK/);
      expect(text).toMatch(partTime);
    }
    expect(explainer(lang, 'who-is-asn').actions.some((a) => a.ruling === 'violation' && cites(a, 'uu-20-2023', /Pasal 66/))).toBe(true);
  });

  it('E6: dates the calendar after MK 135/PUU-XXII/2024 on the legal basis page and in the glossary', () => {
    const next = section(pageBody(lang, 'legal-basis'), lang === 'id' ? /Apa berikutnya/ : /What is next/);
    const calendar = section(pageBody(lang, 'glossary'), /Jadwal pemilihan berikutnya/);
    for (const text of [next, calendar]) {
      expect(text).toMatch(/135\/PUU-XXII\/2024/);
      expect(text).toMatch(/2029/);
      expect(text).toMatch(/2031/);
      expect(text).toMatch(lang === 'id' ? /Desember 2026/ : /December 2026/);
    }
    expect(section(pageBody(lang, 'glossary'), /^## DPRD/)).toMatch(lang === 'id' ? /pemilu daerah/ : /local election/);
  });

  it('E3, E12: every reporting result gives the 7-day window and what to do after it', () => {
    const reporting = allActions(lang).filter((a) =>
      /^(Melaporkan|Reporting|Menolak|Turning down|Sudah lewat 7 hari|More than 7 days)/.test(a.action),
    );
    expect(reporting.length).toBeGreaterThanOrEqual(4);
    for (const a of reporting) {
      expect(a.note, a.action).toMatch(lang === 'id' ? /7 hari/ : /7 days/);
      expect(a.note, a.action).toMatch(/BKN/);
      expect(a.note, a.action).toMatch(/SP4N-LAPOR!|atasan langsung|direct superior/);
    }
    const howTo = pageBody(lang, 'how-to-report');
    expect(section(howTo, lang === 'id' ? /Sudah lewat 7 hari/ : /Past the 7 days/)).toMatch(/Pasal 26 ayat \(1\)/);
    expect(howTo).toMatch(/UU 1\/2015 Pasal 134 ayat \(4\)/);
    expect(howTo).not.toMatch(lang === 'id' ? /3 hari/ : /3 days/);
  });

  it('E10, E13: keeps the spouse exception on the campaign page and the SKB wording on passive attendance', () => {
    const campaigns = explainer(lang, 'campaigns');
    expect(campaigns.rule).toMatch(lang === 'id' ? /pasangan sendiri/ : /own spouse/);
    const passive = campaigns.actions.find((a) => a.ruling === 'risky' && /diam-diam|Quietly/.test(a.action))!;
    expect(passive.note).toMatch(
      lang === 'id'
        ? /bakal calon, serta hadir sambil aktif mendukung/
        : /prospective candidate's declaration or campaign, as well as attending while actively supporting/,
    );
  });

  it('E11: splits relabelled aid by the 6-month window', () => {
    const relabel = explainer(lang, 'social-aid').actions.filter((a) => /label/i.test(a.action));
    expect(relabel.map((a) => a.ruling).sort()).toEqual(['risky', 'violation']);
    expect(relabel.find((a) => a.ruling === 'violation')!.action).toMatch(lang === 'id' ? /6 bulan/ : /6 months/);
  });

  it('E14: grounds the KPPS permission in PKPU 8/2022 and contrasts it with a party witness', () => {
    const rights = explainer(lang, 'rights');
    const kpps = rights.actions.find((a) => a.action.includes('KPPS'))!;
    expect(kpps.ruling).toBe('allowed');
    expect(kpps.basis.map((b) => b.law)).toEqual(['pkpu-8-2022']);
    const witness = rights.actions.find((a) => /saksi|witness/i.test(a.action))!;
    expect(witness.ruling).toBe('violation');
  });

  it('labels cycle-bound guidance and dated figures with their cycle', () => {
    const marker =
      lang === 'id' ? /siklus 2024|siklus itu|siklus 2020–2021|catatan sejarah/ : /2024 cycle|that cycle|2020–2021 figure|For the record/;
    const dated = /30[.,]4|23 November 2024|27 November 2024/;
    const texts = [
      ...pagesByLang[lang].map((p) => pageBody(lang, p.data.translationKey)),
      ...explainersByLang[lang].map((e) => explainerBody(lang, e.data.topic)),
    ];
    for (const text of texts) {
      for (const block of blocks(text).filter((b) => dated.test(b))) expect(block).toMatch(marker);
      if (/SKB 2022|SE MenPAN-RB 18\/2023/.test(text)) expect(text).toMatch(marker);
    }
  });
});

describe('E15: law titles', () => {
  it('name the amendments and the cycle of cycle-bound guidance', () => {
    expect(LAWS['uu-7-2017'].title).toMatch(/UU 7\/2023/);
    expect(LAWS['uu-10-2016'].title).toMatch(/UU 1\/2015.*UU 6\/2020/);
    expect(LAWS['uu-1-2015'].title).toMatch(/UU 10\/2016.*UU 6\/2020/);
    expect(LAWS['skb-2022'].title).toMatch(/siklus 2024/);
    expect(LAWS['se-menpanrb-18-2023'].title).toMatch(/siklus 2024/);
  });
});
