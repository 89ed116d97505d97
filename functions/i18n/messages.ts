/**
 * The API's user-facing messages, in Indonesian and English side by side (the table shape of localize.ts,
 * shared with the site's text in src/i18n/). Validation issues carry these keys.
 */
import type { Locale } from '../schemas/content';
import { fill } from './format';
import { rosterMessages } from './roster-messages';
import { reminderMessages } from './reminder-messages';
import { cycleMessages } from './cycle-messages';
import { exportMessages } from './export-messages';

const messages = {
  // Problem titles, by HTTP status
  'status.400': { id: 'Permintaan tidak valid', en: 'Invalid request' },
  'status.401': { id: 'Perlu masuk', en: 'Sign-in required' },
  'status.403': { id: 'Tidak diizinkan', en: 'Forbidden' },
  'status.404': { id: 'Tidak ditemukan', en: 'Not found' },
  'status.405': { id: 'Metode tidak didukung', en: 'Method not allowed' },
  'status.409': { id: 'Bertentangan dengan data yang ada', en: 'Conflict' },
  'status.410': { id: 'Sudah kedaluwarsa', en: 'Expired' },
  'status.413': { id: 'Permintaan terlalu besar', en: 'Request too large' },
  'status.415': { id: 'Format permintaan tidak didukung', en: 'Unsupported request format' },
  'status.429': { id: 'Terlalu banyak permintaan', en: 'Too many requests' },
  'status.500': { id: 'Terjadi kesalahan di server', en: 'Server error' },
  'status.503': { id: 'Layanan sedang tidak tersedia', en: 'Service unavailable' },

  // Problem details
  'detail.validation': { id: 'Ada isian yang perlu diperbaiki.', en: 'Some fields need correcting.' },
  'detail.invalidJson': { id: 'Isi permintaan bukan JSON yang valid.', en: 'The request body is not valid JSON.' },
  'detail.unsupportedMediaType': {
    id: 'Kirim data dengan Content-Type: application/json.',
    en: 'Send the data with Content-Type: application/json.',
  },
  'detail.tooLarge': { id: 'Isi permintaan melebihi batas 16 KB.', en: 'The request body is over the 16 KB limit.' },
  'detail.rateLimited': {
    id: 'Terlalu banyak percobaan dari perangkat ini. Coba lagi dalam {seconds} detik.',
    en: 'Too many tries from this device. Try again in {seconds} seconds.',
  },
  'detail.lookupRateLimited': {
    id: 'Terlalu banyak pencarian sertifikat untuk NIP ini atau dari perangkat ini. Coba lagi dalam {seconds} detik.',
    en: 'Too many certificate searches for this NIP or from this device. Try again in {seconds} seconds.',
  },
  'detail.retakeCooldown': {
    id: 'Anda sudah {failures} kali berturut-turut belum lulus. Baca dulu pembahasan dan materi aturannya; kuis bisa diulang dalam {minutes} menit.',
    en: 'You have not passed {failures} times in a row. Read the feedback and the rules first; you can retake the quiz in {minutes} minutes.',
  },
  'detail.dailyAttemptLimit': {
    id: 'NIP ini sudah memulai {max} kuis dalam 24 jam terakhir, batas per hari. Kuis bisa dimulai lagi dalam {hours} jam.',
    en: 'This NIP has started {max} quizzes in the last 24 hours, the daily limit. You can start again in {hours} hours.',
  },
  'detail.unauthorized': { id: 'Anda perlu masuk untuk membuka ini.', en: 'You need to sign in for this.' },
  'detail.signInRequired': {
    id: 'Anda perlu masuk dengan akun instansi. Sesi Anda mungkin sudah berakhir; silakan masuk lagi.',
    en: 'You need to sign in with an agency account. Your session may have ended; please sign in again.',
  },
  'detail.loginFailed': {
    id: 'Email atau kata sandi salah, atau akun ini dinonaktifkan.',
    en: 'Wrong email or password, or this account is disabled.',
  },
  'detail.loginThrottled': {
    id: 'Terlalu banyak percobaan masuk. Tunggu {seconds} detik, lalu coba lagi.',
    en: 'Too many sign-in attempts. Wait {seconds} seconds, then try again.',
  },
  'detail.roleForbidden': {
    id: 'Peran akun Anda tidak mengizinkan tindakan ini.',
    en: 'Your account role does not allow this.',
  },
  'detail.crossOrigin': {
    id: 'Permintaan ini ditolak: perubahan hanya boleh dikirim dari situs ini sendiri.',
    en: 'This request was refused: changes may only be sent from this site itself.',
  },
  'detail.tokenInvalid': {
    id: 'Tautan ini tidak berlaku lagi (sudah dipakai atau kedaluwarsa). Minta tautan baru kepada admin instansi Anda.',
    en: 'This link no longer works (already used or expired). Ask your agency admin for a new one.',
  },
  'detail.userNotFound': { id: 'Pengguna tidak ditemukan di instansi Anda.', en: 'No such user in your agency.' },
  'detail.emailTaken': {
    id: 'Email ini sudah terdaftar. Setiap orang hanya memiliki satu akun.',
    en: 'This email is already registered. Each person has one account.',
  },
  'detail.lastAdmin': {
    id: 'Instansi harus tetap memiliki setidaknya satu admin aktif. Jadikan orang lain admin terlebih dahulu.',
    en: 'The agency must keep at least one active admin. Make someone else an admin first.',
  },
  'detail.forbidden': {
    id: 'Permintaan ini ditolak: kirim dari situs ini sendiri.',
    en: 'This request was refused: send it from this site itself.',
  },
  'detail.payloadTooLarge': { id: 'Isi permintaan terlalu besar.', en: 'The request body is too large.' },
  'detail.rateLimitedGeneric': { id: 'Terlalu banyak permintaan. Coba lagi nanti.', en: 'Too many requests. Try again later.' },
  'detail.unavailable': { id: 'Layanan sedang tidak tersedia. Coba lagi nanti.', en: 'The service is unavailable. Try again later.' },
  'detail.notFound': { id: 'Alamat ini tidak ada.', en: 'There is nothing at this address.' },
  'detail.methodNotAllowed': {
    id: 'Metode HTTP ini tidak didukung di alamat ini.',
    en: 'This HTTP method is not supported at this address.',
  },
  'detail.attemptNotFound': { id: 'Sesi kuis tidak ditemukan. Mulai kuis baru.', en: 'Quiz session not found. Start a new quiz.' },
  'detail.attemptExpired': {
    id: 'Waktu sesi kuis (30 menit) sudah habis. Mulai kuis baru.',
    en: 'The quiz session (30 minutes) has expired. Start a new quiz.',
  },
  'detail.alreadySubmitted': {
    id: 'Kuis ini sudah dikirim dengan jawaban lain. Jawaban tidak bisa diubah; mulai kuis baru bila ingin mencoba lagi.',
    en: 'This quiz was already submitted with other answers. Answers cannot be changed; start a new quiz to try again.',
  },
  'detail.answersMismatch': {
    id: 'Jawaban tidak cocok dengan soal yang diberikan.',
    en: 'The answers do not match the questions given.',
  },
  'detail.certificateNotFound': { id: 'Sertifikat dengan kode ini tidak ditemukan.', en: 'No certificate has this code.' },
  'detail.internal': {
    id: 'Terjadi kesalahan di pihak kami. Data Anda tidak tersimpan setengah jalan; silakan coba lagi.',
    en: 'Something went wrong on our side. Nothing was half-saved; please try again.',
  },
  'detail.notConfigured': { id: 'Layanan sertifikat belum dikonfigurasi.', en: 'The certificate service is not configured.' },

  // Agency search hints (GET /api/agencies)
  'agencySearch.unit': {
    id: 'Sekolah, puskesmas, dinas, dan kantor kecamatan atau desa bukan instansi tersendiri: guru, tenaga kesehatan, dan pegawainya termasuk pemerintah kabupaten/kota (atau provinsi) tempat mereka bekerja. Pilih pemerintah kabupaten/kotanya (ketik misalnya "Penajam Paser Utara" atau "PPU"), lalu tulis nama sekolah atau unitnya di kolom "Unit kerja".',
    en: 'Schools, health centres (puskesmas), dinas and district or village offices are not agencies of their own: teachers, health workers and their staff belong to the kabupaten/kota (or province) government they work for. Choose that government (type, for example, "Penajam Paser Utara" or "PPU"), then write the school or unit in the "Work unit" field.',
  },
  'agencySearch.noMatch': {
    id: 'Tidak ada instansi yang cocok. Ketik nama kabupaten, kota, atau provinsi (misalnya "Penajam Paser Utara", "PPU", atau "Kaltim"), atau nama atau singkatan kementerian/lembaga (misalnya "Kemenag" atau "BKN"). Guru dan tenaga kesehatan daerah memilih pemerintah kabupaten/kotanya; nama sekolah atau puskesmas ditulis di kolom "Unit kerja".',
    en: 'No agency matches. Type the name of a kabupaten, city or province (for example "Penajam Paser Utara", "PPU" or "Kaltim"), or the name or short name of a ministry or agency (for example "Kemenag" or "BKN"). Regional teachers and health workers choose their kabupaten/kota government; the school or health centre goes in the "Work unit" field.',
  },

  // Field messages (validation issue keys)
  'nip.required': { id: 'NIP wajib diisi.', en: 'NIP is required.' },
  'nip.format': { id: 'NIP harus 18 angka.', en: 'NIP must be 18 digits.' },
  'nip.separator': {
    id: 'NIP berisi spasi khusus atau karakter tak terlihat (sering terbawa saat menyalin-tempel). Gunakan angka saja; spasi biasa, titik, atau tanda hubung boleh sebagai pemisah.',
    en: 'The NIP contains a special space or an invisible character (often carried over by copy and paste). Use digits only; ordinary spaces, dots or dashes may separate them.',
  },
  'nip.birthDate': {
    id: 'Angka 1–8 NIP (tanggal lahir, TTTTBBHH) bukan tanggal yang benar.',
    en: 'Digits 1–8 of the NIP (birth date, YYYYMMDD) are not a real date.',
  },
  'nip.tmt': {
    id: 'Angka 9–14 NIP (TMT, TTTTBB) bukan bulan yang benar.',
    en: 'Digits 9–14 of the NIP (start of service, YYYYMM) are not a real month.',
  },
  'nip.tmtBeforeBirth': {
    id: 'TMT pada NIP (angka 9–14) lebih awal dari tanggal lahir (angka 1–8).',
    en: 'The start of service in the NIP (digits 9–14) is before the birth date (digits 1–8).',
  },
  'nip.gender': { id: 'Angka ke-15 NIP (jenis kelamin) harus 1 atau 2.', en: 'Digit 15 of the NIP (gender) must be 1 or 2.' },
  'nip.sequence': { id: 'Angka 16–18 NIP (nomor urut) tidak boleh 000.', en: 'Digits 16–18 of the NIP (sequence number) cannot be 000.' },
  'name.required': { id: 'Nama wajib diisi.', en: 'Name is required.' },
  'name.tooShort': { id: 'Nama minimal 2 huruf.', en: 'Name must be at least 2 letters.' },
  'name.tooLong': { id: 'Nama maksimal 100 karakter.', en: 'Name must be at most 100 characters.' },
  'name.characters': {
    id: "Nama hanya boleh berisi huruf, spasi, dan tanda . , ' -",
    en: "Name may contain only letters, spaces and . , ' -",
  },
  'name.invisible': {
    id: 'Nama berisi karakter tak terlihat atau karakter kontrol (sering terbawa saat menyalin-tempel). Ketik ulang nama Anda.',
    en: 'The name contains an invisible or control character (often carried over by copy and paste). Type your name again.',
  },
  'name.stackedMarks': {
    id: 'Nama berisi lebih dari dua tanda diakritik bertumpuk pada satu huruf.',
    en: 'The name has more than two accent marks stacked on one letter.',
  },
  'agency.required': { id: 'Pilih instansi Anda.', en: 'Choose your agency.' },
  'agency.unknown': { id: 'Instansi tidak dikenal. Pilih dari daftar.', en: 'Unknown agency. Choose one from the list.' },
  'unit.tooLong': { id: 'Unit kerja maksimal 120 karakter.', en: 'Work unit must be at most 120 characters.' },
  'unit.invisible': {
    id: 'Unit kerja berisi karakter tak terlihat atau karakter kontrol (sering terbawa saat menyalin-tempel). Ketik ulang unit kerja Anda.',
    en: 'The work unit contains an invisible or control character (often carried over by copy and paste). Type the work unit again.',
  },
  'unit.stackedMarks': {
    id: 'Unit kerja berisi lebih dari dua tanda diakritik bertumpuk pada satu huruf.',
    en: 'The work unit has more than two accent marks stacked on one letter.',
  },
  'unit.formula': { id: 'Unit kerja tidak boleh diawali tanda = + - atau @.', en: 'The work unit cannot start with = + - or @.' },
  'unit.markup': { id: 'Unit kerja tidak boleh berisi tanda < atau >.', en: 'The work unit cannot contain < or >.' },
  'locale.invalid': { id: 'Bahasa harus "id" atau "en".', en: 'Language must be "id" or "en".' },
  'query.tooLong': { id: 'Kata pencarian maksimal 100 karakter.', en: 'The search text must be at most 100 characters.' },
  'answers.required': { id: 'Daftar jawaban wajib diisi.', en: 'The list of answers is required.' },
  'answers.invalid': { id: 'Setiap jawaban perlu questionId dan optionId.', en: 'Each answer needs a questionId and an optionId.' },
  'answers.mismatch': { id: 'Jumlah jawaban tidak cocok dengan soal.', en: 'The number of answers does not match the questions.' },
  'answers.unknownQuestion': { id: 'Soal ini bukan bagian dari kuis Anda.', en: 'This question is not part of your quiz.' },
  'answers.duplicate': { id: 'Soal ini dijawab lebih dari sekali.', en: 'This question is answered more than once.' },
  'answers.unknownOption': {
    id: 'Pilihan jawaban ini tidak ada untuk soal tersebut.',
    en: 'This option does not exist for that question.',
  },
  'answers.missing': { id: 'Semua soal harus dijawab.', en: 'Every question must be answered.' },
  'email.invalid': { id: 'Masukkan alamat email yang benar.', en: 'Enter a valid email address.' },
  'password.required': { id: 'Kata sandi wajib diisi.', en: 'Password is required.' },
  'password.tooShort': { id: 'Kata sandi minimal 12 karakter.', en: 'The password must be at least 12 characters.' },
  'password.tooLong': { id: 'Kata sandi maksimal 128 karakter.', en: 'The password must be at most 128 characters.' },
  'password.equalsEmail': { id: 'Kata sandi tidak boleh sama dengan email Anda.', en: 'The password must not be your email.' },
  'role.invalid': { id: 'Peran harus HR instansi atau admin instansi.', en: 'The role must be agency HR or agency admin.' },
  'userName.tooLong': { id: 'Nama maksimal 100 karakter.', en: 'The name must be at most 100 characters.' },
  'field.required': { id: 'Wajib diisi.', en: 'Required.' },
  'field.invalid': { id: 'Nilai tidak valid.', en: 'Invalid value.' },
  'field.unexpected': { id: 'Isian ini tidak dikenal.', en: 'This field is not recognised.' },
  ...rosterMessages,
  ...reminderMessages,
  ...cycleMessages,
  ...exportMessages,
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof messages;

/** Every message key, e.g. for a page that hands the field messages to its script. */
export const messageKeys = Object.keys(messages) as MessageKey[];

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

/**
 * A message in the given language, with {placeholders} filled (`fill` in format.ts, the site's filler too).
 * @example t('en', 'detail.rateLimited', { seconds: 60 }) // 'Too many tries from this device. Try again in 60 seconds.'
 */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill(messages[key][locale], params);
}
