/** Interface text of the agency dashboard (/admin, /en/admin), in each language. */
import type { Locale } from '../../functions/schemas/content';
import type { Role } from '../../functions/auth/roles';

export const ADMIN_PATHS = {
  login: { id: '/admin/masuk', en: '/en/admin/login' },
  home: { id: '/admin', en: '/en/admin' },
  setPassword: { id: '/admin/atur-sandi', en: '/en/admin/set-password' },
  users: { id: '/admin/pengguna', en: '/en/admin/users' },
  audit: { id: '/admin/audit', en: '/en/admin/audit' },
  roster: { id: '/admin/daftar-pegawai', en: '/en/admin/roster' },
  pending: { id: '/admin/belum-lulus', en: '/en/admin/pending' },
  cycles: { id: '/admin/siklus', en: '/en/admin/cycles' },
} as const satisfies Record<string, Record<Locale, string>>;

const id = {
  area: 'Dasbor instansi',
  navLabel: 'Menu dasbor',
  nav: { home: 'Ringkasan', users: 'Pengguna', audit: 'Log audit', roster: 'Daftar pegawai', pending: 'Belum lulus', cycles: 'Siklus' },
  roles: {
    agency_hr: 'HR instansi',
    agency_admin: 'Admin instansi',
    national_viewer: 'Pemantau nasional',
    super_admin: 'Operator',
  } satisfies Record<Role, string>,
  sending: 'Mengirim…',
  errorTitle: 'Belum berhasil',
  networkError: 'Tidak dapat terhubung ke server. Periksa koneksi Anda, lalu coba lagi.',
  login: {
    title: 'Masuk ke dasbor instansi',
    description: 'Masuk untuk petugas kepegawaian (BKD/BKPSDM, biro kepegawaian) yang memantau kuis netralitas ASN.',
    lead: 'Untuk petugas kepegawaian instansi. Peserta kuis tidak perlu masuk.',
    email: 'Email',
    password: 'Kata sandi',
    submit: 'Masuk',
    forgot: 'Lupa kata sandi? Minta admin instansi Anda mengirim tautan baru.',
    passwordSet: 'Kata sandi tersimpan. Silakan masuk.',
  },
  home: {
    title: 'Dasbor instansi',
    signedInAs: 'Masuk sebagai',
    role: 'Peran',
    agency: 'Instansi',
    noAgency: 'Semua instansi (hanya angka ringkasan)',
    sessionUntil: 'Sesi berakhir bila tidak dipakai sampai',
    logout: 'Keluar',
    logoutAll: 'Keluar dari semua perangkat',
    logoutAllHint: 'Mengakhiri sesi di semua peramban yang pernah Anda pakai untuk masuk.',
  },
  setPassword: {
    title: 'Buat kata sandi',
    description: 'Buat kata sandi akun dasbor instansi dari tautan undangan atau tautan atur ulang.',
    lead: 'Tautan ini hanya bisa dipakai sekali. Kata sandi minimal 12 karakter; kalimat pendek yang mudah Anda ingat lebih kuat daripada kata acak yang pendek.',
    password: 'Kata sandi baru',
    hint: '12–128 karakter, tidak sama dengan email Anda.',
    submit: 'Simpan kata sandi',
    noToken: 'Tautan ini tidak lengkap. Buka lagi tautan dari undangan Anda, atau minta tautan baru kepada admin instansi.',
  },
  users: {
    title: 'Pengguna instansi',
    description: 'Undang, ubah peran, dan nonaktifkan akun petugas instansi Anda.',
    onlyAdmins: 'Hanya admin instansi yang dapat mengelola pengguna.',
    listHeading: 'Akun',
    status: { active: 'Aktif', invited: 'Diundang (belum membuat kata sandi)', disabled: 'Nonaktif' },
    lastLogin: 'Terakhir masuk',
    never: 'belum pernah',
    you: '(Anda)',
    changeRole: 'Ubah peran',
    saveRole: 'Simpan peran',
    disable: 'Nonaktifkan',
    enable: 'Aktifkan lagi',
    inviteHeading: 'Undang pengguna',
    inviteLead:
      'Pengguna baru mendapat tautan sekali pakai (berlaku 72 jam) untuk membuat kata sandi. Tautan ditampilkan sekali di sini; kirimkan kepada orangnya.',
    name: 'Nama (opsional)',
    email: 'Email dinas',
    role: 'Peran',
    invite: 'Buat undangan',
    linkReady: 'Undangan dibuat. Salin tautan ini sekarang: tautan tidak akan ditampilkan lagi.',
    emailed: 'Tautan juga dikirim ke email pengguna.',
  },
  audit: {
    title: 'Log audit',
    description: 'Catatan masuk, perubahan pengguna, dan tindakan lain di instansi Anda.',
    onlyAdmins: 'Hanya admin instansi yang dapat membaca log audit.',
    when: 'Waktu',
    action: 'Tindakan',
    actor: 'Oleh',
    target: 'Sasaran',
    network: 'Jaringan',
    empty: 'Belum ada catatan.',
    older: 'Catatan lebih lama',
    newest: 'Kembali ke yang terbaru',
    system: 'sistem',
  },
};

