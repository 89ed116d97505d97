/**
 * Reminders to pending roster members: who may be emailed now (at most once a week), and the message
 * itself (Indonesian first, English below; plain text and a minimal HTML part). Pure: the caller passes
 * the members, the clock and the link.
 */
import type { AgencyZone } from './zone';

/** One reminder per person per week: a nudge, not a campaign of mail. */
const REMINDER_INTERVAL_DAYS = 7;
/**
 * Emails per request. Each send is one call to the binding (a subrequest); 500 keeps a request well under
 * the Workers subrequest and CPU limits, and a larger list is sent in several requests.
 */
export const REMINDER_BATCH = 500;
const DAY_MS = 86_400_000;

export interface ReminderCandidate {
  nip: string;
  email: string | null;
  /** The latest reminder sent to the member (ISO 8601), or null. */
  lastRemindedAt: string | null;
}

/**
 * Whether a member last reminded at `lastRemindedAt` may be reminded again at `now`.
 * @example mayRemind('2026-12-01T08:00:00.000Z', new Date('2026-12-08T08:00:00.000Z')) // true (exactly a week)
 */
export function mayRemind(lastRemindedAt: string | null, now: Date): boolean {
  if (!lastRemindedAt) return true;
  const last = Date.parse(lastRemindedAt);
  return Number.isNaN(last) || now.getTime() - last >= REMINDER_INTERVAL_DAYS * DAY_MS;
}

/**
 * Whether a reminder carries the member's usable link (expiring at `expiresAt`) instead of a new one: the link the
 * person may already hold (from a mail merge, WhatsApp or an earlier reminder) then keeps working, and a send that
 * fails takes nothing away. A link that would expire before the next reminder may go out is renewed.
 * @example reusesLink('2026-12-20T00:00:00.000Z', new Date('2026-12-01T00:00:00.000Z')) // true (19 days left)
 */
export function reusesLink(expiresAt: string | null, now: Date): boolean {
  if (!expiresAt) return false;
  const expires = Date.parse(expiresAt);
  return !Number.isNaN(expires) && expires - now.getTime() >= REMINDER_INTERVAL_DAYS * DAY_MS;
}

export interface ReminderPlan<T extends ReminderCandidate> {
  /** Who gets an email in this request (at most `batch`), in the order given. */
  send: T[];
  /** Eligible, but beyond this request's batch: send again for them. */
  remaining: number;
  noEmail: number;
  remindedThisWeek: number;
}

/**
 * Splits pending members into those to email now and those skipped (no address, reminded this week),
 * keeping at most `batch` to send.
 * @example planReminders(members, new Date()).send.length // ≤ 500
 */
export function planReminders<T extends ReminderCandidate>(members: readonly T[], now: Date, batch = REMINDER_BATCH): ReminderPlan<T> {
  const eligible: T[] = [];
  let noEmail = 0;
  let remindedThisWeek = 0;
  for (const member of members) {
    if (!member.email?.trim()) noEmail++;
    else if (!mayRemind(member.lastRemindedAt, now)) remindedThisWeek++;
    else eligible.push(member);
  }
  return { send: eligible.slice(0, batch), remaining: Math.max(0, eligible.length - batch), noEmail, remindedThisWeek };
}

export interface ReminderInput {
  memberName: string;
  agencyName: string;
  /** The personal quiz link in Indonesian (/kuis#t=…) and English (/en/quiz#t=…): the same token. */
  url: { id: string; en: string };
  /** The current cycle's due date (ISO 8601), if there is a cycle. */
  dueAt: string | null;
  zone: AgencyZone;
}

export interface ReminderMessage {
  subject: string;
  text: string;
  html: string;
}

const lineBreaksRe = /[\r\n]+/g;
const htmlSpecialRe = /[&<>"']/g;
const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(htmlSpecialRe, (ch) => htmlEntities[ch]!);
/** A header value on one line: names come from a roster file, which could hold anything. */
const oneLine = (text: string) => text.replace(lineBreaksRe, ' ').trim();

function dueDate(dueAt: string, zone: AgencyZone, locale: 'id-ID' | 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: zone.timeZone }).format(new Date(dueAt));
}

