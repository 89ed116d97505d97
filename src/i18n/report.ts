/** Interface text of the completion report and roster pages, in Indonesian and English, and number formats. */
import type { Locale } from '../../functions/schemas/content';

const id = {
  report: {
    heading: 'Laporan penyelesaian',
    lead: 'Pegawai dihitung dari daftar pegawai yang Anda unggah; sertifikat dari kuis yang menyebut instansi Anda.',
    noRoster: 'Belum ada daftar pegawai. Unggah daftar pegawai agar laporan bisa menghitung siapa yang belum lulus.',
    uploadRoster: 'Unggah daftar pegawai',
    headcount: 'Pegawai di daftar',
    certified: 'Sudah bersertifikat',
    certifiedDetail: '{confirmed} lewat tautan pribadi (dikonfirmasi daftar pegawai), {self} diisi sendiri dengan NIP yang ada di daftar',
    pending: 'Belum lulus',
    completion: 'Penyelesaian',
    notOnRoster: 'Pemegang sertifikat di luar daftar',
    notOnRosterHint:
      'Sertifikat yang menyebut instansi Anda dengan NIP yang tidak ada di daftar pegawai aktif. Tidak dihitung dalam penyelesaian.',
    attempts: 'Percobaan kuis',
    passRate: 'Tingkat kelulusan',
    averageScore: 'Rata-rata skor',
    revoked: 'Sertifikat dicabut',
    byUnit: 'Per unit kerja',
    sortBy: 'Urutkan menurut {column}',
    unit: 'Unit kerja',
    confirmedShort: 'lewat tautan',
    recent: 'Sertifikat terbaru',
    noCertificates: 'Belum ada sertifikat.',
    code: 'Kode',
    name: 'Nama',
    nip: 'NIP',
    identity: 'Identitas',
    issued: 'Terbit',
    status: 'Status',
    score: 'Skor',
    valid: 'Berlaku',
    revokedStatus: 'Dicabut',
    rosterConfirmed: 'Dikonfirmasi daftar pegawai',
    selfDeclared: 'Diisi sendiri',
    offRoster: 'di luar daftar',
    revoke: 'Cabut',
    revokeReason: 'Alasan pencabutan',
    revokeHint: 'Tercatat di log audit dan tampil sebagai dicabut di halaman verifikasi.',
    revokeSubmit: 'Cabut sertifikat ini',
    pendingLink: 'Lihat yang belum lulus',
    zoneNote: 'Tanggal menurut waktu setempat instansi ({zone}).',
  },
  national: {
    heading: 'Gambaran nasional',
    lead: 'Hanya angka per instansi dan provinsi: tidak ada nama atau NIP (UU 27/2022 tentang Pelindungan Data Pribadi).',
    agencies: 'Instansi',
    province: 'Provinsi',
    central: 'Instansi pusat',
    totals: 'Total nasional',
    byProvince: 'Per provinsi',
    ranking: 'Peringkat instansi menurut penyelesaian',
    agency: 'Instansi',
    holders: 'Pemegang sertifikat',
    empty: 'Belum ada instansi dengan daftar pegawai atau sertifikat.',
  },
  roster: {
    title: 'Daftar pegawai',
    description: 'Unggah daftar pegawai instansi (CSV), periksa pratinjau, lalu terapkan; buat tautan kuis pribadi.',
    uploadHeading: 'Unggah daftar pegawai',
    uploadLead:
      'Berkas CSV dari SIASN/SIMPEG atau Excel, maksimal 5 MB dan 50.000 baris. Baris judul berisi NIP, Nama, Unit Kerja (atau OPD/Perangkat Daerah) dan boleh Email. Pemisah titik koma atau koma dikenali otomatis.',
    excelTip:
      'Dari Excel: Simpan Sebagai → "CSV UTF-8 (dibatasi koma)". Format kolom NIP sebagai Teks sebelum mengisi, agar 18 angkanya tidak dibulatkan.',
    template: 'Unduh contoh berkas',
    file: 'Berkas CSV',
    upload: 'Periksa berkas',
    uploading: 'Memeriksa…',
    previewHeading: 'Pratinjau unggahan',
    previewLead: 'Belum ada yang berubah. Periksa angka di bawah, lalu terapkan atau batalkan.',
    rows: 'Baris data',
    valid: 'Baris valid',
    rejected: 'Baris ditolak',
    toAdd: 'Akan ditambahkan',
    toUpdate: 'Akan diperbarui',
    unchanged: 'Tidak berubah',
    toLeave: 'Akan ditandai keluar',
    newUnits: 'Unit kerja baru',
    leavingHeading: 'Yang akan ditandai keluar (tidak ada di berkas)',
    leavingMore: 'dan {count} lainnya',
    rejectedHeading: 'Baris yang ditolak',
    rejectedMore: 'Ditampilkan {shown} dari {total} baris yang ditolak.',
    line: 'Baris',
    reasons: 'Alasan',
    apply: 'Terapkan daftar ini',
    confirmLeavers: 'Saya mengerti bahwa {count} pegawai akan ditandai keluar (riwayatnya tetap disimpan).',
    discard: 'Batalkan unggahan',
    nothingValid: 'Tidak ada baris valid: daftar pegawai tidak akan diubah. Perbaiki berkas lalu unggah lagi.',
    applied: 'Daftar pegawai diperbarui: {added} ditambahkan, {updated} diperbarui, {left} ditandai keluar.',
    discarded: 'Unggahan dibatalkan; daftar pegawai tidak berubah.',
    linksHeading: 'Tautan kuis pribadi',
    linksLead:
      'Setiap pegawai di daftar bisa mendapat tautan kuis pribadi (berlaku 60 hari). Kuis dari tautan ini memakai NIP, nama, dan unit dari daftar pegawai, dan sertifikatnya ditandai "dikonfirmasi daftar pegawai".',
    createLinks: 'Buat tautan untuk yang belum lulus',
    linksCreated: '{count} tautan baru dibuat.',
    download: 'Unduh tautan (CSV) untuk surat massal',
    downloadHint: 'Buka lewat Data → Dari Teks/CSV dan jadikan kolom NIP Teks, agar NIP tidak rusak.',
  },
  pending: {
    title: 'Belum lulus',
    description: 'Pegawai di daftar yang belum memiliki sertifikat berlaku, per unit kerja.',
    filter: 'Unit kerja',
    allUnits: 'Semua unit kerja',
    show: 'Tampilkan',
    count: '{count} pegawai belum lulus.',
    none: 'Semua pegawai di daftar sudah lulus.',
    noRoster: 'Belum ada daftar pegawai.',
    email: 'Email',
    link: 'Tautan pribadi',
    makeLink: 'Buat tautan',
    linkFor: 'Buat tautan kuis pribadi untuk {name}',
    linkReady: 'Tautan untuk {name} (berlaku sampai {until}):',
    next: 'Halaman berikutnya',
    first: 'Kembali ke halaman pertama',
    groupTitle: 'Pesan untuk grup WhatsApp',
    groupLead:
      'Tempel pesan ini di grup unit kerja atau instansi. Isinya alamat kuis, batas waktu dan jumlah yang belum lulus, tanpa nama atau NIP siapa pun.',
    groupLabel: 'Pesan (bisa diubah setelah disalin)',
    groupShare: 'Bagikan lewat WhatsApp',
    remindTitle: 'Kirim pengingat',
    remindLead:
      'Setiap pegawai yang belum lulus dan punya email di daftar menerima email berisi tautan kuis pribadinya: tautan yang sudah ia pegang, atau tautan baru bila masa berlakunya tinggal kurang dari seminggu. Paling banyak satu pengingat per orang per minggu; 500 email per pengiriman.',
    remindUnit: 'Hanya unit kerja yang dipilih di atas: {unit}.',
    remindButton: 'Kirim pengingat',
    remindDone: '{sent} pengingat terkirim. Dilewati: {noEmail} tanpa email, {recent} sudah diingatkan minggu ini. Gagal: {failed}.',
    remindMore: 'Masih ada {remaining} orang lagi: kirim sekali lagi.',
    remindCsv:
      'Email belum dikonfigurasi di server ini, jadi tidak ada yang dikirim. Tautan pribadi sudah disiapkan untuk semua yang belum lulus: unduh CSV untuk mail merge dari aplikasi email Anda.',
    remindCsvLink: 'Unduh CSV tautan (mail merge)',
    reminded: 'diingatkan {date}',
  },
  quizLink: {
    lead: 'Kuis ini dibuka dari tautan pribadi Anda. Identitas diambil dari daftar pegawai instansi dan tidak dapat diubah; sertifikatnya ditandai "dikonfirmasi daftar pegawai". Bila data ini bukan Anda, jangan lanjutkan dan hubungi bagian kepegawaian.',
  },
  identity: {
    label: 'Identitas',
    roster: 'Dikonfirmasi daftar pegawai instansi (kuis dari tautan pribadi)',
    self: 'Diisi sendiri oleh peserta',
  },
  charts: {
    unitBarsTitle: 'Penyelesaian per unit kerja',
    unitBarsDesc: 'Batang mendatar: persentase pegawai tiap unit yang sudah memiliki sertifikat.',
    unit: 'Unit kerja',
    completion: 'Penyelesaian',
    certifiedOfHeadcount: 'Bersertifikat / jumlah',
    dailyTitle: 'Sertifikat per hari',
    dailyDesc: 'Kolom: jumlah sertifikat yang terbit tiap hari ({zone}), {from} sampai {to}; total {total}.',
    day: 'Tanggal',
    certificates: 'Sertifikat',
    cumulative: 'Kumulatif',
    histogramTitle: 'Sebaran skor',
    histogramDesc: 'Kolom: jumlah percobaan untuk tiap skor 0–10; {attempts} percobaan.',
    score: 'Skor',
    attempts: 'Percobaan',
    noData: 'Belum ada data.',
    axis: 'Sumbu nilai',
  },
};

