-- People who log in. Roles: admin, national, prefecture, sous-prefet, facilitator, moderator.
CREATE TABLE app_user (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username        VARCHAR(64)  NOT NULL,
  password_hash   VARCHAR(100) NOT NULL,
  display_name    VARCHAR(200) NOT NULL,
  email           VARCHAR(254) NULL,
  roles           VARCHAR(200) NOT NULL,
  department      VARCHAR(3)   NULL,
  arrondissements VARCHAR(200) NULL,
  enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  version         INT          NOT NULL DEFAULT 0,
  UNIQUE KEY uk_app_user_username (username),
  KEY idx_app_user_department (department)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