/**
 * The reminder one member receives: their own name and link, their agency, and the due date. Nothing
 * about anyone else.
 * @example reminderMessage({ memberName: 'Siti', agencyName: 'Pemerintah Kabupaten Bantul', url, dueAt, zone: WIB }).subject
 */
export function reminderMessage(input: ReminderInput): ReminderMessage {
  const name = oneLine(input.memberName);
  const agency = oneLine(input.agencyName);
  const dueId = input.dueAt ? dueDate(input.dueAt, input.zone, 'id-ID') : null;
  const dueEn = input.dueAt ? dueDate(input.dueAt, input.zone, 'en-GB') : null;
  const id = {
    greeting: `Yth. ${name},`,
    body: `${agency} mengingatkan Anda untuk mengikuti kuis netralitas ASN Netral ASN dan memperoleh sertifikat${dueId ? ` paling lambat ${dueId}` : ''}. Kuis berisi 10 skenario dan memakan waktu sekitar 10 menit.`,
    link: 'Tautan pribadi Anda (jangan dibagikan: tautan ini mencatat hasil atas nama Anda):',
    footer: 'Abaikan email ini bila Anda sudah lulus.',
  };
  const en = {
    greeting: `Dear ${name},`,
    body: `${agency} reminds you to take the Netral ASN civil-service neutrality quiz and get your certificate${dueEn ? ` by ${dueEn}` : ''}. The quiz has 10 scenarios and takes about 10 minutes.`,
    link: 'Your personal link (do not share it: it records the result in your name):',
    footer: 'Ignore this email if you have already passed.',
  };
  const subject = `Pengingat kuis netralitas ASN – ${agency} / Neutrality quiz reminder`;
  const text = [
    id.greeting,
    '',
    id.body,
    '',
    id.link,
    input.url.id,
    '',
    id.footer,
    '',
    '---',
    '',
    en.greeting,
    '',
    en.body,
    '',
    en.link,
    input.url.en,
    '',
    en.footer,
    '',
  ].join('\n');
  const part = (lang: 'id' | 'en', t: typeof id, url: string) =>
    `<div lang="${lang}"><p>${escapeHtml(t.greeting)}</p><p>${escapeHtml(t.body)}</p><p>${escapeHtml(t.link)}<br><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p><p>${escapeHtml(t.footer)}</p></div>`;
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>${part('id', id, input.url.id)}<hr>${part('en', en, input.url.en)}</body></html>`;
  return { subject, text, html };
}

export interface GroupReminderInput {
  agencyName: string;
  /** The unit chosen in the pending list's filter, or null for the whole agency. */
  unitName: string | null;
  /** How many have not passed yet (a count, never who). */
  pending: number;
  /** The public quiz page (/kuis), not a personal link: the message goes to a whole group. */
  quizUrl: string;
  dueAt: string | null;
  zone: AgencyZone;
  now: Date;
}

/**
 * A message for a unit's (or the agency's) WhatsApp group, in Indonesian (the group's language whatever the
 * admin page's): the public quiz address and the due date, with a count but no name or NIP, so it can be
 * posted where everyone reads it.
 * @example groupReminderText({ agencyName: 'Pemerintah Kabupaten Bantul', unitName: 'Dinas Pendidikan', pending: 12, quizUrl, dueAt, zone: WIB, now: new Date() })
 */
export function groupReminderText(input: GroupReminderInput): string {
  const agency = oneLine(input.agencyName);
  const where = input.unitName ? `${oneLine(input.unitName)}, ${agency}` : agency;
  // A due date already past is no date to quote: the message then asks for it as soon as possible.
  const overdue = input.dueAt !== null && Date.parse(input.dueAt) <= input.now.getTime();
  const due = input.dueAt === null ? '' : overdue ? ' secepatnya' : ` paling lambat ${dueDate(input.dueAt, input.zone, 'id-ID')}`;
  return [
    `Pengingat pelatihan netralitas ASN dari ${agency}.`,
    `Masih ada ${input.pending.toLocaleString('id-ID')} pegawai ${where} yang belum lulus kuis netralitas ASN.`,
    `Bagi yang belum, kerjakan kuisnya${due} di ${input.quizUrl} (10 skenario, sekitar 10 menit), lalu simpan sertifikatnya.`,
    'Bila sudah menerima tautan kuis pribadi dari bagian kepegawaian, pakailah tautan itu.',
  ].join('\n');
}
