-- A public forum of a campaign in a département: status draft -> published -> held, or cancelled with a reason.
CREATE TABLE forum (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id      BIGINT       NOT NULL,
  department       VARCHAR(3)   NOT NULL,
  title            VARCHAR(200) NOT NULL,
  starts_at        DATETIME     NOT NULL,
  ends_at          DATETIME     NOT NULL,
  status           VARCHAR(12)  NOT NULL DEFAULT 'draft',
  cancel_reason    VARCHAR(1000) NULL,
  venue_name       VARCHAR(200) NULL,
  venue_address    VARCHAR(300) NULL,
  venue_commune    VARCHAR(5)   NULL,
  venue_capacity   INT          NULL,
  venue_accessible BOOLEAN      NULL,
  venue_access     VARCHAR(1000) NULL,
  catchment_kind   VARCHAR(16)  NOT NULL,
  version          INT          NOT NULL DEFAULT 0,
  created_by       VARCHAR(64)  NULL,
  created_at       TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at       TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  published_at     TIMESTAMP    NULL,
  KEY idx_forum_campaign_department (campaign_id, department),
  CONSTRAINT fk_forum_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The catchment as given (cantons, EPCI, arrondissements or communes)...
CREATE TABLE forum_catchment (
  forum_id BIGINT      NOT NULL,
  code     VARCHAR(9)  NOT NULL,
  PRIMARY KEY (forum_id, code),
  CONSTRAINT fk_catchment_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ...and the set of communes it covers, which coverage is counted on.
CREATE TABLE forum_commune (
  forum_id     BIGINT     NOT NULL,
  commune_code VARCHAR(5) NOT NULL,
  PRIMARY KEY (forum_id, commune_code),
  KEY idx_forum_commune_commune (commune_code),
  CONSTRAINT fk_forum_commune_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The arrondissements the forum touches (from its communes): a sous-préfet plans and validates there.
CREATE TABLE forum_arrondissement (
  forum_id       BIGINT     NOT NULL,
  arrondissement VARCHAR(4) NOT NULL,
  PRIMARY KEY (forum_id, arrondissement),
  CONSTRAINT fk_forum_arr_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forum_facilitator (
  forum_id BIGINT      NOT NULL,
  username VARCHAR(64) NOT NULL,
  PRIMARY KEY (forum_id, username),
  KEY idx_facilitator_username (username),
  CONSTRAINT fk_facilitator_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forum_invitee (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  forum_id     BIGINT       NOT NULL,
  position     INT          NOT NULL,
  name         VARCHAR(200) NOT NULL,
  role         VARCHAR(40)  NULL,
  organisation VARCHAR(200) NULL,
  email        VARCHAR(254) NULL,
  invited_at   TIMESTAMP    NULL,
  CONSTRAINT fk_invitee_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