type AdminStrings = typeof id;

const en: AdminStrings = {
  area: 'Agency dashboard',
  navLabel: 'Dashboard menu',
  nav: { home: 'Overview', users: 'Users', audit: 'Audit log', roster: 'Staff roster', pending: 'Not passed yet', cycles: 'Cycles' },
  roles: { agency_hr: 'Agency HR', agency_admin: 'Agency admin', national_viewer: 'National viewer', super_admin: 'Operator' },
  sending: 'Sending…',
  errorTitle: 'Not done yet',
  networkError: 'Cannot reach the server. Check your connection and try again.',
  login: {
    title: 'Sign in to the agency dashboard',
    description: 'Sign-in for personnel officers (BKD/BKPSDM, personnel bureaus) who track the ASN neutrality quiz.',
    lead: 'For agency personnel officers. Quiz participants do not need to sign in.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    forgot: 'Forgot your password? Ask your agency admin to send you a new link.',
    passwordSet: 'Password saved. Please sign in.',
  },
  home: {
    title: 'Agency dashboard',
    signedInAs: 'Signed in as',
    role: 'Role',
    agency: 'Agency',
    noAgency: 'All agencies (summary figures only)',
    sessionUntil: 'Your session ends if unused until',
    logout: 'Sign out',
    logoutAll: 'Sign out on every device',
    logoutAllHint: 'Ends your sessions in every browser you have signed in with.',
  },
  setPassword: {
    title: 'Set your password',
    description: 'Set the password of your agency dashboard account from an invitation or reset link.',
    lead: 'This link works once. Use at least 12 characters; a short sentence you remember is stronger than a short random word.',
    password: 'New password',
    hint: '12–128 characters, not your email.',
    submit: 'Save password',
    noToken: 'This link is incomplete. Open the link from your invitation again, or ask your agency admin for a new one.',
  },
  users: {
    title: 'Agency users',
    description: "Invite, change the role of and disable your agency's staff accounts.",
    onlyAdmins: 'Only agency admins can manage users.',
    listHeading: 'Accounts',
    status: { active: 'Active', invited: 'Invited (no password yet)', disabled: 'Disabled' },
    lastLogin: 'Last sign-in',
    never: 'never',
    you: '(you)',
    changeRole: 'Change role',
    saveRole: 'Save role',
    disable: 'Disable',
    enable: 'Enable again',
    inviteHeading: 'Invite a user',
    inviteLead:
      'A new user gets a single-use link (valid 72 hours) to set a password. The link is shown here once; pass it on to the person.',
    name: 'Name (optional)',
    email: 'Work email',
    role: 'Role',
    invite: 'Create invitation',
    linkReady: 'Invitation created. Copy this link now: it will not be shown again.',
    emailed: "The link was also sent to the user's email.",
  },
  audit: {
    title: 'Audit log',
    description: 'Sign-ins, user changes and other actions in your agency.',
    onlyAdmins: 'Only agency admins can read the audit log.',
    when: 'When',
    action: 'Action',
    actor: 'By',
    target: 'Target',
    network: 'Network',
    empty: 'No entries yet.',
    older: 'Older entries',
    newest: 'Back to the newest',
    system: 'system',
  },
};

export function adminStrings(lang: Locale): AdminStrings {
  return lang === 'en' ? en : id;
}

/** A timestamp as an agency reader sees it: date and time in Western Indonesian Time (the admin's province zone comes with the report). */
export function formatTime(iso: string, lang: Locale): string {
  return `${new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso))} WIB`;
}
