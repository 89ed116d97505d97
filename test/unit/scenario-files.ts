/**
 * Reads the scenario files for the bank tests: from `SCENARIOS_DIR` when set (a writer checks their own
 * folder), else content/scenarios.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioSchema } from '../../functions/schemas/content';

export const SCENARIOS_DIR = process.env.SCENARIOS_DIR || 'content/scenarios';
/** True when the folder was chosen by hand, which may hold only some topics. */
export const CUSTOM_DIR = Boolean(process.env.SCENARIOS_DIR);

export interface ScenarioFile {
  file: string;
  json: unknown;
  result: ReturnType<typeof scenarioSchema.safeParse>;
}

export const scenarioFiles: ScenarioFile[] = readdirSync(SCENARIOS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(SCENARIOS_DIR, file), 'utf8'));
    } catch (error) {
      json = { invalidJson: String(error) };
    }
    return { file, json, result: scenarioSchema.safeParse(json) };
  });
