-- A citizen's question (source public) or a question recorded in validated minutes (source minutes).
-- original_text is seen by moderators only; masked_text (personal data replaced) is what gets published.
CREATE TABLE question (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id      BIGINT        NOT NULL,
  department       VARCHAR(3)    NOT NULL,
  forum_id         BIGINT        NULL,
  source           VARCHAR(10)   NOT NULL,
  minutes_item_id  BIGINT        NULL,
  status           VARCHAR(10)   NOT NULL DEFAULT 'pending',
  original_text    MEDIUMTEXT    NOT NULL,
  masked_text      MEDIUMTEXT    NOT NULL,
  detections       TEXT          NULL,
  commune_code     VARCHAR(5)    NULL,
  email            VARCHAR(254)  NULL,
  topic            VARCHAR(60)   NULL,
  topic_suggested  VARCHAR(60)   NULL,
  topic_source     VARCHAR(10)   NOT NULL DEFAULT 'suggested',
  reject_reason    VARCHAR(2000) NULL,
  answer_original  MEDIUMTEXT    NULL,
  answer_masked    MEDIUMTEXT    NULL,
  answered_by      VARCHAR(64)   NULL,
  answered_at      TIMESTAMP     NULL,
  moderated_by     VARCHAR(64)   NULL,
  moderated_at     TIMESTAMP     NULL,
  submitted_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  email_purged_at  TIMESTAMP     NULL,
  UNIQUE KEY uk_question_minutes_item (minutes_item_id),
  KEY idx_question_queue (campaign_id, department, status),
  KEY idx_question_forum (forum_id, status),
  CONSTRAINT fk_question_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  CONSTRAINT fk_question_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Idempotency-Key of public submissions: a replay with the same key and body gets the first answer back.
CREATE TABLE question_idempotency (
  idem_key      VARCHAR(200) NOT NULL PRIMARY KEY,
  request_hash  CHAR(64)     NOT NULL,
  status        INT          NOT NULL,
  response      TEXT         NOT NULL,
  question_id   BIGINT       NULL,
  created_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
