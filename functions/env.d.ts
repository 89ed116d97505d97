// Secrets are not in wrangler.toml, so `wrangler types` cannot see them.
interface Env {
  /** Ed25519 private key as JWK JSON; `wrangler secret put CERT_SIGNING_KEY` in production, .dev.vars locally. */
  CERT_SIGNING_KEY?: string;
}
