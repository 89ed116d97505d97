/**
 * Messages of the election-cycle API (issue 13), in Indonesian and English. Spread into the one message
 * table (messages.ts).
 */
export const cycleMessages = {
  'detail.cycleNotFound': { id: 'Siklus ini tidak ada.', en: 'No such cycle.' },
  'detail.cycleIdTaken': { id: 'Kode siklus ini sudah dipakai.', en: 'This cycle id is already taken.' },
  'detail.cycleStartTaken': {
    id: 'Sudah ada siklus yang dimulai pada waktu yang sama.',
    en: 'Another cycle already starts at the same time.',
  },
  'detail.cycleStartAfterActivity': {
    id: 'Siklus baru harus dimulai setelah kuis terakhir yang dikirim, agar sertifikat yang sudah terbit tetap pada siklusnya. Pilih waktu mulai yang lebih baru.',
    en: 'A new cycle must start after the last submitted quiz, so certificates already issued keep their cycle. Choose a later start.',
  },
  'detail.cycleStarted': {
    id: 'Siklus ini sudah dimulai: waktu mulainya tidak dapat diubah lagi.',
    en: 'This cycle has started: its start can no longer be changed.',
  },
  'detail.cycleInUse': {
    id: 'Siklus ini sudah berisi kuis atau sertifikat dan tidak dapat dihapus.',
    en: 'This cycle already holds quizzes or certificates and cannot be deleted.',
  },
  // Field errors
  'cycle.id': {
    id: 'Gunakan 3–40 huruf kecil, angka atau tanda hubung, diawali huruf (mis. pilkada-2031).',
    en: 'Use 3–40 lower-case letters, digits or hyphens, starting with a letter (e.g. pilkada-2031).',
  },
  'cycle.name': { id: 'Isi nama 3–100 karakter.', en: 'Enter a name of 3–100 characters.' },
  'cycle.instant': {
    id: 'Isi tanggal (TTTT-BB-HH) atau tanggal dan jam ISO 8601; tanpa zona dibaca sebagai WIB.',
    en: 'Enter a date (YYYY-MM-DD) or an ISO 8601 date and time; without a zone it is read as WIB.',
  },
  'cycle.dueBeforeStart': { id: 'Tenggat harus setelah waktu mulai.', en: 'The due date must be after the start.' },
  'cycle.startInPast': {
    id: 'Waktu mulai baru harus di masa depan.',
    en: 'A new start must be in the future.',
  },
} as const;
