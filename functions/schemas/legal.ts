/** The laws and regulations the site cites, defined once so every citation names the same instrument. */
import { z } from 'zod';

/**
 * Titles name each instrument with its amendments. Guidance issued for one election cycle (SKB 2022, SE MenPAN-RB
 * 18/2023) says so in its title, because a new cycle brings new guidance (BKN has replaced KASN since August 2024).
 */
export const LAWS = {
  'uu-20-2023': { short: 'UU 20/2023', title: 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara' },
  'uu-5-2014': { short: 'UU 5/2014', title: 'Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara (dicabut oleh UU 20/2023)' },
  'pp-94-2021': { short: 'PP 94/2021', title: 'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil' },
  'pp-42-2004': { short: 'PP 42/2004', title: 'Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik PNS' },
  'pp-49-2018': { short: 'PP 49/2018', title: 'Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen PPPK' },
  'skb-2022': {
    short: 'SKB Netralitas ASN 2022',
    title:
      'Keputusan Bersama MenPAN-RB, Mendagri, Kepala BKN, Ketua KASN dan Ketua Bawaslu (MenPAN-RB Nomor 2 Tahun 2022) tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan Pemilihan Umum dan Pemilihan (pedoman siklus 2024; periksa pembaruan)',
  },
  'uu-7-2017': {
    short: 'UU 7/2017',
    title:
      'Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum, sebagaimana diubah dengan Perppu 1/2022 yang ditetapkan menjadi undang-undang oleh UU 7/2023',
  },
  'uu-1-2015': {
    short: 'UU 1/2015',
    title:
      'Undang-Undang Nomor 1 Tahun 2015 tentang Penetapan Perppu 1/2014 tentang Pemilihan Gubernur, Bupati, dan Wali Kota menjadi Undang-Undang, sebagaimana diubah dengan UU 8/2015, UU 10/2016, dan terakhir UU 6/2020 (UU Pilkada)',
  },
  'uu-10-2016': {
    short: 'UU 10/2016',
    title:
      'Undang-Undang Nomor 10 Tahun 2016 tentang Perubahan Kedua atas UU 1/2015 tentang Pemilihan Gubernur, Bupati, dan Wali Kota, sebagaimana diubah terakhir dengan UU 6/2020 (UU Pilkada)',
  },
  'uu-6-2014': { short: 'UU 6/2014', title: 'Undang-Undang Nomor 6 Tahun 2014 tentang Desa' },
  'se-menpanrb-18-2023': {
    short: 'SE MenPAN-RB 18/2023',
    title: 'Surat Edaran MenPAN-RB Nomor 18 Tahun 2023 (ASN yang pasangannya menjadi calon; pedoman siklus 2024; periksa pembaruan)',
  },
  'perbawaslu-7-2022': {
    short: 'Perbawaslu 7/2022',
    title: 'Peraturan Bawaslu Nomor 7 Tahun 2022 tentang Penanganan Temuan dan Laporan Pelanggaran Pemilu',
  },
  'perpres-92-2024': { short: 'Perpres 92/2024', title: 'Peraturan Presiden Nomor 92 Tahun 2024 tentang Badan Kepegawaian Negara' },
  'pkpu-8-2022': {
    short: 'PKPU 8/2022',
    title:
      'Peraturan KPU Nomor 8 Tahun 2022 tentang Pembentukan dan Tata Kerja Badan Ad Hoc Penyelenggara Pemilihan Umum dan Pemilihan Gubernur, Bupati, dan Wali Kota',
  },
  'putusan-mk-65-2023': {
    short: 'Putusan MK 65/PUU-XXI/2023',
    title:
      'Putusan Mahkamah Konstitusi Nomor 65/PUU-XXI/2023 (15 Agustus 2023) tentang kampanye Pemilu di fasilitas pemerintah dan tempat pendidikan',
  },
  'putusan-mk-135-2024': {
    short: 'Putusan MK 135/PUU-XXII/2024',
    title: 'Putusan Mahkamah Konstitusi Nomor 135/PUU-XXII/2024 (26 Juni 2025) tentang pemisahan pemilu nasional dan pemilu daerah',
  },
} as const;

export type LawId = keyof typeof LAWS;
const lawIdSchema = z.enum(Object.keys(LAWS) as [LawId, ...LawId[]]);

/** One citation: the instrument and the article, e.g. PP 94/2021 + "Pasal 5 huruf n angka 1". */
export const legalBasisSchema = z.object({
  law: lawIdSchema,
  article: z.string().trim().min(3),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** "PP 94/2021 Pasal 5 huruf n angka 1" */
export function formatBasis(basis: LegalBasis): string {
  return `${LAWS[basis.law].short} ${basis.article}`;
}
