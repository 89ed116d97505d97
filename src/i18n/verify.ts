/** The certificate verify pages' text, in Bahasa Indonesia and English side by side (see functions/i18n/localize.ts). */
import type { Locale } from '../../functions/schemas/content';
import { localize, type Localized } from '../../functions/i18n/localize';

const table = {
  title: { id: 'Verifikasi Sertifikat', en: 'Verify a Certificate' },
  description: {
    id: 'Periksa keaslian sertifikat Kuis Netralitas ASN dengan kode sertifikatnya.',
    en: 'Check that an ASN Neutrality Quiz certificate is genuine, using its code.',
  },
  intro: {
    id: 'Ketik kode yang tercetak pada sertifikat untuk memeriksa keasliannya.',
    en: 'Type the code printed on the certificate to check that it is genuine.',
  },
  codeLabel: { id: 'Kode sertifikat', en: 'Certificate code' },
  codeHint: {
    id: 'Bentuknya NA-XXXX-XXXX-XXXX; huruf besar atau kecil, tanda hubung boleh dilewati.',
    en: 'It looks like NA-XXXX-XXXX-XXXX; upper or lower case, dashes optional.',
  },
  codeInvalid: {
    id: 'Kode ini tidak sesuai bentuk NA-XXXX-XXXX-XXXX. Periksa lagi kode pada sertifikat.',
    en: 'This code does not have the form NA-XXXX-XXXX-XXXX. Check the code on the certificate again.',
  },
  check: { id: 'Periksa', en: 'Check' },
  checkAnother: { id: 'Periksa kode lain', en: 'Check another code' },
  resultTitle: { id: 'Sertifikat {code}', en: 'Certificate {code}' },
  valid: { id: 'Sertifikat sah', en: 'Valid certificate' },
  validDetail: {
    id: 'Sertifikat ini diterbitkan oleh Netral ASN dan tercatat di sistem kami.',
    en: 'This certificate was issued by Netral ASN and is on our records.',
  },
  revoked: { id: 'Sertifikat dicabut', en: 'Certificate revoked' },
  revokedDetail: {
    id: 'Sertifikat ini pernah diterbitkan tetapi sudah dicabut dan tidak berlaku lagi.',
    en: 'This certificate was issued but has been revoked and is no longer valid.',
  },
  notFound: { id: 'Sertifikat tidak ditemukan', en: 'Certificate not found' },
  notFoundDetail: {
    id: 'Tidak ada sertifikat dengan kode {code}. Periksa kembali kode yang Anda ketik.',
    en: 'There is no certificate with the code {code}. Check the code you typed.',
  },
  name: { id: 'Nama', en: 'Name' },
  nip: { id: 'NIP', en: 'NIP' },
  agency: { id: 'Instansi', en: 'Agency' },
  score: { id: 'Nilai', en: 'Score' },
  scoreValue: { id: '{score} dari {total} benar', en: '{score} of {total} correct' },
  issuedAt: { id: 'Diterbitkan', en: 'Issued' },
  cycle: { id: 'Siklus', en: 'Cycle' },
  cycleCurrent: { id: 'berlaku untuk siklus ini', en: 'counts for the current cycle' },
  cycleEarlier: {
    id: 'dari siklus sebelumnya: tidak dihitung untuk siklus yang berjalan',
    en: 'from an earlier cycle: does not count for the current one',
  },
  code: { id: 'Kode', en: 'Code' },
  pdf: { id: 'Unduh sertifikat (PDF)', en: 'Download the certificate (PDF)' },
  signature: { id: 'Tanda tangan digital (untuk pemeriksaan teknis)', en: 'Digital signature (for technical checks)' },
  publicKey: {
    id: 'Isi sertifikat ditandatangani secara digital (Ed25519), jadi tidak bisa diubah tanpa ketahuan. Ahli TI dapat memeriksanya tanpa situs ini dengan kunci pemeriksa (kunci publik) di',
    en: 'The certificate’s content is digitally signed (Ed25519), so it cannot be changed unnoticed. IT staff can check it without this site using the checking key (public key) at',
  },
  proves: {
    id: 'Sertifikat ini menunjukkan bahwa kuis netralitas diselesaikan dengan lulus pada tanggal terbit di atas, bukan bahwa pemegangnya tidak pernah melanggar aturan.',
    en: 'This certificate shows that the neutrality quiz was passed on the date of issue above, not that its holder never broke the rules.',
  },
  /** Where the name, NIP and agency came from, by the certificate's signed identity. */
  provesIdentity: {
    self_declared: {
      id: 'Nama, NIP dan instansi diisi sendiri oleh peserta dan tidak dicocokkan dengan daftar pegawai instansi.',
      en: 'The name, NIP and agency were entered by the participant and not matched against an agency staff roster.',
    },
    roster: {
      id: 'Nama, NIP dan instansi diambil dari daftar pegawai yang diunggah instansi: peserta membuka kuis dari tautan pribadi yang dibuat bagian kepegawaiannya.',
      en: 'The name, NIP and agency come from the staff roster the agency uploaded: the participant opened the quiz from a personal link made by their HR office.',
    },
  },
  unit: { id: 'Unit kerja', en: 'Work unit' },
  revokedOn: { id: 'Dicabut pada {date}.', en: 'Revoked on {date}.' },
  revokedReason: { id: 'Alasan: {reason}', en: 'Reason: {reason}' },
  demo: { id: 'Contoh (demo)', en: 'Example (demo)' },
  demoDetail: {
    id: 'Kode NA-DEM0-… adalah sertifikat contoh untuk mencoba halaman ini. Sertifikat ini bukan milik orang sungguhan.',
    en: 'NA-DEM0-… codes are example certificates for trying this page. They do not belong to a real person.',
  },
  notFoundMeaning: {
    id: 'Kode yang tidak ditemukan berarti sertifikat itu tidak diterbitkan oleh situs ini.',
    en: 'A code that is not found means the certificate was not issued by this site.',
  },
  nipMasked: { id: 'Sebagian NIP disamarkan untuk melindungi data pribadi.', en: 'Part of the NIP is hidden to protect personal data.' },
};

export type VerifyStrings = Localized<typeof table>;

export const verifyStrings: Record<Locale, VerifyStrings> = { id: localize(table, 'id'), en: localize(table, 'en') };
