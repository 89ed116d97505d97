/** Messages of the exports API (issue 13), in Indonesian and English; spread into messages.ts. */
export const exportMessages = {
  'detail.cycleNotFound': { id: 'Siklus ini tidak ditemukan.', en: 'This cycle was not found.' },
  'detail.exportPartNotFound': {
    id: 'Bagian ini tidak ada: unduhan ini terdiri dari {parts} bagian.',
    en: 'There is no such part: this download has {parts} parts.',
  },
  'detail.exportTooManyForPdf': {
    id: 'PDF gabungan paling banyak {max} sertifikat, sedangkan pilihan ini berisi {count}. Unduh ZIP (per bagian), atau persempit dengan unit kerja atau tanggal.',
    en: 'A merged PDF holds at most {max} certificates and this selection has {count}. Download the ZIP (in parts), or narrow it by work unit or dates.',
  },
} as const;
