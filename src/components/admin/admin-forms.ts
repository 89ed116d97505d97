/**
 * The dashboard's forms post JSON to the API (a form cannot send JSON by itself) and show the answer.
 * A form opts in with `data-api` (URL) and optionally:
 *   data-method   POST (default) or PATCH
 *   data-redirect where to go on success (else the page reloads)
 *   data-token    add `token` from the URL fragment (#t=…), which never reaches the server by itself
 *   data-result   the id of an element to fill with the invite's one-time link instead of reloading
 * Fields: inputs by name; `data-type="boolean"` turns "true"/"false" into a boolean. Errors are the
 * API's problem+json, already in the page's language, shown in the form's [data-status] region.
 */

interface Problem {
  detail?: string;
  errors?: { path: string; message: string }[];
}

const lang = document.documentElement.lang === 'en' ? 'en' : 'id';

function bodyOf(form: HTMLFormElement): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement) || !element.name) continue;
    if (element.dataset.type === 'boolean') body[element.name] = element.value === 'true';
    else if (element.value !== '' || element.required) body[element.name] = element.value;
  }
  if (form.dataset.token !== undefined) body.token = new URLSearchParams(location.hash.slice(1)).get('t') ?? '';
  return body;
}

function showStatus(form: HTMLFormElement, kind: 'error' | 'ok', lines: string[], list: string[] = []): void {
  const status = form.querySelector<HTMLElement>('[data-status]');
  if (!status) return;
  status.className = `notice ${kind}`;
  status.replaceChildren();
  for (const line of lines) status.appendChild(Object.assign(document.createElement('p'), { textContent: line }));
  if (list.length) {
    const ul = document.createElement('ul');
    for (const item of list) ul.appendChild(Object.assign(document.createElement('li'), { textContent: item }));
    status.appendChild(ul);
  }
}

function markFields(form: HTMLFormElement, problem: Problem): string[] {
  const messages: string[] = [];
  for (const element of Array.from(form.querySelectorAll<HTMLElement>('[aria-invalid]'))) element.removeAttribute('aria-invalid');
  for (const error of problem.errors ?? []) {
    const field = form.querySelector<HTMLInputElement>(`[name="${CSS.escape(error.path)}"]`);
    const label = field ? form.querySelector(`label[for="${CSS.escape(field.id)}"]`)?.textContent?.trim() : undefined;
    field?.setAttribute('aria-invalid', 'true');
    messages.push(label ? `${label}: ${error.message}` : error.message);
  }
  return messages;
}

function showInvite(form: HTMLFormElement, data: { setupLink: string; emailed: boolean }): void {
  const target = document.getElementById(form.dataset.result!);
  if (!target) return;
  const link = target.querySelector<HTMLElement>('[data-link]');
  const emailed = target.querySelector<HTMLElement>('[data-emailed]');
  if (link) link.textContent = data.setupLink;
  if (emailed) emailed.hidden = !data.emailed;
  target.hidden = false;
  target.focus();
  form.reset();
}

async function submit(form: HTMLFormElement, button: HTMLButtonElement | null): Promise<void> {
  const url = new URL(form.dataset.api!, location.origin);
  url.searchParams.set('lang', lang);
  if (button) button.disabled = true;
  try {
    const res = await fetch(url, {
      method: form.dataset.method ?? 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(bodyOf(form)),
      credentials: 'same-origin',
    });
    if (res.ok) {
      if (form.dataset.result) showInvite(form, await res.json());
      else if (form.dataset.redirect) location.assign(form.dataset.redirect);
      else location.reload();
      return;
    }
    const problem = (await res.json().catch(() => ({}))) as Problem;
    showStatus(form, 'error', [problem.detail ?? `HTTP ${res.status}`], markFields(form, problem));
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  } catch {
    showStatus(form, 'error', [form.dataset.networkError ?? 'Network error']);
  } finally {
    if (button) button.disabled = false;
  }
}

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.api) return;
  event.preventDefault();
  void submit(form, (event as SubmitEvent).submitter as HTMLButtonElement | null);
});

// The set-password page tells at once when its link carries no token.
for (const form of Array.from(document.querySelectorAll<HTMLFormElement>('form[data-token]'))) {
  if (!new URLSearchParams(location.hash.slice(1)).get('t')) showStatus(form, 'error', [form.dataset.noToken ?? '']);
}
