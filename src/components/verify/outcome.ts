/** What a verify page shows for a request: the form, a redirect to a code's canonical page, or a certificate lookup. Pure: the lookup is passed in. */
import type { CertificateView } from '../../../functions/schemas/api';
import type { Locale } from '../../../functions/schemas/content';
import { verifyPath } from '../../lib/routes';
import { normalizeCertificateCode } from '../../../functions/domain/certificate';

export type VerifyOutcome =
  | { kind: 'redirect'; location: string; status: 301 | 303 }
  | { kind: 'form'; status: 200 | 400 | 404; typed?: string }
  | { kind: 'certificate'; status: 200 | 404; code: string; view: CertificateView | null };

const demoCodeRe = /^NA-DEM0-/;

/**
 * Whether a code is one of the seeded demo certificates, which the page labels as such.
 * @example isDemoCode('NA-DEM0-2026-0001') // true
 */
export function isDemoCode(code: string): boolean {
  return demoCodeRe.test(code);
}

/**
 * The verify form (`/verifikasi?code=…`): a typed code goes to its own page; a malformed one stays on the form.
 * @example verifyFormOutcome(new URL('https://x/verifikasi?code=na7k3mq9xd2f4h'), 'id') // redirect to /verifikasi/NA-7K3M-Q9XD-2F4H
 */
export function verifyFormOutcome(url: URL, lang: Locale): VerifyOutcome {
  const typed = url.searchParams.get('code');
  if (typed === null || typed.trim() === '') return { kind: 'form', status: 200 };
  const code = normalizeCertificateCode(typed);
  if (!code) return { kind: 'form', status: 400, typed: typed.slice(0, 40) };
  return { kind: 'redirect', location: verifyPath(lang, code), status: 303 };
}

/**
 * A code's page (`/verifikasi/NA-…`): a code typed loosely is sent to its canonical spelling; an unknown code → 404.
 * A path that is no code at all → 404 with the form, and its text is never shown: a link such as
 * `/verifikasi/SAH-diverifikasi-Bawaslu` must not put its words in the page's heading.
 */
export async function certificateOutcome(
  param: string,
  lang: Locale,
  find: (code: string) => Promise<CertificateView | null>,
): Promise<Exclude<VerifyOutcome, { status: 200 | 400; kind: 'form' }>> {
  const code = normalizeCertificateCode(param);
  if (!code) return { kind: 'form', status: 404 };
  if (code !== param) return { kind: 'redirect', location: verifyPath(lang, code), status: 301 };
  const view = await find(code);
  return { kind: 'certificate', status: view ? 200 : 404, code, view };
}