type Strings = typeof id;

const en: Strings = {
  report: {
    heading: 'Completion report',
    lead: 'Staff are counted from the roster you upload; certificates from quizzes naming your agency.',
    noRoster: 'No roster yet. Upload your staff list so the report can tell who has not passed.',
    uploadRoster: 'Upload the roster',
    headcount: 'Staff on the roster',
    certified: 'Certified',
    certifiedDetail: '{confirmed} through their personal link (confirmed by the roster), {self} typed by hand with a NIP on the roster',
    pending: 'Not passed yet',
    completion: 'Completion',
    notOnRoster: 'Certificate holders not on the roster',
    notOnRosterHint: 'Certificates naming your agency whose NIP is not on the active roster. Not counted in completion.',
    attempts: 'Quiz attempts',
    passRate: 'Pass rate',
    averageScore: 'Average score',
    revoked: 'Revoked certificates',
    byUnit: 'By work unit',
    sortBy: 'Sort by {column}',
    unit: 'Work unit',
    confirmedShort: 'via link',
    recent: 'Latest certificates',
    noCertificates: 'No certificates yet.',
    code: 'Code',
    name: 'Name',
    nip: 'NIP',
    identity: 'Identity',
    issued: 'Issued',
    status: 'Status',
    score: 'Score',
    valid: 'Valid',
    revokedStatus: 'Revoked',
    rosterConfirmed: 'Confirmed by the roster',
    selfDeclared: 'Self-declared',
    offRoster: 'not on the roster',
    revoke: 'Revoke',
    revokeReason: 'Reason for revoking',
    revokeHint: 'Recorded in the audit log and shown as revoked on the verify page.',
    revokeSubmit: 'Revoke this certificate',
    pendingLink: 'See who has not passed',
    zoneNote: "Dates in the agency's local time ({zone}).",
  },
  national: {
    heading: 'National overview',
    lead: 'Figures per agency and province only: no names or NIPs (Law 27/2022 on personal data protection).',
    agencies: 'Agencies',
    province: 'Province',
    central: 'Central agencies',
    totals: 'National totals',
    byProvince: 'By province',
    ranking: 'Agencies ranked by completion',
    agency: 'Agency',
    holders: 'Certificate holders',
    empty: 'No agency has a roster or certificates yet.',
  },
  roster: {
    title: 'Staff roster',
    description: "Upload your agency's staff list (CSV), check the preview, then apply it; make personal quiz links.",
    uploadHeading: 'Upload the roster',
    uploadLead:
      'A CSV file from SIASN/SIMPEG or Excel, at most 5 MB and 50,000 rows. The header row holds NIP, Nama (name), Unit Kerja (or OPD/Perangkat Daerah) and optionally Email. Semicolons or commas are recognised.',
    excelTip:
      'From Excel: Save As → "CSV UTF-8 (Comma delimited)". Format the NIP column as Text before filling it in, so its 18 digits are not rounded.',
    template: 'Download a sample file',
    file: 'CSV file',
    upload: 'Check the file',
    uploading: 'Checking…',
    previewHeading: 'Upload preview',
    previewLead: 'Nothing has changed yet. Check the figures below, then apply or discard.',
    rows: 'Data rows',
    valid: 'Valid rows',
    rejected: 'Rejected rows',
    toAdd: 'To be added',
    toUpdate: 'To be updated',
    unchanged: 'Unchanged',
    toLeave: 'To be marked as left',
    newUnits: 'New work units',
    leavingHeading: 'To be marked as left (not in the file)',
    leavingMore: 'and {count} more',
    rejectedHeading: 'Rejected lines',
    rejectedMore: 'Showing {shown} of {total} rejected lines.',
    line: 'Line',
    reasons: 'Reasons',
    apply: 'Apply this roster',
    confirmLeavers: 'I understand that {count} staff will be marked as left (their history is kept).',
    discard: 'Discard the upload',
    nothingValid: 'No valid line: the roster will not be changed. Correct the file and upload it again.',
    applied: 'Roster updated: {added} added, {updated} updated, {left} marked as left.',
    discarded: 'Upload discarded; the roster is unchanged.',
    linksHeading: 'Personal quiz links',
    linksLead:
      'Everyone on the roster can get a personal quiz link (valid 60 days). A quiz from such a link uses the NIP, name and unit on the roster, and its certificate is marked "confirmed by the roster".',
    createLinks: 'Make links for those not passed yet',
    linksCreated: '{count} new links made.',
    download: 'Download the links (CSV) for a mail merge',
    downloadHint: 'Open it through Data → From Text/CSV and make the NIP column Text, so NIPs are not damaged.',
  },
  pending: {
    title: 'Not passed yet',
    description: 'Staff on the roster without a valid certificate, by work unit.',
    filter: 'Work unit',
    allUnits: 'All work units',
    show: 'Show',
    count: '{count} staff have not passed yet.',
    none: 'Everyone on the roster has passed.',
    noRoster: 'No roster yet.',
    email: 'Email',
    link: 'Personal link',
    makeLink: 'Make link',
    linkFor: 'Make a personal quiz link for {name}',
    linkReady: 'Link for {name} (valid until {until}):',
    next: 'Next page',
    first: 'Back to the first page',
    groupTitle: 'Message for a WhatsApp group',
    groupLead:
      'Paste this message in the unit’s or agency’s group. It holds the quiz address, the due date and how many have not passed, with no one’s name or NIP. It is in Indonesian, the group’s language.',
    groupLabel: 'Message (edit it after copying if you like)',
    groupShare: 'Share on WhatsApp',
    remindTitle: 'Send reminders',
    remindLead:
      'Every member who has not passed and has an email address on the roster receives an email with their personal quiz link: the one they already hold, or a new one if it runs out within a week. At most one reminder per person per week; 500 emails per send.',
    remindUnit: 'Only the work unit chosen above: {unit}.',
    remindButton: 'Send reminders',
    remindDone: '{sent} reminders sent. Skipped: {noEmail} without email, {recent} already reminded this week. Failed: {failed}.',
    remindMore: '{remaining} more people left: send again.',
    remindCsv:
      'Email is not configured on this server, so nothing was sent. Personal links are ready for everyone who has not passed: download the CSV for a mail merge in your email program.',
    remindCsvLink: 'Download the links CSV (mail merge)',
    reminded: 'reminded {date}',
  },
  quizLink: {
    lead: 'This quiz was opened from your personal link. Your identity comes from your agency’s staff roster and cannot be changed; the certificate is marked "confirmed by the roster". If these details are not yours, do not continue and contact your HR office.',
  },
  identity: {
    label: 'Identity',
    roster: "Confirmed by the agency's staff roster (quiz from a personal link)",
    self: 'Typed by the participant',
  },
  charts: {
    unitBarsTitle: 'Completion by work unit',
    unitBarsDesc: 'Horizontal bars: the share of each unit’s staff who hold a certificate.',
    unit: 'Work unit',
    completion: 'Completion',
    certifiedOfHeadcount: 'Certified / headcount',
    dailyTitle: 'Certificates per day',
    dailyDesc: 'Columns: certificates issued each day ({zone}), {from} to {to}; {total} in total.',
    day: 'Date',
    certificates: 'Certificates',
    cumulative: 'Cumulative',
    histogramTitle: 'Score distribution',
    histogramDesc: 'Columns: the number of attempts at each score 0–10; {attempts} attempts.',
    score: 'Score',
    attempts: 'Attempts',
    noData: 'No data yet.',
    axis: 'Value axis',
  },
};

