/**
 * What an on-demand page answers when it fails (a D1 outage under the verify page, say): a short page in
 * both languages saying to try again, with Retry-After, never a stack trace. src/middleware.ts adds the
 * security headers to it like to every page.
 */

const RETRY_AFTER_SECONDS = 5;

const BODY = `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Layanan sedang tidak tersedia · Service unavailable</title></head>
<body>
<main>
<h1>Layanan sedang tidak tersedia</h1>
<p>Halaman ini tidak dapat dimuat sekarang. Coba lagi dalam beberapa detik. Data Anda tidak berubah.</p>
<p><a href="/">Ke beranda</a></p>
<h2 lang="en">Service unavailable</h2>
<p lang="en">This page cannot be loaded right now. Please try again in a few seconds. Nothing of yours was changed.</p>
<p lang="en"><a href="/en">Go to the home page</a></p>
</main>
</body>
</html>
`;

/** The failure page (503); the caller logs what failed. */
export function pageFailure(): Response {
  return new Response(BODY, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' },
  });
}
