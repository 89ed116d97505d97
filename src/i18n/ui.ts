/**
 * The site's interface text, every message in Bahasa Indonesia and English side by side (the shape of
 * functions/i18n/localize.ts, shared with the API's messages). Content (rules, pages) lives in content/.
 * Counted messages are `PluralForms`, turned into text with `plural()` from functions/i18n/format.ts.
 */
import type { Locale } from '../../functions/schemas/content';
import { counted, localize, type Localized } from '../../functions/i18n/localize';

const table = {
  siteName: { id: 'Netral ASN', en: 'Netral ASN' },
  siteTagline: { id: 'Netralitas ASN dalam Pemilu dan Pilkada', en: 'Civil-service neutrality in Indonesian elections' },
  skipLink: { id: 'Langsung ke isi', en: 'Skip to content' },
  navLabel: { id: 'Menu utama', en: 'Main menu' },
  nav: {
    rules: { id: 'Aturan', en: 'Rules' },
    checker: { id: 'Cek tindakan', en: 'Action checker' },
    quiz: { id: 'Kuis', en: 'Quiz' },
    howToReport: { id: 'Cara melapor', en: 'How to report' },
    search: { id: 'Cari', en: 'Search' },
  },
  langSwitch: { id: 'English', en: 'Bahasa Indonesia' },
  langSwitchLabel: { id: 'Read this page in English', en: 'Baca halaman ini dalam Bahasa Indonesia' },
  footerNote: {
    id: 'Materi pelatihan dan penyadaran tentang netralitas Aparatur Sipil Negara. Bukan nasihat hukum: untuk kasus nyata, rujuk teks peraturannya dan tanyakan ke Bawaslu atau BKN.',
    en: 'Training and awareness material on the neutrality of Indonesian civil servants (ASN). Not legal advice: for a real case, check the regulation itself and ask Bawaslu or BKN.',
  },
  footerNavLabel: { id: 'Halaman lain', en: 'Other pages' },
  footerLinks: {
    legalBasis: { id: 'Dasar hukum', en: 'Legal basis' },
    faq: { id: 'Tanya jawab', en: 'FAQ' },
    glossary: { id: 'Glosarium', en: 'Glossary' },
    checker: { id: 'Cek tindakan', en: 'Action checker' },
    verify: { id: 'Verifikasi sertifikat', en: 'Verify a certificate' },
    about: { id: 'Tentang', en: 'About' },
    forAgencies: { id: 'Untuk instansi', en: 'For agencies' },
  },
  breadcrumbLabel: { id: 'Lokasi halaman', en: 'You are here' },
  home: { id: 'Beranda', en: 'Home' },
  updated: { id: 'Diperbarui', en: 'Updated' },
  onThisPage: { id: 'Di halaman ini', en: 'On this page' },
  homePage: {
    title: {
      id: 'Netral ASN: aturan netralitas ASN dalam Pemilu dan Pilkada',
      en: 'Netral ASN: civil-service neutrality rules in Indonesian elections',
    },
    description: {
      id: 'Pelajari apa yang boleh dan tidak boleh dilakukan ASN (PNS dan PPPK) menjelang Pemilu dan Pilkada, uji pemahaman lewat kuis, dan ketahui cara melapor.',
      en: 'Learn what Indonesian civil servants (PNS and PPPK) may and may not do around elections, test yourself with the quiz, and find out how to report a violation.',
    },
    kicker: { id: 'Pelatihan netralitas ASN', en: 'ASN neutrality training' },
    heading: { id: 'Melayani semua warga, tidak memihak calon mana pun', en: 'Serve every citizen, side with no candidate' },
    lead: {
      id: 'Panduan singkat bagi PNS, PPPK, dan masyarakat: apa yang boleh dan tidak boleh dilakukan ASN selama Pemilu dan Pilkada, dasar hukumnya, sanksinya, dan cara melapor.',
      en: 'A short guide for PNS, PPPK and the public: what civil servants may and may not do during Pemilu and Pilkada, the legal basis, the sanctions and how to report.',
    },
    quizCta: { id: 'Ikuti kuis netralitas', en: 'Take the neutrality quiz' },
    quizNote: {
      id: 'Skenario nyata, langsung dengan pembahasan. Lulus dan dapatkan sertifikat.',
      en: 'Real scenarios with explanations. Pass and get a certificate.',
    },
    rulesCta: { id: 'Baca aturannya', en: 'Read the rules' },
    topicsHeading: { id: 'Aturan per topik', en: 'Rules by topic' },
    toolsHeading: { id: 'Perlu jawaban cepat?', en: 'Need a quick answer?' },
    checkerText: {
      id: 'Ketik yang ingin Anda lakukan, misalnya “like unggahan calon”, dan lihat apakah itu boleh.',
      en: 'Type what you want to do, such as “like a candidate’s post”, and see whether it is allowed.',
    },
    reportText: {
      id: 'Melihat ASN yang tidak netral? Ke mana melapor, bukti apa yang disimpan, dan batas waktunya.',
      en: 'Seen a civil servant taking sides? Where to report, what evidence to keep and the time limit.',
    },
    verifyText: {
      id: 'Punya kode sertifikat Netral ASN? Periksa apakah sah, milik siapa, dan apa yang dibuktikannya.',
      en: 'Have a Netral ASN certificate code? Check whether it is valid, whose it is and what it proves.',
    },
    searchText: {
      id: 'Cari di semua aturan dan halaman, juga tanpa koneksi yang baik.',
      en: 'Search every rule and page, even on a poor connection.',
    },
  },
  rulesPage: {
    title: { id: 'Aturan netralitas ASN per topik', en: 'ASN neutrality rules by topic' },
    description: {
      id: 'Sembilan topik aturan netralitas ASN: media sosial, fasilitas negara, kampanye, bantuan sosial, keputusan, kegiatan unit kerja, keluarga dan cuti, hak ASN, dan siapa ASN.',
      en: 'Nine topics of the ASN neutrality rules: social media, state facilities, campaigns, social aid, decisions, work-unit activities, family and leave, rights, and who is ASN.',
    },
    heading: { id: 'Aturan per topik', en: 'Rules by topic' },
    lead: {
      id: 'Setiap topik memuat aturannya dalam satu kalimat, contoh yang boleh dan tidak boleh, dasar hukum, sanksi, dan siapa yang memutuskan.',
      en: 'Each topic gives the rule in one sentence, examples of what is and is not allowed, the legal basis, the sanctions and who decides.',
    },
  },
  explainer: {
    ruleHeading: { id: 'Aturannya', en: 'The rule' },
    violation: { id: 'Tidak boleh', en: 'Not allowed' },
    risky: { id: 'Hati-hati', en: 'Be careful' },
    allowed: { id: 'Boleh', en: 'Allowed' },
    basisHeading: { id: 'Dasar hukum', en: 'Legal basis' },
    sanctionsHeading: { id: 'Sanksi', en: 'Sanctions' },
    decidedByHeading: { id: 'Siapa yang memutuskan', en: 'Who decides' },
    moreHeading: { id: 'Selanjutnya', en: 'Next' },
    quizPrompt: { id: 'Sudah paham? Uji diri Anda dengan kuis.', en: 'Got it? Test yourself with the quiz.' },
    otherTopics: { id: 'Topik lain', en: 'Other topics' },
    checkerPrompt: { id: 'Cek tindakan lain', en: 'Check another action' },
  },
  ruling: {
    violation: { id: 'Pelanggaran', en: 'Violation' },
    allowed: { id: 'Boleh', en: 'Allowed' },
    risky: { id: 'Berisiko', en: 'Risky' },
  },
  sanctionKind: {
    ethics: { id: 'Etik', en: 'Ethics' },
    'discipline-moderate': { id: 'Disiplin sedang', en: 'Moderate discipline' },
    'discipline-severe': { id: 'Disiplin berat', en: 'Severe discipline' },
    dismissal: { id: 'Pemberhentian', en: 'Dismissal' },
    criminal: { id: 'Pidana', en: 'Criminal' },
    none: { id: 'Tanpa sanksi', en: 'No sanction' },
    other: { id: 'Lainnya', en: 'Other' },
  },
  search: {
    title: { id: 'Cari aturan dan halaman', en: 'Search the rules and pages' },
    description: {
      id: 'Cari di semua aturan netralitas ASN, cara melapor, tanya jawab, dan glosarium.',
      en: 'Search every ASN neutrality rule, the reporting guide, the FAQ and the glossary.',
    },
    heading: { id: 'Cari', en: 'Search' },
    label: { id: 'Kata yang dicari', en: 'Search for' },
    placeholder: { id: 'misalnya: menyukai, mobil dinas, cuti', en: 'for example: like, official car, leave' },
    submit: { id: 'Cari', en: 'Search' },
    noJs: {
      id: 'Pencarian memerlukan JavaScript. Tanpanya, buka daftar aturan per topik:',
      en: 'Search needs JavaScript. Without it, open the list of rules by topic:',
    },
    noResults: {
      id: 'Tidak ada hasil. Coba kata lain, atau buka daftar aturan.',
      en: 'No results. Try another word, or open the list of rules.',
    },
    fewerWords: {
      id: 'Tidak ada halaman yang memuat semua kata Anda. Hasil untuk kata yang paling menentukan: “{q}”.',
      en: 'No page has all of your words. Results for the words that matter most: “{q}”.',
    },
    tryChecker: {
      id: 'Ingin tahu apakah tindakan ini boleh? Coba kalimat yang sama di',
      en: 'Want to know whether this is allowed? Try the same words in the',
    },
    orRules: { id: 'Atau buka', en: 'Or open the' },
    rulesLink: { id: 'daftar aturan per topik', en: 'list of rules by topic' },
    results: counted({ id: { other: '{n} hasil' }, en: { one: '{n} result', other: '{n} results' } }),
    loading: { id: 'Mencari…', en: 'Searching…' },
    error: { id: 'Pencarian tidak dapat dimuat.', en: 'Search could not be loaded.' },
    suggestions: { id: 'Contoh:', en: 'Examples:' },
    examples: { id: ['menyukai', 'mobil dinas', 'cuti', 'bansos'], en: ['like', 'official car', 'leave', 'social aid'] },
  },
  checker: {
    title: { id: 'Cek tindakan: bolehkah ASN melakukannya?', en: 'Action checker: may a civil servant do it?' },
    description: {
      id: 'Pilih atau ketik tindakan yang ingin Anda lakukan, lalu lihat apakah itu pelanggaran, boleh, atau berisiko bagi ASN, beserta dasar hukumnya.',
      en: 'Pick or type what you want to do and see whether it is a violation, allowed or risky for a civil servant (ASN), with its legal basis.',
    },
    heading: { id: 'Cek tindakan', en: 'Action checker' },
    lead: {
      id: 'Ketik yang ingin Anda lakukan, atau pilih dari daftar. Hasilnya diambil dari contoh pada halaman aturan.',
      en: 'Type what you want to do, or pick it from the list. The answers come from the examples on the rule pages.',
    },
    label: { id: 'Apa yang ingin Anda lakukan?', en: 'What do you want to do?' },
    placeholder: { id: 'misalnya: like unggahan calon', en: 'for example: like a candidate’s post' },
    examplesLabel: { id: 'Coba:', en: 'Try:' },
    examples: {
      id: ['like unggahan calon', 'pinjamkan aula kantor', 'memilih di TPS', 'cuti untuk kampanye'],
      en: ['like a candidate’s post', 'lend the office hall', 'vote at the polling station', 'take leave to campaign'],
    },
    bestMatch: { id: 'Paling cocok', en: 'Best match' },
    rulingLabel: {
      violation: { id: 'Tidak boleh', en: 'Not allowed' },
      risky: { id: 'Berisiko: lebih baik jangan', en: 'Risky: better not' },
      allowed: { id: 'Boleh', en: 'Allowed' },
    },
    unclear: {
      id: 'Belum jelas: kalimat Anda tidak cocok pasti dengan satu tindakan. Tindakan yang mungkin terkait ada di bawah; bila ragu, jangan lakukan.',
      en: 'Unclear: what you typed does not clearly match one action. The actions that may be related are below; when in doubt, do not do it.',
    },
    matches: counted({
      id: { '=0': 'Tidak ada tindakan yang cocok. Coba kata lain, atau baca daftar di bawah.', other: '{n} tindakan cocok.' },
      en: {
        '=0': 'No action matches. Try other words, or read the list below.',
        one: '{n} matching action.',
        other: '{n} matching actions.',
      },
    }),
    all: { id: 'Semua tindakan', en: 'All actions' },
    basis: { id: 'Dasar', en: 'Basis' },
    readRule: { id: 'Baca aturannya', en: 'Read the rule' },
    disclaimer: {
      id: 'Hasil ini contoh umum, bukan putusan atas kasus Anda. Bila ragu, jangan lakukan, dan tanyakan ke Bawaslu atau unit kepegawaian Anda.',
      en: 'These are general examples, not a ruling on your case. When in doubt, do not do it, and ask Bawaslu or your personnel unit.',
    },
  },
  notFound: {
    title: { id: 'Halaman tidak ditemukan', en: 'Page not found' },
    heading: { id: 'Halaman tidak ditemukan', en: 'Page not found' },
    text: {
      id: 'Alamat ini tidak ada atau sudah dipindahkan. Coba dari beranda, daftar aturan, atau pencarian.',
      en: 'This address does not exist or has moved. Try the home page, the list of rules or search.',
    },
  },
};

export type UiStrings = Localized<typeof table>;

const UI: Record<Locale, UiStrings> = { id: localize(table, 'id'), en: localize(table, 'en') };

/** The interface text for a language. */
export function ui(lang: Locale): UiStrings {
  return UI[lang];
}
