// The action checker's matching, on the real explainers: what people type lands on the right act and ruling.
import { describe, expect, it } from 'vitest';
import { matchActions, normalize, tokens } from '../../src/lib/action-checker';
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
    ['en', 'take leave to campaign', 'family-and-leave', 'violation', /annual leave/],
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
