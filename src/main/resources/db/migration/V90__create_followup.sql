-- Follow-up of the forums: commitments made from a validated or transmitted synthesis (beside it: the synthesis
-- tables are never written), their dated progress notes, and the anonymous feedback of each forum.
CREATE TABLE commitment (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id  BIGINT        NOT NULL,
  department   VARCHAR(3)    NOT NULL,
  title        VARCHAR(300)  NOT NULL,
  description  MEDIUMTEXT    NULL,
  carried_by   VARCHAR(200)  NOT NULL,
  due_on       DATE          NULL,
  status       VARCHAR(12)   NOT NULL DEFAULT 'planned',
  reason       VARCHAR(2000) NULL,
  published    BOOLEAN       NOT NULL DEFAULT FALSE,
  done_on      DATE          NULL,
  version      INT           NOT NULL DEFAULT 0,
  created_by   VARCHAR(64)   NULL,
  created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_by   VARCHAR(64)   NULL,
  updated_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY idx_commitment_department (campaign_id, department),
  CONSTRAINT fk_commitment_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What a commitment answers: a synthesis item (a group), or one statement of it (source_key 'm:..' or 'q:..').
-- The item's text and its statements are copied here when the commitment is made, so that the link survives a
-- new draft of the synthesis.
CREATE TABLE commitment_source (
  commitment_id     BIGINT       NOT NULL,
  position          INT          NOT NULL,
  synthesis_item_id BIGINT       NOT NULL,
  synthesis_version INT          NOT NULL,
  section           VARCHAR(12)  NOT NULL,
  item_text         MEDIUMTEXT   NOT NULL,
  statement_key     VARCHAR(40)  NULL,
  PRIMARY KEY (commitment_id, position),
  KEY idx_commitment_source_item (synthesis_item_id),
  CONSTRAINT fk_commitment_source_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE commitment_statement (
  commitment_id     BIGINT       NOT NULL,
  synthesis_item_id BIGINT       NOT NULL,
  source_key        VARCHAR(40)  NOT NULL,
  forum_id          BIGINT       NULL,
  minutes_item_id   BIGINT       NULL,
  question_id       BIGINT       NULL,
  text              MEDIUMTEXT   NULL,
  PRIMARY KEY (commitment_id, synthesis_item_id, source_key),
  KEY idx_commitment_statement_forum (forum_id),
  CONSTRAINT fk_commitment_statement_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE commitment_note (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  commitment_id BIGINT       NOT NULL,
  at            DATE         NOT NULL,
  text          MEDIUMTEXT   NOT NULL,
  masked_text   MEDIUMTEXT   NOT NULL,
  created_by    VARCHAR(64)  NULL,
  created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY idx_commitment_note_commitment (commitment_id, at),
  CONSTRAINT fk_commitment_note_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One anonymous answer per forum and device (device_hash: SHA-256 of a keyed cookie value), and per form
-- token (token_hash: a form sent twice is refused). The original comment is kept for nobody: only masked text.
CREATE TABLE forum_feedback (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  forum_id       BIGINT       NOT NULL,
  campaign_id    BIGINT       NOT NULL,
  department     VARCHAR(3)   NOT NULL,
  satisfaction   TINYINT      NOT NULL,
  listened       BOOLEAN      NOT NULL,
  answered       BOOLEAN      NOT NULL,
  would_return   BOOLEAN      NOT NULL,
  comment_masked MEDIUMTEXT   NULL,
  masked_count   INT          NOT NULL DEFAULT 0,
  device_hash    CHAR(64)     NULL,
  token_hash     CHAR(64)     NULL,
  origin         VARCHAR(8)   NOT NULL DEFAULT 'form',
  submitted_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY uk_forum_feedback_device (forum_id, device_hash),
  UNIQUE KEY uk_forum_feedback_token (token_hash),
  KEY idx_forum_feedback_department (campaign_id, department)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
