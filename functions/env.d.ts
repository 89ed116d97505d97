// Secrets and optional bindings are not in wrangler.toml, so `wrangler types` cannot see them.
interface Env {
  /** Ed25519 private key as JWK JSON; `wrangler secret put CERT_SIGNING_KEY` in production, .dev.vars locally. */
  CERT_SIGNING_KEY?: string;
  /** Cloudflare Email Service (`[[send_email]]` in wrangler.toml); without it setup links are only shown on screen. */
  EMAIL?: SendEmail;
  /** The sender of account emails; required with EMAIL. */
  EMAIL_FROM?: string;
}
