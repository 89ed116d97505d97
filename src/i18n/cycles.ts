/** Text of the election-cycle page and the cycle selector on the report pages, in each language. */
import type { Locale } from '../../functions/schemas/content';

const id = {
  title: 'Siklus pemilu',
  description: 'Siklus pelatihan per pemilu: nama, waktu mulai dan tenggat.',
  lead: 'Sertifikat dihitung pada siklus saat diterbitkan. Ketika siklus baru dimulai, sertifikat lama tetap sah sebagai catatan, tetapi penyelesaian siklus baru dihitung dari nol.',
  listHeading: 'Daftar siklus',
  current: 'Siklus berjalan',
  upcoming: 'Belum dimulai',
  past: 'Siklus sebelumnya',
  overdue: 'Lewat tenggat',
  starts: 'Mulai',
  due: 'Tenggat',
  readOnly: 'Hanya operator (super admin) yang dapat membuat atau mengubah siklus.',
  createHeading: 'Mulai siklus baru',
  createLead:
    'Waktu mulai harus setelah kuis terakhir yang dikirim. Tanggal dan jam tanpa zona dibaca sebagai WIB. Siklus yang dimulai sekarang langsung menjadi siklus berjalan.',
  id: 'Kode (huruf kecil, angka, tanda hubung)',
  name: 'Nama',
  startsAt: 'Mulai (WIB)',
  dueAt: 'Tenggat (WIB)',
  create: 'Buat siklus',
  delete: 'Hapus',
  deleteHint: 'Hanya siklus yang belum berisi kuis yang dapat dihapus (mis. yang dibuat keliru).',
  selectorLabel: 'Siklus',
  show: 'Tampilkan',
  cycleLine: 'Siklus: {name} · tenggat {due}',
  overdueNote: 'lewat tenggat',
  notCurrentNote: 'bukan siklus berjalan',
};

type CycleStrings = typeof id;

const en: CycleStrings = {
  title: 'Election cycles',
  description: 'Training cycles per election: name, start and due date.',
  lead: 'A certificate counts in the cycle in which it was issued. When a new cycle starts, older certificates stay valid as records, but completion for the new cycle starts from zero.',
  listHeading: 'Cycles',
  current: 'Current cycle',
  upcoming: 'Not started yet',
  past: 'Earlier cycle',
  overdue: 'Overdue',
  starts: 'Starts',
  due: 'Due',
  readOnly: 'Only the operator (super admin) can create or change cycles.',
  createHeading: 'Start a new cycle',
  createLead:
    'The start must be after the last submitted quiz. A date and time without a zone is read as WIB. A cycle that starts now becomes the current cycle at once.',
  id: 'Id (lower-case letters, digits, hyphens)',
  name: 'Name',
  startsAt: 'Starts (WIB)',
  dueAt: 'Due (WIB)',
  create: 'Create cycle',
  delete: 'Delete',
  deleteHint: 'Only a cycle that holds no quizzes yet can be deleted (e.g. one created by mistake).',
  selectorLabel: 'Cycle',
  show: 'Show',
  cycleLine: 'Cycle: {name} · due {due}',
  overdueNote: 'overdue',
  notCurrentNote: 'not the current cycle',
};

export const cycleStrings: Record<Locale, CycleStrings> = { id, en };
