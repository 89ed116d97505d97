/** The "Cari sertifikat saya" page's text, in Bahasa Indonesia and English side by side (see functions/i18n/localize.ts). */
import type { Locale } from '../../functions/schemas/content';
import { localize, type Localized } from '../../functions/i18n/localize';

const table = {
  title: { id: 'Cari sertifikat saya', en: 'Find my certificate' },
  description: {
    id: 'Temukan lagi sertifikat Kuis Netralitas ASN Anda dengan NIP dan nama seperti tercetak pada sertifikat.',
    en: 'Find your ASN Neutrality Quiz certificate again with your NIP and your name as printed on it.',
  },
  intro: {
    id: 'Kehilangan kode sertifikat? Ketik NIP lengkap dan nama Anda persis seperti tercetak pada sertifikat untuk menemukannya lagi.',
    en: 'Lost your certificate code? Type your full NIP and your name exactly as printed on the certificate to find it again.',
  },
  privacy: {
    id: 'Demi melindungi data pribadi, hasil hanya muncul bila NIP dan nama sama-sama cocok.',
    en: 'To protect personal data, results appear only when both the NIP and the name match.',
  },
  nip: { id: 'NIP / NI PPPK', en: 'NIP / NI PPPK' },
  nipHint: { id: '18 angka, boleh dengan spasi.', en: '18 digits; spaces are fine.' },
  name: { id: 'Nama lengkap', en: 'Full name' },
  nameHint: {
    id: 'Seperti tercetak pada sertifikat, termasuk gelar. Huruf besar atau kecil tidak berpengaruh.',
    en: 'As printed on the certificate, including titles. Upper or lower case does not matter.',
  },
  submit: { id: 'Cari sertifikat', en: 'Find certificate' },
  searching: { id: 'Mencari…', en: 'Searching…' },
  resultsHeading: { id: 'Hasil pencarian', en: 'Results' },
  found: { id: 'Ditemukan {n} sertifikat.', en: '{n} certificate(s) found.' },
  none: {
    id: 'Tidak ada sertifikat untuk NIP dan nama ini. Periksa NIP (18 angka) dan tulis nama persis seperti pada sertifikat, termasuk gelar.',
    en: 'No certificate for this NIP and name. Check the NIP (18 digits) and type the name exactly as on the certificate, including titles.',
  },
  issuedAt: { id: 'Diterbitkan', en: 'Issued' },
  agency: { id: 'Instansi', en: 'Agency' },
  score: { id: 'Nilai', en: 'Score' },
  valid: { id: 'Sah', en: 'Valid' },
  revoked: { id: 'Dicabut', en: 'Revoked' },
  verify: { id: 'Buka halaman verifikasi', en: 'Open the verify page' },
  pdf: { id: 'Unduh sertifikat (PDF)', en: 'Download the certificate (PDF)' },
  offline: {
    id: 'Tidak dapat terhubung ke server. Periksa koneksi Anda, lalu coba lagi.',
    en: 'Cannot reach the server. Check your connection and try again.',
  },
  noscript: {
    id: 'Pencarian ini memerlukan JavaScript. Bila Anda ingat kodenya, buka halaman verifikasi sertifikat.',
    en: 'This search needs JavaScript. If you remember the code, open the certificate verify page.',
  },
  linkFromVerify: { id: 'Lupa kode sertifikat? Cari sertifikat saya', en: 'Lost your certificate code? Find my certificate' },
  linkFromResult: {
    id: 'Kehilangan kode ini nanti? Cari lagi dengan NIP dan nama di halaman Cari sertifikat saya.',
    en: 'Lose this code later? Find it again with your NIP and name on the Find my certificate page.',
  },
};

export type LookupStrings = Localized<typeof table>;

export const lookupStrings: Record<Locale, LookupStrings> = { id: localize(table, 'id'), en: localize(table, 'en') };
