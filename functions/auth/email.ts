/**
 * Account emails (invitation, password reset), sent through the optional Cloudflare Email Service
 * binding. Email is a convenience: the inviting admin always sees the link once, so a message that never
 * reaches a `.go.id` mailbox loses nothing.
 */
import type { Locale } from '../schemas/content';

type AccountEmailKind = 'invite' | 'reset';

const texts: Record<AccountEmailKind, Record<Locale, { subject: string; body: (link: string) => string }>> = {
  invite: {
    id: {
      subject: 'Undangan akun Netral ASN',
      body: (link) => `Anda diundang ke dasbor instansi Netral ASN.\n\nBuat kata sandi Anda lewat tautan ini (berlaku 72 jam, sekali pakai):\n${link}\n\nAbaikan email ini bila Anda tidak mengenal undangan ini.`,
    },
    en: {
      subject: 'Your Netral ASN account invitation',
      body: (link) => `You have been invited to the Netral ASN agency dashboard.\n\nSet your password with this link (valid 72 hours, single use):\n${link}\n\nIgnore this email if you do not recognise the invitation.`,
    },
  },
  reset: {
    id: {
      subject: 'Atur ulang kata sandi Netral ASN',
      body: (link) => `Seseorang meminta pengaturan ulang kata sandi akun Netral ASN Anda.\n\nBuat kata sandi baru lewat tautan ini (berlaku 1 jam, sekali pakai):\n${link}\n\nAbaikan email ini bila bukan Anda yang meminta.`,
    },
    en: {
      subject: 'Reset your Netral ASN password',
      body: (link) => `Someone asked to reset the password of your Netral ASN account.\n\nSet a new password with this link (valid 1 hour, single use):\n${link}\n\nIgnore this email if it was not you.`,
    },
  },
};

/** The message for a setup link, in the recipient's language. */
export function accountEmail(kind: AccountEmailKind, locale: Locale, link: string): { subject: string; text: string } {
  const t = texts[kind][locale];
  return { subject: t.subject, text: t.body(link) };
}

/**
 * Sends an account email if the EMAIL binding is configured. Never throws: a failed send is logged
 * (without the link) and reported as not sent.
 * @example const emailed = await sendAccountEmail(env, 'hr@bantulkab.go.id', accountEmail('invite', 'id', link), origin)
 */
export async function sendAccountEmail(
  env: { EMAIL?: SendEmail; EMAIL_FROM?: string },
  to: string,
  message: { subject: string; text: string },
  origin: string,
): Promise<boolean> {
  if (!env.EMAIL) return false;
  try {
    await env.EMAIL.send({ from: env.EMAIL_FROM ?? `noreply@${new URL(origin).hostname}`, to, subject: message.subject, text: message.text });
    return true;
  } catch (error) {
    console.error('Account email not sent', error instanceof Error ? error.name : 'error');
    return false;
  }
}
