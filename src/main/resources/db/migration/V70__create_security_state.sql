-- Security state shared by every replica (issue 12): sign-in sessions, login throttling, public rate limits,
-- single-use form tokens, and the security audit trail.

-- A signed-in session: the cookie holds a random token, the table its SHA-256. Logout, password change,
-- disabling and role change delete the rows: the cookie is refused at once.
CREATE TABLE user_session (
  token_hash    CHAR(64)     NOT NULL PRIMARY KEY,
  username      VARCHAR(64)  NOT NULL,
  method        VARCHAR(16)  NOT NULL,
  address       VARCHAR(64)  NULL,
  created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  last_seen_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  expires_at    TIMESTAMP(3) NOT NULL,
  KEY idx_user_session_username (username),
  KEY idx_user_session_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed sign-ins per account ("u:<username>") and per address ("a:<address>").
CREATE TABLE login_throttle (
  throttle_key     VARCHAR(200) NOT NULL PRIMARY KEY,
  failures         INT          NOT NULL,
  last_failure_at  TIMESTAMP(3) NOT NULL,
  locked_until     TIMESTAMP(3) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Rate limits: hits per bucket, client and fixed window (two windows weighted give a sliding estimate).
CREATE TABLE rate_limit_window (
  bucket        VARCHAR(40)  NOT NULL,
  client        VARCHAR(100) NOT NULL,
  window_start  BIGINT       NOT NULL,
  hits          INT          NOT NULL,
  PRIMARY KEY (bucket, client, window_start),
  KEY idx_rate_limit_window_start (window_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Fill-time tokens of the public forms already used (single use).
CREATE TABLE form_token_use (
  token_hash  CHAR(64)     NOT NULL PRIMARY KEY,
  used_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY idx_form_token_use_used (used_at)
) ENGINE=InnoDB;

-- Security events (GET /api/v1/audit?type=security), kept 6 to 12 months then purged.
CREATE TABLE security_audit (
  id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  actor    VARCHAR(64)  NULL,
  action   VARCHAR(40)  NOT NULL,
  target   VARCHAR(300) NULL,
  address  VARCHAR(64)  NULL,
  outcome  VARCHAR(20)  NOT NULL,
  KEY idx_security_audit_at (at),
  KEY idx_security_audit_action (action, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
