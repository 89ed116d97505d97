/**
 * Messages of the roster, personal links and report API (issue 12), in Indonesian and English. Spread
 * into the one message table (messages.ts), kept apart so the roster's wording lives in one file.
 */
export const rosterMessages = {
  // Problem details
  'detail.rosterEncoding': {
    id: 'Berkas bukan teks UTF-8, sehingga huruf seperti é atau ’ bisa rusak. Di Excel pilih Simpan Sebagai → "CSV UTF-8 (dibatasi koma)", lalu unggah lagi. Tidak ada yang diubah.',
    en: 'The file is not UTF-8 text, so letters such as é or ’ could be garbled. In Excel choose Save As → "CSV UTF-8 (Comma delimited)" and upload again. Nothing was changed.',
  },
  'detail.rosterEmpty': {
    id: 'Berkas tidak berisi baris data di bawah baris judul. Tidak ada yang diubah.',
    en: 'The file has no data rows under the header row. Nothing was changed.',
  },
  'detail.rosterTooLarge': {
    id: 'Berkas lebih dari 5 MB. Bagi per unit kerja atau hapus kolom yang tidak diperlukan. Tidak ada yang diubah.',
    en: 'The file is over 5 MB. Split it by work unit or remove columns that are not needed. Nothing was changed.',
  },
  'detail.rosterTooManyRows': {
    id: 'Berkas berisi lebih dari 50.000 baris. Tidak ada yang diubah.',
    en: 'The file has more than 50,000 rows. Nothing was changed.',
  },
  'detail.rosterMissingColumns': {
    id: 'Kolom wajib tidak ditemukan: {missing}. Baris judul berkas berisi: {found}. Gunakan judul seperti NIP, Nama, Unit Kerja (atau OPD), Email. Tidak ada yang diubah.',
    en: 'Required columns not found: {missing}. The file’s header row has: {found}. Use headers such as NIP, Nama (name), Unit Kerja (or OPD), Email. Nothing was changed.',
  },
  'detail.rosterContentType': { id: 'Kirim berkas dengan Content-Type: text/csv.', en: 'Send the file with Content-Type: text/csv.' },
  'detail.importNotFound': { id: 'Unggahan daftar pegawai ini tidak ditemukan.', en: 'This roster upload was not found.' },
  'detail.importNotStaged': {
    id: 'Unggahan ini sudah diterapkan atau dibatalkan. Unggah berkas lagi bila perlu.',
    en: 'This upload was already applied or discarded. Upload the file again if needed.',
  },
  'detail.importNothingValid': {
    id: 'Tidak ada baris yang valid di berkas ini, jadi daftar pegawai tidak diubah. Perbaiki baris yang ditolak lalu unggah lagi.',
    en: 'No row of this file is valid, so the roster was not changed. Correct the rejected lines and upload again.',
  },
  'detail.confirmLeavers': {
    id: '{leaving} dari {active} pegawai aktif (lebih dari 20 %) akan ditandai keluar karena tidak ada di berkas. Bila benar, terapkan lagi dengan konfirmasi.',
    en: '{leaving} of {active} active staff (more than 20%) would be marked as left because they are not in the file. If that is right, apply again with confirmation.',
  },
  'detail.alreadyRevoked': { id: 'Sertifikat ini sudah dicabut.', en: 'This certificate is already revoked.' },
  'detail.memberNotFound': {
    id: 'Pegawai dengan NIP ini tidak ada di daftar aktif instansi Anda.',
    en: 'No active member of your agency has this NIP.',
  },
  'detail.linkNotFound': {
    id: 'Tautan kuis pribadi ini tidak dikenal. Periksa apakah tautannya tersalin utuh, atau minta tautan baru ke bagian kepegawaian.',
    en: 'This personal quiz link is not recognised. Check that it was copied whole, or ask your HR office for a new one.',
  },
  'detail.linkExpired': {
    id: 'Tautan kuis pribadi ini sudah kedaluwarsa. Minta tautan baru ke bagian kepegawaian.',
    en: 'This personal quiz link has expired. Ask your HR office for a new one.',
  },
  'detail.linkUsed': {
    id: 'Tautan kuis pribadi ini sudah dipakai untuk lulus dan mendapatkan sertifikat.',
    en: 'This personal quiz link was already used to pass and receive a certificate.',
  },
  'detail.linkReplaced': {
    id: 'Tautan ini sudah diganti dengan tautan yang lebih baru. Pakai tautan terakhir dari bagian kepegawaian.',
    en: 'This link was replaced by a newer one. Use the latest link from your HR office.',
  },
  'detail.linkMemberLeft': {
    id: 'Pemilik tautan ini tidak lagi tercatat di daftar pegawai instansi. Hubungi bagian kepegawaian.',
    en: 'The holder of this link is no longer on the agency’s roster. Contact your HR office.',
  },

  // Field messages
  'link.invalid': { id: 'Tautan kuis pribadi tidak valid.', en: 'The personal quiz link is not valid.' },
  'link.withParticipant': {
    id: 'Dengan tautan pribadi, identitas diambil dari daftar pegawai: jangan kirim participant.',
    en: 'With a personal link the identity comes from the roster: do not send participant.',
  },
  'participant.required': { id: 'Isi identitas peserta atau pakai tautan pribadi.', en: 'Fill in the participant or use a personal link.' },
  'reason.tooShort': { id: 'Tulis alasan pencabutan (minimal 5 karakter).', en: 'Write the reason for revoking (at least 5 characters).' },
  'reason.tooLong': { id: 'Alasan maksimal 300 karakter.', en: 'The reason must be at most 300 characters.' },
  'cursor.invalid': {
    id: 'Penanda halaman tidak valid; mulai dari halaman pertama.',
    en: 'The page marker is not valid; start from the first page.',
  },

  // Roster line problems (preview)
  'nip.excelScientific': {
    id: 'NIP rusak oleh Excel (tertulis sebagai angka ilmiah, mis. 1,98503E+17). Format kolom NIP sebagai Teks, isi ulang NIP, lalu ekspor lagi.',
    en: 'NIP damaged by Excel (written in scientific notation, e.g. 1.98503E+17). Format the NIP column as Text, re-enter the NIPs and export again.',
  },
  'nip.excelRounded': {
    id: 'NIP kemungkinan rusak oleh Excel: tiga angka terakhir menjadi 000 karena dibulatkan. Format kolom NIP sebagai Teks dan isi ulang dari sumbernya.',
    en: 'NIP probably damaged by Excel: its last three digits became 000 when rounded. Format the NIP column as Text and re-enter it from the source.',
  },
  'unit.required': { id: 'Unit kerja wajib diisi.', en: 'Work unit is required.' },
  'unit.characters': {
    id: 'Unit kerja berisi karakter tak terlihat atau karakter kendali.',
    en: 'The work unit contains invisible or control characters.',
  },
  'row.duplicate': {
    id: 'NIP ini muncul {count} kali (baris {lines}). Semua salinan ditolak; sisakan satu baris saja.',
    en: 'This NIP occurs {count} times (lines {lines}). Every copy is rejected; keep only one line.',
  },
  'row.malformed': {
    id: 'Baris ini rusak: ada tanda kutip (") yang tidak ditutup.',
    en: 'This line is broken: a quotation mark (") is never closed.',
  },
} as const;
