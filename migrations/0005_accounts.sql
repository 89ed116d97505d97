-- Agency accounts: users, their sessions and their one-time setup/reset tokens (issue 12).
-- No triggers: remote `wrangler d1 migrations apply` has failed on trigger bodies.

-- One person who signs in. Agency roles belong to exactly one agency; national roles to none.
CREATE TABLE users (
  id TEXT PRIMARY KEY,                                   -- UUID
  email TEXT NOT NULL UNIQUE CHECK (email = lower(trim(email)) AND email LIKE '%_@_%'),
  name TEXT,                                             -- display name, optional
  role TEXT NOT NULL CHECK (role IN ('agency_hr', 'agency_admin', 'national_viewer', 'super_admin')),
  agency_id TEXT REFERENCES agencies (id),
  password_hash TEXT,                                    -- scrypt$N$r$p$salt$hash; NULL until the setup link is used
  disabled_at TEXT,                                      -- set when an admin disables the account
  created_at TEXT NOT NULL,                              -- ISO 8601 UTC
  created_by TEXT,                                       -- user id of the inviter; NULL from the command line
  last_login_at TEXT,
  password_changed_at TEXT,
  CHECK ((role IN ('agency_hr', 'agency_admin')) = (agency_id IS NOT NULL))
);
CREATE INDEX users_by_agency ON users (agency_id, role);

-- A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a leaked
-- table gives no usable session.
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,                                   -- hex SHA-256 of the cookie token
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,                              -- idle expiry, pushed forward while in use
  absolute_expires_at TEXT NOT NULL                      -- never moves
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- One-time links to set a password: an invitation (72 h) or a reset (1 h). Only the SHA-256 is stored.
CREATE TABLE user_tokens (
  token_hash TEXT PRIMARY KEY,                           -- hex SHA-256 of the token in the link
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose TEXT NOT NULL CHECK (purpose IN ('invite', 'reset')),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT,
  created_by TEXT
);
CREATE INDEX user_tokens_by_user ON user_tokens (user_id);
