/** Content collections: a malformed scenario or page fails the build with a message naming the file and field. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { explainerSchema, pageSchema, scenarioSchema } from '../functions/schemas/content';

export const collections = {
  scenarios: defineCollection({ loader: glob({ pattern: '*.json', base: './content/scenarios' }), schema: scenarioSchema }),
  explainers: defineCollection({ loader: glob({ pattern: '{id,en}/*.md', base: './content/explainers' }), schema: explainerSchema }),
  pages: defineCollection({ loader: glob({ pattern: '{id,en}/*.md', base: './content/pages' }), schema: pageSchema }),
};
