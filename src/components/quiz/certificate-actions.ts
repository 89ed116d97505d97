/** Fills a <CertificateActions> block for one certificate and wires its copy button (Clipboard API, announced). */
import type { Locale } from '../../../functions/schemas/content';
import { fill } from '../../../functions/i18n/format';
import { ROUTES } from '../../lib/routes';
import { whatsAppUrl } from './certificate-keep';
import { $, setText } from './dom';

export interface CertificateActionStrings {
  copied: string;
  copyFailed: string;
  shareText: string;
}

/** Shows `certificate` in `block` (a [data-cert-actions]); safe to call again for another certificate. */
export function fillCertificateActions(
  block: HTMLElement,
  certificate: { code: string; verifyUrl: string; pdfUrl: string },
  t: CertificateActionStrings,
  locale: Locale,
) {
  const { code, verifyUrl, pdfUrl } = certificate;
  setText(block, '[data-cert-code]', code);
  $<HTMLAnchorElement>(block, '[data-pdf-link]').href = pdfUrl;
  $<HTMLAnchorElement>(block, '[data-verify-link]').href = verifyUrl;
  $<HTMLAnchorElement>(block, '[data-share]').href = whatsAppUrl(fill(t.shareText, { code }), verifyUrl);
  // Set here, not in the markup: the page exists once the lookup (participant-server) is deployed with it.
  $<HTMLAnchorElement>(block, '[data-lookup-link]').href = ROUTES.myCertificate[locale];
  setText(block, '[data-copy-status]', '');
  block.dataset.code = code;
  if (block.dataset.wired) return;
  block.dataset.wired = 'true';
  $(block, '[data-copy]').addEventListener('click', async () => {
    const current = block.dataset.code!;
    try {
      await navigator.clipboard.writeText(current);
      setText(block, '[data-copy-status]', fill(t.copied, { code: current }));
    } catch {
      // No clipboard (old browser, permission refused): select the code so a long press copies it.
      const range = document.createRange();
      range.selectNodeContents($(block, '[data-cert-code]'));
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      setText(block, '[data-copy-status]', t.copyFailed);
    }
  });
}
