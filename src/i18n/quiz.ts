/**
 * The quiz page's text, in Bahasa Indonesia and English side by side (see functions/i18n/localize.ts).
 *
 * `page` strings are rendered on the server; `client` strings are handed to the quiz script (kept
 * small: it ships to every quiz visitor). The field messages (NIP, name, agency, unit) are the API's
 * own (functions/i18n/messages.ts), so the form and the server never word a problem differently.
 */
import type { Locale } from '../../functions/schemas/content';
import { counted, localize, type Localized } from '../../functions/i18n/localize';
import { messageKeys, t, type MessageKey } from '../../functions/i18n/messages';

const table = {
  page: {
    title: { id: 'Kuis Netralitas ASN', en: 'ASN Neutrality Quiz' },
    description: {
      id: 'Uji pemahaman Anda tentang netralitas ASN dalam Pemilu dan Pilkada lewat 10 kasus, dan dapatkan sertifikat.',
      en: 'Test your understanding of civil servant (ASN) neutrality in elections with 10 cases, and earn a certificate.',
    },
    intro: {
      id: 'Sepuluh kasus sehari-hari tentang netralitas ASN dalam Pemilu dan Pilkada. Jawab satu per satu; Anda lulus bila paling sedikit 80% benar dan mendapat sertifikat yang bisa diperiksa siapa saja.',
      en: 'Ten everyday cases about ASN neutrality in general and regional elections. Answer them one at a time; you pass with at least 80% correct and receive a certificate anyone can verify.',
    },
    rules: {
      id: 'Waktu pengerjaan 30 menit sejak kuis dimulai. Nilai Anda muncul setelah semua jawaban dikirim.',
      en: 'You have 30 minutes from the start. You get your score once you send all your answers.',
    },
    noscript: {
      id: 'Kuis ini memerlukan JavaScript. Aktifkan JavaScript di peramban Anda, lalu muat ulang halaman ini.',
      en: 'This quiz needs JavaScript. Please turn JavaScript on in your browser, then reload this page.',
    },
    identityHeading: { id: 'Data diri', en: 'About you' },
    identityHelp: {
      id: 'Nama, NIP (sebagian disamarkan) dan instansi dicetak pada sertifikat. Semua isian wajib, kecuali unit kerja.',
      en: 'Your name, NIP (partly hidden) and agency are printed on the certificate. Every field is required except the work unit.',
    },
    privacyNotice: {
      id: 'NIP, nama, instansi, unit kerja, dan jawaban Anda disimpan untuk menilai kuis dan menerbitkan sertifikat. Percobaan kuis dihapus setelah 400 hari; sertifikat disimpan agar tetap bisa diperiksa. NIP lengkap hanya dapat dilihat instansi Anda sendiri.',
      en: 'Your NIP, name, agency, work unit and answers are stored to grade the quiz and issue the certificate. Quiz attempts are deleted after 400 days; certificates are kept so they can still be verified. Only your own agency can see your full NIP.',
    },
    privacyLink: { id: 'Pemberitahuan privasi', en: 'Privacy notice' },
    summaryHeading: { id: 'Periksa isian berikut', en: 'Please check the following' },
    nip: { id: 'NIP / NI PPPK', en: 'NIP / NI PPPK (civil servant number)' },
    nipHint: { id: '18 angka, misalnya 198503152010121001.', en: '18 digits, for example 198503152010121001.' },
    nipExplainTitle: { id: 'Apa itu NIP, NI PPPK dan TMT?', en: 'What are the NIP, the NI PPPK and the TMT?' },
    nipExplain: {
      id: 'NIP adalah nomor induk PNS; NI PPPK adalah nomor induk pegawai PPPK. Keduanya 18 angka dan tercetak di SK atau kartu pegawai Anda. Angka 1–8 adalah tanggal lahir (tahun, bulan, tanggal). Angka 9–14 adalah TMT (terhitung mulai tanggal): tahun dan bulan Anda mulai bekerja sebagai ASN; pada NI PPPK bagian bulannya berisi 21. Angka ke-15 adalah jenis kelamin (1 laki-laki, 2 perempuan) dan tiga angka terakhir nomor urut.',
      en: 'The NIP is a civil servant’s (PNS) staff number; the NI PPPK is a contract civil servant’s (PPPK) number. Both have 18 digits and are printed on your appointment letter or staff card. Digits 1–8 are your date of birth (year, month, day). Digits 9–14 are the TMT (start date): the year and month you started as a civil servant; in an NI PPPK the month part is 21. Digit 15 is the gender (1 male, 2 female) and the last three digits are a sequence number.',
    },
    name: { id: 'Nama lengkap', en: 'Full name' },
    nameHint: {
      id: 'Seperti yang ingin dicetak pada sertifikat, boleh dengan gelar.',
      en: 'As you want it printed on the certificate; titles are fine.',
    },
    agency: { id: 'Instansi', en: 'Agency' },
    agencyHint: {
      id: 'Ketik sedikitnya 2 huruf nama instansi, lalu pilih dari hasil pencarian.',
      en: 'Type at least 2 letters of your agency’s name, then pick it from the results.',
    },
    agencyResults: { id: 'Hasil pencarian instansi', en: 'Agency search results' },
    unit: { id: 'Unit kerja (opsional)', en: 'Work unit (optional)' },
    unitHint: { id: 'Misalnya Dinas Pendidikan atau Bagian Umum.', en: 'For example Education Office or General Affairs.' },
    start: { id: 'Mulai kuis', en: 'Start the quiz' },
    back: { id: 'Sebelumnya', en: 'Previous' },
    next: { id: 'Berikutnya', en: 'Next' },
    toReview: { id: 'Periksa jawaban', en: 'Review answers' },
    reviewHeading: { id: 'Periksa jawaban Anda', en: 'Review your answers' },
    reviewHelp: {
      id: 'Setelah dikirim, jawaban tidak bisa diubah lagi. Pilih "Ubah" untuk kembali ke soal.',
      en: 'Answers cannot be changed once submitted. Choose “Change” to go back to a question.',
    },
    yourAnswer: { id: 'Jawaban Anda', en: 'Your answer' },
    change: { id: 'Ubah', en: 'Change' },
    changeLabel: { id: 'Ubah jawaban soal {n}', en: 'Change the answer to question {n}' },
    submit: { id: 'Kirim jawaban', en: 'Submit answers' },
    resultHeading: { id: 'Hasil kuis', en: 'Quiz result' },
    feedbackHeading: { id: 'Pembahasan per soal', en: 'Feedback on each question' },
    correctAnswer: { id: 'Jawaban yang tepat', en: 'The right answer' },
    basis: { id: 'Dasar hukum', en: 'Legal basis' },
    certificateHeading: { id: 'Sertifikat Anda', en: 'Your certificate' },
    certificateCode: { id: 'Kode sertifikat', en: 'Certificate code' },
    certificateUse: {
      id: 'Simpan PDF-nya, lalu kirim PDF atau kodenya kepada atasan atau bagian kepegawaian (BKD) bila diminta. Siapa pun bisa memeriksa kode ini di halaman verifikasi.',
      en: 'Keep the PDF, and send it or the code to your manager or personnel office (BKD) when asked. Anyone can check this code on the verify page.',
    },
    verifyLink: { id: 'Buka halaman verifikasi sertifikat', en: 'Open the certificate verification page' },
    pdfLink: { id: 'Unduh sertifikat (PDF)', en: 'Download the certificate (PDF)' },
    copyCode: { id: 'Salin kode', en: 'Copy the code' },
    shareWhatsApp: { id: 'Bagikan ke WhatsApp', en: 'Share on WhatsApp' },
    lookupLink: { id: 'Cari sertifikat saya', en: 'Find my certificate' },
    lookupHint: {
      id: 'Kehilangan kode nanti? Cari lagi dengan NIP dan nama Anda:',
      en: 'Lose the code later? Find it again with your NIP and name:',
    },
    savedHeading: { id: 'Sertifikat terakhir Anda di perangkat ini', en: 'Your last certificate on this device' },
    savedHelp: {
      id: 'Disimpan di peramban ini saat Anda lulus, agar tidak hilang bila tab tertutup.',
      en: 'Kept in this browser when you passed, so it is not lost when the tab closes.',
    },
    forget: { id: 'Hapus dari perangkat ini', en: 'Remove from this device' },
    confirmHeading: { id: 'Mulai dari awal?', en: 'Start over?' },
    confirmText: {
      id: 'Hasil dan pembahasan ini akan ditutup. Sertifikat Anda tetap sah, tetap tersimpan di perangkat ini, dan bisa dicari lagi di halaman Cari sertifikat saya.',
      en: 'This result and its feedback will close. Your certificate stays valid, stays on this device, and can be found again on the Find my certificate page.',
    },
    confirmYes: { id: 'Ya, mulai dari awal', en: 'Yes, start over' },
    confirmNo: { id: 'Batal', en: 'Cancel' },
    retake: { id: 'Ulangi kuis', en: 'Take the quiz again' },
    startOver: { id: 'Mulai dari awal', en: 'Start over' },
    retry: { id: 'Coba lagi', en: 'Try again' },
  },
  client: {
    questionOf: { id: 'Soal {n} dari {total}', en: 'Question {n} of {total}' },
    chooseAnswer: { id: 'Pilih satu jawaban.', en: 'Choose one answer.' },
    searching: { id: 'Mencari…', en: 'Searching…' },
    agencyCount: counted({
      id: { other: '{n} instansi ditemukan. Pilih salah satu.' },
      en: { one: '{n} agency found. Pick it.', other: '{n} agencies found. Pick one.' },
    }),
    agencyNone: { id: 'Tidak ada instansi yang cocok. Coba kata lain.', en: 'No agency matches. Try another word.' },
    agencyTooShort: { id: 'Ketik sedikitnya 2 huruf.', en: 'Type at least 2 letters.' },
    agencyChosen: { id: 'Instansi terpilih: {name}.', en: 'Selected agency: {name}.' },
    busy: { id: 'Mohon tunggu…', en: 'Please wait…' },
    expiresAt: { id: 'Kirim jawaban sebelum pukul {time}.', en: 'Submit your answers before {time}.' },
    score: { id: 'Anda menjawab benar {score} dari {total} soal.', en: 'You answered {score} of {total} questions correctly.' },
    passed: { id: 'Selamat, Anda lulus (batas lulus {passMark}%).', en: 'Congratulations, you passed (pass mark {passMark}%).' },
    failed: {
      id: 'Anda belum lulus. Batas lulus {passMark}%. Pelajari pembahasan di bawah, lalu coba lagi.',
      en: 'You have not passed yet. The pass mark is {passMark}%. Study the feedback below, then try again.',
    },
    right: { id: 'Benar', en: 'Correct' },
    wrong: { id: 'Salah', en: 'Incorrect' },
    needed: { id: 'Anda perlu {need} dari {total} jawaban benar untuk lulus.', en: 'You need {need} of {total} right to pass.' },
    copied: { id: 'Kode {code} disalin.', en: 'Code {code} copied.' },
    copyFailed: {
      id: 'Tidak bisa menyalin otomatis. Tekan lama kode di atas untuk menyalinnya.',
      en: 'Could not copy automatically. Press and hold the code above to copy it.',
    },
    shareText: {
      id: 'Sertifikat Pelatihan Netralitas ASN saya ({code}). Periksa keasliannya:',
      en: 'My ASN neutrality training certificate ({code}). Check it here:',
    },
    questionsLanguage: {
      id: 'Soal kuis ini tetap dalam bahasa saat kuis dimulai.',
      en: 'This quiz’s questions stay in the language it was started in.',
    },
    offline: {
      id: 'Tidak dapat terhubung ke server. Jawaban Anda tersimpan di perangkat ini; periksa koneksi lalu coba lagi.',
      en: 'Cannot reach the server. Your answers are saved on this device; check your connection and try again.',
    },
    serverError: {
      id: 'Terjadi gangguan di server. Jawaban Anda tersimpan; coba lagi sebentar lagi.',
      en: 'Something went wrong on the server. Your answers are saved; please try again shortly.',
    },
    // Before the quiz starts there are no answers yet: the form's entries are what stays.
    offlineStart: {
      id: 'Tidak dapat terhubung ke server. Isian Anda tetap di halaman ini; periksa koneksi lalu coba lagi.',
      en: 'Cannot reach the server. What you entered stays on this page; check your connection and try again.',
    },
    serverErrorStart: {
      id: 'Terjadi gangguan di server. Isian Anda tetap di halaman ini; coba lagi sebentar lagi.',
      en: 'Something went wrong on the server. What you entered stays on this page; please try again shortly.',
    },
    tooMany: {
      id: 'Terlalu banyak permintaan dari jaringan Anda. Coba lagi dalam {n} detik.',
      en: 'Too many requests from your network. Try again in {n} seconds.',
    },
    expired: {
      id: 'Waktu pengerjaan (30 menit) sudah habis, jadi jawaban ini tidak bisa dinilai. Mulai kuis baru dengan soal baru.',
      en: 'The 30 minutes are up, so these answers can no longer be graded. Start a new quiz with new questions.',
    },
    fields: {
      nip: { id: 'NIP', en: 'NIP' },
      name: { id: 'Nama lengkap', en: 'Full name' },
      agency: { id: 'Instansi', en: 'Agency' },
      unit: { id: 'Unit kerja', en: 'Work unit' },
    },
  },
};

export type QuizStrings = Localized<typeof table>;
export type ClientStrings = QuizStrings['client'];

export const quizStrings: Record<Locale, QuizStrings> = { id: localize(table, 'id'), en: localize(table, 'en') };

/** The participant fields' messages from the API's table, which the quiz script shows for the same rules. */
const fieldMessageRe = /^(nip|name|agency|unit)\./;

/** Every field message the quiz form can show, in one language, by message key. */
export function fieldMessages(lang: Locale): Partial<Record<MessageKey, string>> {
  return Object.fromEntries(messageKeys.filter((key) => fieldMessageRe.test(key)).map((key) => [key, t(lang, key)]));
}
