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
  private t!: AgencyPickerStrings;
  private locale!: Locale;
  private timer?: number;
  private abort?: AbortController;

  connectedCallback() {
    this.t = JSON.parse(this.dataset.strings!);
    this.locale = this.dataset.lang as Locale;
    const input = this.input;
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.search(), SEARCH_DELAY_MS);
    });
    input.addEventListener('keydown', (e) => {
      // Enter searches now instead of submitting the half-filled form.
      if (e.key === 'Enter') {
        e.preventDefault();
        this.search();
      }
    });
    $(this, '[data-agency-results]').addEventListener('change', (e) => {
      const radio = e.target as HTMLInputElement;
      this.choose(radio.value, radio.dataset.name!);
      this.dispatchEvent(new Event('agency-change', { bubbles: true }));
    });
  }

  get input() {
    return $<HTMLInputElement>(this, 'input[type="search"]');
  }

  /** Shows a choice restored from earlier in the session, its name in the search box. */
  restore(id: string, name: string) {
    this.input.value = name;
    this.choose(id, name);
  }

  private choose(id: string, name: string) {
    this.value = id;
    this.label = name;
    this.status(fill(this.t.agencyChosen, { name }));
  }

  private status(text: string) {
    $(this, '[data-agency-status]').textContent = text;
  }

  private async search() {
    clearTimeout(this.timer);
    const q = this.input.value.trim();
    const box = $(this, '[data-agency-results]');
    if (q.length < MIN_CHARS) {
      box.hidden = true;
      return this.status(this.t.agencyTooShort);
    }
    this.abort?.abort();
    this.abort = new AbortController();
    this.status(this.t.searching);
    const res = await request<{ agencies: Agency[] }>(this.locale, API_PATHS.agencies(q), undefined, this.abort.signal);
    if (!res.ok) {
      // -1: a newer search replaced this one.
      if (res.status !== -1) this.status(failureText(res, this.t));
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
    // A choice made earlier stands until another is picked: say so, even when this search does not list it.
    const found = agencies.length ? plural(this.locale, this.t.agencyCount, agencies.length) : this.t.agencyNone;
    this.status(this.value ? `${found} ${fill(this.t.agencyChosen, { name: this.label })}` : found);
  }
}

customElements.define('agency-picker', AgencyPicker);
