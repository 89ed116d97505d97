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
export const topicSchema = z.enum(TOPICS);

const text = z.string().trim().min(1);
export const localizedTextSchema = z.object({ id: text, en: text });

/** violation: the act breaks a rule; allowed: the act is fine; risky: a grey area the site teaches to avoid. */
export const rulingSchema = z.enum(['violation', 'allowed', 'risky']);
export type Ruling = z.infer<typeof rulingSchema>;

export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by "-"'),
    category: topicSchema,
    ruling: rulingSchema,
    scenario: localizedTextSchema,
    options: z
      .array(z.object({ key: z.enum(['a', 'b', 'c', 'd']), text: localizedTextSchema }))
      .min(3)
      .max(4),
    correct: z.enum(['a', 'b', 'c', 'd']),
    explanation: localizedTextSchema,
    basis: z.array(legalBasisSchema).min(1),
  })
  .superRefine((s, ctx) => {
    const keys = s.options.map((o) => o.key);
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option keys must be unique' });
    }
    if (!keys.includes(s.correct)) {
      ctx.addIssue({ code: 'custom', path: ['correct'], message: `"${s.correct}" is not one of the option keys` });
    }
  });
export type Scenario = z.infer<typeof scenarioSchema>;

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

export const sanctionKindSchema = z.enum(['ethics', 'discipline-moderate', 'discipline-severe', 'dismissal', 'criminal', 'none', 'other']);

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
