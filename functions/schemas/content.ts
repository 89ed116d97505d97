/** Schemas of the content in content/: the scenario bank and the rule explainers. Shared by the build, the API and tests. */
import { z } from 'zod';
import { legalBasisSchema } from './legal';

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const localeSchema = z.enum(LOCALES);

/** The topics: each has one explainer page per language, and scenarios in the bank. */
export const TOPICS = [
  'social-media',
  'state-facilities',
  'campaigns',
  'social-aid',
  'decisions',
  'work-unit',
  'family-and-leave',
  'rights',
  'who-is-asn',
] as const;
export type Topic = (typeof TOPICS)[number];
const topicSchema = z.enum(TOPICS);

const text = z.string().trim().min(1);
export const localizedTextSchema = z.object({ id: text, en: text });

/** violation: the act breaks a rule; allowed: the act is fine; risky: a grey area the site teaches to avoid. */
export const rulingSchema = z.enum(['violation', 'allowed', 'risky']);
export type Ruling = z.infer<typeof rulingSchema>;

const OPTION_KEYS = ['a', 'b', 'c', 'd'] as const;
const optionKeySchema = z.enum(OPTION_KEYS, { error: 'an option key is one of a, b, c, d' });

/**
 * Which election a scenario is set in. Since MK 135/PUU-XXII/2024 the DPRD and the governor, regent and
 * mayor are chosen in a separate local election, so a scenario about them is "local".
 */
const electionSchema = z.enum(['national', 'local', 'any'], { error: 'election is one of national, local, any' });

/**
 * An answer option with two or more phrasings that say the same thing in different words, so a key
 * harvested as a string does not transfer to the next attempt. Every phrasing must read well next to
 * any phrasing of the other options, since each option's phrasing is picked on its own.
 */
const optionSchema = z.object({
  key: optionKeySchema,
  text: z
    .array(localizedTextSchema, { error: 'text is a list of phrasings, each { "id": "…", "en": "…" }' })
    .min(2, 'each option needs at least 2 phrasings'),
});

/** A scenario as written in content/scenarios: four options, each with all its phrasings. */
export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by "-"'),
    category: topicSchema,
    ruling: rulingSchema,
    election: electionSchema.optional(),
    scenario: localizedTextSchema,
    options: z.array(optionSchema).length(4, 'a scenario needs exactly 4 options'),
    correct: optionKeySchema,
    explanation: localizedTextSchema,
    basis: z.array(legalBasisSchema).min(1, 'cite at least one legal basis'),
  })
  .superRefine((s, ctx) => {
    const keys = s.options.map((o) => o.key);
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option keys must be unique' });
    }
    if (!keys.includes(s.correct)) {
      ctx.addIssue({ code: 'custom', path: ['correct'], message: `"${s.correct}" is not one of the option keys` });
    }
    const seen = new Map<string, string>();
    s.options.forEach((option, o) =>
      option.text.forEach((phrasing, p) => {
        for (const locale of LOCALES) {
          const where = seen.get(`${locale}:${phrasing[locale]}`);
          if (where) {
            ctx.addIssue({
              code: 'custom',
              path: ['options', o, 'text', p, locale],
              message: `the same words as ${where}; each phrasing must differ`,
            });
          }
          seen.set(`${locale}:${phrasing[locale]}`, `option ${option.key} phrasing ${p + 1}`);
        }
      }),
    );
  });
export type ScenarioWithPhrasings = z.infer<typeof scenarioSchema>;

/**
 * A scenario as the quiz serves it: one phrasing per option. Until the quiz draws phrasings itself,
 * `firstPhrasings` makes this view of a bank scenario.
 */
export type Scenario = Omit<ScenarioWithPhrasings, 'options'> & {
  options: { key: ScenarioWithPhrasings['correct']; text: z.infer<typeof localizedTextSchema> }[];
};

/** @example firstPhrasings(scenarioSchema.parse(json)).options[0].text.id // "Menolak, karena …" */
export function firstPhrasings(scenario: ScenarioWithPhrasings): Scenario {
  return { ...scenario, options: scenario.options.map((o) => ({ key: o.key, text: o.text[0]! })) };
}

/** One example act on an explainer page; the action checker searches these. */
export const actionSchema = z.object({
  action: text,
  ruling: rulingSchema,
  /**
   * Words that name the act itself (like, share, attend, lend, drive; or a noun that stands for the act, such as
   * "KTP" or "saksi"). The action checker trusts an answer only when one of them matches, so an incidental word
   * (an office, a place) never decides the ruling.
   */
  verbs: z.array(text).default([]),
  /** Words of which a query must contain one for the checker to offer this act (e.g. "suami" for a spouse's campaign), so a special case never answers a general question. */
  requires: z.array(text).default([]),
  /** Other words people type for this act (objects, places, synonyms, slang), used by the action checker and search. */
  keywords: z.array(text).default([]),
  note: text.optional(),
  basis: z.array(legalBasisSchema).default([]),
});
export type Action = z.infer<typeof actionSchema>;

const sanctionKindSchema = z.enum(['ethics', 'discipline-moderate', 'discipline-severe', 'dismissal', 'criminal', 'none', 'other']);

/** Frontmatter of a rule explainer, content/explainers/{id,en}/<topic>.md */
export const explainerSchema = z.object({
  title: text,
  description: text.max(200),
  topic: topicSchema,
  order: z.number().int(),
  /** The rule in one sentence. */
  rule: text,
  actions: z.array(actionSchema).min(3),
  basis: z.array(legalBasisSchema).min(1),
  sanctions: z.array(z.object({ kind: sanctionKindSchema, text: text, basis: z.array(legalBasisSchema).default([]) })).min(1),
  decidedBy: text,
  updated: z.coerce.date(),
});
export type Explainer = z.infer<typeof explainerSchema>;

/** Frontmatter of the other pages in content/pages/{id,en}/<slug>.md (legal basis, cara melapor, FAQ, glossary). */
export const pageSchema = z.object({
  title: text,
  description: text.max(200),
  /** The slug of the twin page in the other language, e.g. "cara-melapor" <-> "how-to-report". */
  translationKey: text,
  updated: z.coerce.date(),
});
