/**
 * The roster page's and pending list's forms: uploading a CSV file as it is (text/csv, which a form
 * cannot send), applying an upload (with the leavers' confirmation), making personal links and showing
 * a member's new link. Errors are the API's problem+json, already in the page's language, shown in the
 * form's [data-status] region. Loaded as a file: the CSP allows no inline script.
 */

import type { RemindersResult } from '../../../functions/schemas/reminders';

interface Problem {
  detail?: string;
  errors?: { path: string; message: string }[];
}

const lang = document.documentElement.lang === 'en' ? 'en' : 'id';
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

function apiUrl(path: string): URL {
  const url = new URL(path, location.origin);
  url.searchParams.set('lang', lang);
  return url;
}

function show(form: HTMLFormElement, kind: 'error' | 'ok', text: string, list: string[] = []): void {
  const status = form.querySelector<HTMLElement>('[data-status]');
  if (!status) return;
  status.className = `notice ${kind}`;
  status.replaceChildren(Object.assign(document.createElement('p'), { textContent: text }));
  if (list.length) {
    const ul = document.createElement('ul');
    for (const item of list) ul.appendChild(Object.assign(document.createElement('li'), { textContent: item }));
    status.appendChild(ul);
  }
}

async function send(form: HTMLFormElement, init: RequestInit & { path: string }): Promise<unknown | null> {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (button) button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    const res = await fetch(apiUrl(init.path), {
      ...init,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...init.headers },
    });
    if (res.ok) return res.status === 204 ? {} : await res.json();
    const problem = (await res.json().catch(() => ({}))) as Problem;
    show(
      form,
      'error',
      problem.detail ?? `HTTP ${res.status}`,
      (problem.errors ?? []).map((e) => e.message),
    );
  } catch {
    show(form, 'error', form.dataset.networkError ?? 'Network error');
  } finally {
    if (button) button.disabled = false;
    form.removeAttribute('aria-busy');
  }
  return null;
}

const handlers: Record<string, (form: HTMLFormElement) => Promise<void>> = {
  async upload(form) {
    const file = form.querySelector<HTMLInputElement>('input[type="file"]')?.files?.[0];
    if (!file) return show(form, 'error', form.dataset.noFile ?? '');
    const body = await send(form, {
      path: '/api/admin/roster/imports',
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: file,
    });
    if (body) location.assign(`${location.pathname}?import=${(body as { import: { id: number } }).import.id}#preview`);
  },
  async apply(form) {
    const confirm = form.querySelector<HTMLInputElement>('input[name="confirmLeavers"]');
    const body = await send(form, {
      path: `/api/admin/roster/imports/${form.dataset.importId}/apply`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(confirm ? { confirmLeavers: confirm.checked } : {}),
    });
    if (body) location.assign(`${location.pathname}?applied=${form.dataset.importId}`);
  },
  async discard(form) {
    const body = await send(form, {
      path: `/api/admin/roster/imports/${form.dataset.importId}`,
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    if (body) location.assign(`${location.pathname}?discarded=1`);
  },
  async links(form) {
    const body = (await send(form, {
      path: '/api/admin/roster/links',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })) as { created: number } | null;
    if (body) show(form, 'ok', fill(form.dataset.done ?? '', { count: body.created }));
  },
  async remind(form) {
    const unitId = form.dataset.unitId ? Number(form.dataset.unitId) : undefined;
    const body = (await send(form, {
      path: '/api/admin/reminders',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(unitId === undefined ? {} : { unitId }),
    })) as RemindersResult | null;
    if (!body) return;
    if (body.mode === 'csv') {
      show(form, 'ok', form.dataset.csv ?? '');
      const link = Object.assign(document.createElement('a'), {
        href: apiUrl(body.csvUrl ?? '').href,
        textContent: form.dataset.csvLink ?? '',
      });
      const line = document.createElement('p');
      line.appendChild(link);
      form.querySelector('[data-status]')?.appendChild(line);
      return;
    }
    const done = fill(form.dataset.done ?? '', {
      sent: body.sent,
      noEmail: body.skipped.noEmail,
      recent: body.skipped.remindedThisWeek,
      failed: body.failed,
    });
    show(form, 'ok', body.remaining > 0 ? `${done} ${fill(form.dataset.more ?? '', { remaining: body.remaining })}` : done);
  },
  async memberLink(form) {
    const body = (await send(form, {
      path: `/api/admin/roster/members/${form.dataset.nip}/link`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })) as {
      url: string;
      expiresAt: string;
    } | null;
    if (!body) return;
    const output = form.querySelector<HTMLElement>('[data-link-output]');
    if (!output) return;
    const until = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium' }).format(new Date(body.expiresAt));
    output.replaceChildren(
      Object.assign(document.createElement('span'), { textContent: `${fill(form.dataset.ready ?? '', { until })} ` }),
      Object.assign(document.createElement('a'), { href: body.url, textContent: body.url, className: 'link-out' }),
    );
    output.hidden = false;
    output.focus();
  },
};

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.roster) return;
  const handler = handlers[form.dataset.roster];
  if (!handler) return;
  event.preventDefault();
  void handler(form);
});
