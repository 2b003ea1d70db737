-- The minutes (compte rendu) of one forum: status draft -> submitted -> validated (reopened -> draft, with a reason).
-- `version` is the ETag: every save and every workflow step makes version + 1, kept in minutes_version.
CREATE TABLE minutes (
  forum_id                BIGINT       NOT NULL PRIMARY KEY,
  status                  VARCHAR(12)  NOT NULL DEFAULT 'draft',
  version                 INT          NOT NULL,
  attendance_total        INT          NULL,
  attendance_public       INT          NULL,
  attendance_elus         INT          NULL,
  attendance_associations INT          NULL,
  attendance_police_nationale  INT     NULL,
  attendance_gendarmerie       INT     NULL,
  attendance_police_municipale INT     NULL,
  attendance_autres       INT          NULL,
  started_at              DATETIME     NULL,
  ended_at                DATETIME     NULL,
  summary                 MEDIUMTEXT   NULL,
  reopen_reason           VARCHAR(2000) NULL,
  updated_by              VARCHAR(64)  NOT NULL,
  updated_at              TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_minutes_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One item of the minutes. Its id is stable across saves (the synthesis cites it).
-- kind: question | strength | weakness | proposal | topic_note. topic_source: suggested | chosen.
CREATE TABLE minutes_item (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  forum_id        BIGINT       NOT NULL,
  kind            VARCHAR(12)  NOT NULL,
  position        INT          NOT NULL,
  text            MEDIUMTEXT   NOT NULL,
  answer          MEDIUMTEXT   NULL,
  topic           VARCHAR(60)  NULL,
  topic_suggested VARCHAR(60)  NULL,
  topic_source    VARCHAR(10)  NOT NULL DEFAULT 'suggested',
  KEY idx_minutes_item_forum (forum_id, kind, position),
  CONSTRAINT fk_minutes_item_minutes FOREIGN KEY (forum_id) REFERENCES minutes (forum_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every version ever saved, as the full JSON body the API returned for it: nothing typed is ever lost.
CREATE TABLE minutes_version (
  forum_id  BIGINT       NOT NULL,
  version   INT          NOT NULL,
  status    VARCHAR(12)  NOT NULL,
  action    VARCHAR(12)  NOT NULL,
  snapshot  LONGTEXT     NOT NULL,
  saved_by  VARCHAR(64)  NOT NULL,
  saved_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (forum_id, version),
  CONSTRAINT fk_minutes_version_minutes FOREIGN KEY (forum_id) REFERENCES minutes (forum_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who did what, when: save, import, submit, validate, reopen (with its reason).
CREATE TABLE minutes_audit (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  forum_id  BIGINT       NOT NULL,
  action    VARCHAR(12)  NOT NULL,
  version   INT          NOT NULL,
  actor     VARCHAR(64)  NOT NULL,
  at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  reason    VARCHAR(2000) NULL,
  KEY idx_minutes_audit_forum (forum_id, at),
  CONSTRAINT fk_minutes_audit_minutes FOREIGN KEY (forum_id) REFERENCES minutes (forum_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
