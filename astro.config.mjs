// @ts-check
import { defineConfig } from 'astro/config';
import cloudflare from '@astrojs/cloudflare';
import { fileURLToPath } from 'node:url';
import { readFile, readdir, rm } from 'node:fs/promises';

const UNUSED_PAGEFIND_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/**
 * Indexes the built pages with Pagefind after every `astro build`, so `npm run build`, `npm start` and
 * `npm test` all ship a search index. Pagefind splits the index by each page's `<html lang>`, and only
 * indexes the regions marked `data-pagefind-body` (the rule explainers and the content pages).
 * @returns {import('astro').AstroIntegration}
 */
function pagefind() {
  return {
    name: 'netral-asn:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const outputPath = fileURLToPath(new URL('pagefind', dir));
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: fileURLToPath(dir) });
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        } finally {
          await close();
        }
        // The search page talks to pagefind.js directly; Pagefind's ready-made UIs would only add weight to the deploy.
        for (const file of await readdir(outputPath)) {
          if (UNUSED_PAGEFIND_FILE.test(file)) await rm(`${outputPath}/${file}`);
        }
        const { languages } = JSON.parse(await readFile(`${outputPath}/pagefind-entry.json`, 'utf8'));
        logger.info(
          Object.entries(languages)
            .map(([lang, l]) => `${lang}: ${l.page_count} pages`)
            .join(', '),
        );
      },
    },
  };
}

export default defineConfig({
  site: 'https://netral-asn.example.id',
  output: 'static',
  trailingSlash: 'ignore',
  adapter: cloudflare({ imageService: 'passthrough' }),
  session: false,
  // Astro's origin check cannot be scoped to pages, and its plain-text 403 would answer for the API too.
  // src/middleware.ts runs the same check for pages; /api/* answers with its own contract (JSON only: 415).
  security: { checkOrigin: false },
  i18n: {
    locales: ['id', 'en'],
    defaultLocale: 'id',
    routing: { prefixDefaultLocale: false },
  },
  // 'file' writes aturan/media-sosial.html, which static assets serve at /aturan/media-sosial (no trailing-slash redirect).
  build: { inlineStylesheets: 'always', format: 'file' },
  devToolbar: { enabled: false },
  // Never inline scripts: the Content-Security-Policy allows only the site's own script files ('self').
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [pagefind()],
});
