// The deadline on the participant's own clock, and where each legal basis in the feedback links to.
import { describe, expect, it } from 'vitest';
import { deadlineText } from '../../src/components/quiz/deadline';
import { basisLink, basisLinks } from '../../src/lib/basis-links';

describe('deadlineText', () => {
  const at = '2026-12-02T17:57:00Z';

  it('names Indonesia’s zones as people say them, in both languages', () => {
    expect(deadlineText(at, 'id', 'Asia/Jakarta')).toBe('00.57 WIB');
    expect(deadlineText(at, 'id', 'Asia/Makassar')).toBe('01.57 WITA');
    expect(deadlineText(at, 'en', 'Asia/Makassar')).toBe('01:57 WITA');
    expect(deadlineText(at, 'en', 'Asia/Jayapura')).toBe('02:57 WIT');
    expect(deadlineText(at, 'id', 'Asia/Pontianak')).toBe('00.57 WIB');
  });

  it('elsewhere keeps the local clock with its own zone name', () => {
    expect(deadlineText(at, 'en', 'Europe/London')).toBe('17:57 GMT');
  });
});

describe('basisLinks', () => {
  const pages = [
    {
      path: '/aturan/media-sosial',
      citations: [
        { law: 'skb-2022', article: 'Lampiran II' },
        { law: 'uu-20-2023', article: 'Pasal 9 ayat (2)' },
      ],
    },
    {
      path: '/aturan/kampanye',
      citations: [
        { law: 'pp-94-2021', article: 'Pasal 5 huruf n angka 4' },
        { law: 'skb-2022', article: 'Lampiran II' },
        { law: 'uu-20-2023', article: 'Pasal 24' },
        { law: 'uu-20-2023', article: 'Pasal 9 ayat (2)' },
      ],
    },
  ];
  const links = basisLinks(pages);

  it('sends an article to the first explainer citing it', () => {
    expect(basisLink(links, 'skb-2022', 'Lampiran II', '/dasar-hukum')).toBe('/aturan/media-sosial');
    expect(basisLink(links, 'pp-94-2021', 'Pasal 5 huruf n angka 4', '/dasar-hukum')).toBe('/aturan/kampanye');
  });

  it('sends another article of a cited law to the explainer citing that law most', () => {
    expect(basisLink(links, 'uu-20-2023', 'Pasal 99', '/dasar-hukum')).toBe('/aturan/kampanye');
  });

  it('sends a law no explainer cites to the legal-basis page', () => {
    expect(basisLink(links, 'uu-6-2014', 'Pasal 29', '/dasar-hukum')).toBe('/dasar-hukum');
  });
});
