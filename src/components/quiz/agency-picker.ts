/**
 * <agency-picker>: type part of an agency's name, pick it from the search results (radio buttons). Wraps
 * server-rendered markup: a search input, a status line (aria-live), a fieldset of results and a
 * <template data-tpl="agency">. Says `agency-change` when the choice changes; `value`/`label` hold it.
 */
import type { Agency } from '../../../functions/schemas/api';
import type { Locale } from '../../../functions/schemas/content';
import { fill, plural, type PluralForms } from '../../../functions/i18n/format';
import { API_PATHS } from '../../lib/routes';
import { request, failureText, type FailureStrings } from './api';
import { $, clone } from './dom';
import { selectSingleMatch, statusWithHint, type AgencySearchHint } from './agency-answer';

export interface AgencyPickerStrings extends FailureStrings {
  searching: string;
  agencyCount: PluralForms;
  agencyNone: string;
  agencyTooShort: string;
  agencyChosen: string;
}

const MIN_CHARS = 2;
const SEARCH_DELAY_MS = 300;

export class AgencyPicker extends HTMLElement {
  /** The chosen agency's id ('' until one is picked) and name. */
  value = '';
  label = '';
  /** Shows a choice restored from earlier in the session, its name in the search box. */
  restore!: (id: string, name: string) => void;

  connectedCallback() {
    const t: AgencyPickerStrings = JSON.parse(this.dataset.strings!);
    const locale = this.dataset.lang as Locale;
    const input = $<HTMLInputElement>(this, 'input[type="search"]');
    const box = $(this, '[data-agency-results]');
    const status = (text: string) => ($(this, '[data-agency-status]').textContent = text);
    const choose = (id: string, name: string) => {
      this.value = id;
      this.label = name;
      status(fill(t.agencyChosen, { name }));
    };
    let timer: number | undefined;
    let pending: AbortController | undefined;

    const search = async () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < MIN_CHARS) {
        box.hidden = true;
        return status(t.agencyTooShort);
      }
      pending?.abort();
      pending = new AbortController();
      status(t.searching);
      const res = await request<{ agencies: Agency[]; hint?: AgencySearchHint | null }>(
        locale,
        API_PATHS.agencies(q),
        undefined,
        pending.signal,
      );
      if (!res.ok) {
        // -1: a newer search replaced this one.
        if (res.status !== -1) status(failureText(res, t));
        return;
      }
      const { agencies } = res.data;
      $(this, '[data-list]').replaceChildren(
        ...agencies.map((agency) => {
          const { item, parts } = clone(this, 'agency');
          const radio = item.querySelector('input')!;
          radio.value = agency.id;
          radio.dataset.name = agency.name;
          radio.checked = agency.id === this.value;
          parts.name.textContent = agency.name;
          parts.province.textContent = agency.province && !agency.name.includes(agency.province) ? agency.province : '';
          return item;
        }),
      );
      box.hidden = !agencies.length;
      selectSingleMatch($(this, '[data-list]'));
      // A choice made earlier stands until another is picked: say so, even when this search does not list it.
      const found = statusWithHint(
        agencies.length ? plural(locale, t.agencyCount, agencies.length) : t.agencyNone,
        agencies.length,
        res.data.hint,
      );
      status(this.value ? `${found} ${fill(t.agencyChosen, { name: this.label })}` : found);
    };

    this.restore = (id, name) => {
      input.value = name;
      choose(id, name);
    };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(search, SEARCH_DELAY_MS);
    });
    input.addEventListener('keydown', (e) => {
      // Enter searches now instead of submitting the half-filled form.
      if (e.key === 'Enter') {
        e.preventDefault();
        search();
      }
    });
    box.addEventListener('change', (e) => {
      const radio = e.target as HTMLInputElement;
      choose(radio.value, radio.dataset.name!);
      this.dispatchEvent(new Event('agency-change', { bubbles: true }));
    });
  }
}

customElements.define('agency-picker', AgencyPicker);
