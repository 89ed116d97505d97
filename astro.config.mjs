// @ts-check
import { defineConfig } from 'astro/config';
import cloudflare from '@astrojs/cloudflare';

export default defineConfig({
  site: 'https://netral-asn.example.id',
  output: 'static',
  trailingSlash: 'ignore',
  adapter: cloudflare({ imageService: 'passthrough' }),
  session: false,
  i18n: {
    locales: ['id', 'en'],
    defaultLocale: 'id',
    routing: { prefixDefaultLocale: false },
  },
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
