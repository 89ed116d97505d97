// The action checker's matching, on the real explainers: what people type lands on the right act and ruling.
import { describe, expect, it } from 'vitest';
import { checkAction, matchActions, normalize, tokens } from '../../src/lib/action-checker';
import type { Locale, Ruling, Topic } from '../../functions/schemas/content';
import { explainersByLang } from './site-content';

const actions = (lang: Locale) =>
  explainersByLang[lang].flatMap((e) => e.data.actions.map((a) => ({ ...a, text: a.action, topic: e.data.topic })));

function best(lang: Locale, query: string) {
  const list = actions(lang);
  const [top] = matchActions(query, list);
  return top && { topic: list[top.index].topic, ruling: list[top.index].ruling, text: list[top.index].text };
}

describe('matchActions on the explainers', () => {
  const cases: [Locale, string, Topic, Ruling, RegExp][] = [
    ['en', 'like a candidate’s post', 'social-media', 'violation', /^Pressing like/],
    ['en', 'liking posts', 'social-media', 'violation', /^Pressing like/],
    ['en', 'lend the office hall', 'state-facilities', 'violation', /hall/],
    ['en', 'vote at the polling station', 'rights', 'allowed', /casting your vote/],
    ['en', 'take leave to campaign', 'who-is-asn', 'violation', /annual leave/],
    ['en', 'take leave to campaign for my wife', 'family-and-leave', 'violation', /annual leave/],
    ['en', 'join the winning team WhatsApp group', 'social-media', 'violation', /^Following or joining/],
    ['en', 'hand out aid with a candidate sticker', 'social-aid', 'violation', /social aid/],
    ['id', 'like unggahan calon', 'social-media', 'violation', /^Menekan like/],
    ['id', 'menyukai postingan calon', 'social-media', 'violation', /^Menekan like/],
    ['id', 'pinjamkan aula kantor', 'state-facilities', 'violation', /aula/],
    ['id', 'memilih di TPS', 'rights', 'allowed', /memberikan suara/],
    ['id', 'mobil dinas ke kampanye', 'state-facilities', 'violation', /mobil dinas/],
    ['id', 'jadi anggota KPPS', 'rights', 'allowed', /KPPS/],
  ];

  it.each(cases)('%s "%s" → %s, %s', (lang, query, topic, ruling, text) => {
    const top = best(lang, query);
    expect(top).toMatchObject({ topic, ruling });
    expect(top!.text).toMatch(text);
  });

  it('finds nothing for an empty query or for words it does not know', () => {
    expect(matchActions('', actions('id'))).toEqual([]);
    expect(matchActions('boleh saya', actions('id'))).toEqual([]);
    expect(matchActions('xyzzy', actions('en'))).toEqual([]);
  });
});

describe('matchActions', () => {
  const list = [
    { text: 'Sharing campaign posts', keywords: ['share'] },
    { text: 'Liking a candidate post', keywords: ['like', 'thumbs up'] },
  ];

  it('ranks a keyword phrase above a shared word, best first', () => {
    expect(matchActions('a thumbs up on a post', list).map((m) => m.index)).toEqual([1]);
    expect(matchActions('post', list).map((m) => m.index)).toEqual([0, 1]);
  });

  it('ignores case, accents, punctuation and English endings', () => {
    expect(normalize('  Café’s “LIKE”! ')).toBe('cafe like');
    expect(tokens('liked likes liking')).toEqual(['lik', 'lik', 'lik']);
    expect(matchActions('LIKED!', list)[0].index).toBe(1);
  });
});

describe('checkAction', () => {
  const list = [
    {
      text: "Serving on the KPPS with your superior's permission",
      verbs: ['KPPS'],
      keywords: ["superior's permission", 'polling station'],
      ruling: 'allowed' as const,
    },
    { text: 'Attending a campaign quietly, without attributes', verbs: ['attend'], keywords: ['campaign'], ruling: 'risky' as const },
    {
      text: 'Attending a campaign in uniform',
      verbs: ['attend'],
      keywords: ['campaign', 'uniform', 'attributes'],
      ruling: 'violation' as const,
    },
    {
      text: "Attending your spouse's campaign passively",
      verbs: ['attend'],
      keywords: ['campaign'],
      requires: ['spouse', 'wife'],
      ruling: 'allowed' as const,
    },
    { text: 'Hosting an event', verbs: ['host'], keywords: ['event'], ruling: 'allowed' as const },
    { text: 'Hosting an event for a candidate', verbs: ['host'], keywords: ['event'], ruling: 'violation' as const },
  ];
  const best = (query: string) => checkAction(query, list).best.map((m) => m.index);

  it('reads "tanpa"/"without" as negating the next word, but not a question\'s "boleh tidak"', () => {
    expect(tokens('hadir tanpa atribut partai')).toEqual(['hadir', '!atribut', 'partai']);
    expect(tokens('attend without any attributes')).toEqual(['attend', '!any', 'attribut']);
    expect(tokens('boleh tidak like postingan')).toEqual(['lik', 'postingan']);
    expect(tokens('lapor sudah 10 hari')).toEqual(['lapor', 'sudah', 'hari']);
  });

  it('matches a negated word only against a negated word', () => {
    expect(best('attend a campaign without attributes')).toEqual([1]);
  });

  it('declines to answer when the query negates what the action needs', () => {
    const verdict = checkAction('KPPS without permission', list);
    expect(verdict.matches.map((m) => m.index)).toContain(0);
    expect(verdict.matches[0].conflict).toBe(true);
    expect(verdict.best).toEqual([]);
  });

  it('gives no answer from a weak match (no word naming the act), however safe the ruling', () => {
    const verdict = checkAction('polling station', list);
    expect(verdict.matches.map((m) => m.index)).toEqual([0]);
    expect(verdict.best).toEqual([]);
  });

  it('puts the strictest ruling first when matches are equal', () => {
    expect(best('host an event')).toEqual([5, 4]);
    expect(best('attend a campaign')).toEqual([2, 1]);
  });

  it('offers an action with required words only when one of them is typed', () => {
    expect(checkAction('attend a campaign', list).matches.map((m) => m.index)).not.toContain(3);
    expect(best("attend my wife's campaign")[0]).toBe(3);
  });

  it('forgives one typo in a long word and an Indonesian prefix', () => {
    const campaign = [{ text: 'Ikut kampanye', verbs: ['kampanye', 'bagikan'], keywords: [] }];
    expect(checkAction('ikut kampnye', campaign).best).toHaveLength(1);
    expect(checkAction('dibagikan', campaign).best).toHaveLength(1);
    expect(checkAction('kampret', campaign).best).toHaveLength(0);
  });
});
