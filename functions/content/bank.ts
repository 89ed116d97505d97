/**
 * The scenario bank, bundled into the Worker from content/scenarios at build time and validated with
 * the same schema as the Astro content collection. It lives only in the server bundle.
 */
import { firstPhrasings, scenarioSchema, type Scenario } from '../schemas/content';
import { bankFrom, type Bank } from '../domain/quiz';

const files = import.meta.glob<{ default: unknown }>('../../content/scenarios/*.json', { eager: true });

// The quiz shows each option's first phrasing until drawing picks among the phrasings.
export const scenarios: Scenario[] = Object.entries(files).map(([path, module]) => {
  const parsed = scenarioSchema.safeParse(module.default);
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return firstPhrasings(parsed.data);
});

export const bank: Bank = bankFrom(scenarios);