export const reportStrings: Record<Locale, Strings> = { id, en };

const numberLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/** A count as people write it: 1.234 in Indonesian, 1,234 in English. */
export function formatCount(locale: Locale, value: number): string {
  return new Intl.NumberFormat(numberLocale[locale]).format(value);
}

/** A percentage with at most one decimal (66,7 % / 66.7%), or an em dash when there is none. */
export function formatPercent(locale: Locale, value: number | null): string {
  if (value === null) return '—';
  const number = new Intl.NumberFormat(numberLocale[locale], { maximumFractionDigits: 1 }).format(value);
  return locale === 'id' ? `${number} %` : `${number}%`;
}

/** A timestamp in the agency's zone, e.g. "2 Des 2026 09.15 WITA". */
export function formatInstant(locale: Locale, iso: string, zone: { name: string; timeZone: string }): string {
  const text = new Intl.DateTimeFormat(numberLocale[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: zone.timeZone }).format(
    new Date(iso),
  );
  return `${text} ${zone.name}`;
}

/** A local calendar day (YYYY-MM-DD) written out, e.g. "2 Des 2026" / "2 Dec 2026". */
export function formatDay(locale: Locale, day: string, style: 'short' | 'medium' = 'medium'): string {
  const date = new Date(`${day}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(numberLocale[locale], options).format(date);
}

/** Fills {placeholders}. */
export function fillText(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
