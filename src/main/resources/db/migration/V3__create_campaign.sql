-- A campaign is data: title, date window, synthesis due date, themes and their sub-topics (with keywords
-- used to suggest a sub-topic for a question or a minutes item).
CREATE TABLE campaign (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code             VARCHAR(40)  NOT NULL,
  title            VARCHAR(200) NOT NULL,
  starts_on        DATE         NOT NULL,
  ends_on          DATE         NOT NULL,
  synthesis_due_on DATE         NOT NULL,
  created_at       TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uk_campaign_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE campaign_theme (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id BIGINT       NOT NULL,
  code        VARCHAR(40)  NOT NULL,
  title       VARCHAR(200) NOT NULL,
  position    INT          NOT NULL,
  UNIQUE KEY uk_theme_code (campaign_id, code),
  CONSTRAINT fk_theme_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A sub-topic. Its code is unique within the campaign (e.g. "proximite.cambriolages").
CREATE TABLE campaign_topic (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id BIGINT       NOT NULL,
  theme_id    BIGINT       NOT NULL,
  code        VARCHAR(60)  NOT NULL,
  title       VARCHAR(200) NOT NULL,
  group_title VARCHAR(200) NULL,
  keywords    TEXT         NULL,
  position    INT          NOT NULL,
  UNIQUE KEY uk_topic_code (campaign_id, code),
  CONSTRAINT fk_topic_theme FOREIGN KEY (theme_id) REFERENCES campaign_theme (id),
  CONSTRAINT fk_topic_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
