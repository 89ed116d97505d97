/**
 * The scenario bank, bundled into the Worker from content/scenarios at build time and validated with
 * the same schema as the Astro content collection. It lives only in the server bundle, every phrasing
 * included: drawing picks one per option per attempt.
 */
import { scenarioSchema, type ScenarioWithPhrasings } from '../schemas/content';
import { bankFrom, type Bank } from '../domain/quiz';

const files = import.meta.glob<{ default: unknown }>('../../content/scenarios/*.json', { eager: true });

const scenarios: ScenarioWithPhrasings[] = Object.entries(files).map(([path, module]) => {
  const parsed = scenarioSchema.safeParse(module.default);
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
});

export const bank: Bank = bankFrom(scenarios);
