/**
 * <certificate-lookup>: posts the NIP and name as JSON to /api/certificates/lookup and lists what comes
 * back. Field errors come from the API's problem+json (the participant rules live there, once).
 */
import type { CertificateLookupResponse } from '../../../functions/schemas/certificate-lookup';
import type { Problem } from '../../../functions/schemas/problem';
import { fill } from '../../../functions/i18n/format';

type Strings = Record<string, string>;
type Field = 'nip' | 'name';

const LOOKUP_PATH = '/api/certificates/lookup';

class CertificateLookup extends HTMLElement {
  connectedCallback() {
    const t: Strings = JSON.parse(this.dataset.strings!);
    const lang = this.dataset.lang === 'en' ? 'en' : 'id';
    const form = this.querySelector<HTMLFormElement>('[data-form]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const results = this.querySelector<HTMLElement>('[data-results]')!;
    const template = this.querySelector<HTMLTemplateElement>('[data-tpl="certificate"]')!;
    const input = (field: Field) => form.querySelector<HTMLInputElement>(`[name="${field}"]`)!;
    const dateFormat = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    let busy = false;

    const showError = (field: Field, message: string | null) => {
      const error = this.querySelector<HTMLElement>(`[data-error="${field}"]`)!;
      const el = input(field);
      error.textContent = message ?? '';
      error.hidden = !message;
      if (message) {
        el.setAttribute('aria-invalid', 'true');
        el.setAttribute('aria-describedby', `${error.id} ${el.id}-hint`);
      } else {
        el.removeAttribute('aria-invalid');
        el.setAttribute('aria-describedby', `${el.id}-hint`);
      }
    };

    const render = (data: CertificateLookupResponse) => {
      results.replaceChildren(
        ...data.certificates.map((c) => {
          const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
          const part = (name: string) => item.querySelector<HTMLElement>(`[data-f="${name}"]`)!;
          part('code').textContent = c.code;
          part('status').textContent = c.status === 'valid' ? `✓ ${t.valid}` : `✗ ${t.revoked}`;
          part('status').dataset.status = c.status;
          part('issuedAt').textContent = dateFormat.format(new Date(c.issuedAt));
          part('agency').textContent = c.agency;
          part('score').textContent = fill(t.scoreValue, { score: c.score, total: c.total });
          // Same-origin paths: the API's absolute URLs carry the configured origin, which may differ locally.
          const verify = new URL(c.verifyUrl);
          (part('verify') as HTMLAnchorElement).href = verify.pathname;
          const pdf = part('pdf') as HTMLAnchorElement;
          if (c.status === 'valid') pdf.href = new URL(c.pdfUrl).pathname;
          else pdf.remove();
          return item;
        }),
      );
      status.textContent = data.certificates.length ? fill(t.found, { n: data.certificates.length }) : t.none;
    };

    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (busy) return;
      busy = true;
      showError('nip', null);
      showError('name', null);
      results.replaceChildren();
      status.textContent = t.searching;
      try {
        const res = await fetch(LOOKUP_PATH, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': lang },
          body: JSON.stringify({ nip: input('nip').value, name: input('name').value, locale: lang }),
        });
        if (res.ok) return render((await res.json()) as CertificateLookupResponse);
        const problem = (await res.json()) as Problem;
        const fields = (problem.errors ?? []).filter(
          (err): err is typeof err & { path: Field } => err.path === 'nip' || err.path === 'name',
        );
        for (const err of fields) showError(err.path, err.message);
        status.textContent = problem.detail;
        if (fields[0]) input(fields[0].path).focus();
      } catch {
        status.textContent = t.offline;
      } finally {
        busy = false;
      }
    });
  }
}

customElements.define('certificate-lookup', CertificateLookup);
