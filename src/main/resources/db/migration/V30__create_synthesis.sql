-- Departmental synthesis: one row per version. A transmitted version is frozen, here in the database too:
-- triggers refuse any change to it, to its items, sources and exports. Later edits make version + 1.
CREATE TABLE synthesis (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id    BIGINT       NOT NULL,
  department     VARCHAR(3)   NOT NULL,
  version        INT          NOT NULL,
  status         VARCHAR(12)  NOT NULL DEFAULT 'draft',
  revision       INT          NOT NULL DEFAULT 0,
  figures        LONGTEXT     NULL,
  built_at       TIMESTAMP    NULL,
  validated_by   VARCHAR(64)  NULL,
  validated_at   TIMESTAMP    NULL,
  transmitted_by VARCHAR(64)  NULL,
  transmitted_at TIMESTAMP(3) NULL,
  updated_at     TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uk_synthesis_version (campaign_id, department, version),
  CONSTRAINT fk_synthesis_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE synthesis_item (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  synthesis_id   BIGINT       NOT NULL,
  section        VARCHAR(12)  NOT NULL,
  topic          VARCHAR(60)  NULL,
  position       INT          NOT NULL,
  text           MEDIUMTEXT   NOT NULL,
  generated_text MEDIUMTEXT   NULL,
  edited         BOOLEAN      NOT NULL DEFAULT FALSE,
  deleted        BOOLEAN      NOT NULL DEFAULT FALSE,
  delete_reason  VARCHAR(1000) NULL,
  KEY idx_synthesis_item_synthesis (synthesis_id),
  CONSTRAINT fk_synthesis_item_synthesis FOREIGN KEY (synthesis_id) REFERENCES synthesis (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE synthesis_source (
  item_id         BIGINT      NOT NULL,
  source_key      VARCHAR(40) NOT NULL,
  forum_id        BIGINT      NULL,
  minutes_item_id BIGINT      NULL,
  question_id     BIGINT      NULL,
  PRIMARY KEY (item_id, source_key),
  CONSTRAINT fk_synthesis_source_item FOREIGN KEY (item_id) REFERENCES synthesis_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The documents of a transmitted version, byte for byte, with their sha256.
CREATE TABLE synthesis_export (
  synthesis_id BIGINT      NOT NULL,
  format       VARCHAR(8)  NOT NULL,
  sha256       CHAR(64)    NOT NULL,
  content      LONGBLOB    NOT NULL,
  created_at   TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (synthesis_id, format),
  CONSTRAINT fk_synthesis_export_synthesis FOREIGN KEY (synthesis_id) REFERENCES synthesis (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE synthesis_audit (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  synthesis_id BIGINT       NOT NULL,
  at           TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  username     VARCHAR(64)  NULL,
  action       VARCHAR(40)  NOT NULL,
  detail       VARCHAR(2000) NULL,
  KEY idx_synthesis_audit_synthesis (synthesis_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

DELIMITER $$
CREATE TRIGGER synthesis_frozen_update BEFORE UPDATE ON synthesis FOR EACH ROW
BEGIN
  IF OLD.status = 'transmitted' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'synthese transmise : version en lecture seule';
  END IF;
END$$
CREATE TRIGGER synthesis_frozen_delete BEFORE DELETE ON synthesis FOR EACH ROW
BEGIN
  IF OLD.status = 'transmitted' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'synthese transmise : version en lecture seule';
  END IF;
END$$
CREATE TRIGGER synthesis_item_frozen_insert BEFORE INSERT ON synthesis_item FOR EACH ROW
BEGIN
  IF (SELECT status FROM synthesis WHERE id = NEW.synthesis_id) = 'transmitted' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'synthese transmise : version en lecture seule';
  END IF;
END$$
CREATE TRIGGER synthesis_item_frozen_update BEFORE UPDATE ON synthesis_item FOR EACH ROW
BEGIN
  IF (SELECT status FROM synthesis WHERE id = OLD.synthesis_id) = 'transmitted' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'synthese transmise : version en lecture seule';
  END IF;
END$$
CREATE TRIGGER synthesis_item_frozen_delete BEFORE DELETE ON synthesis_item FOR EACH ROW
BEGIN
  IF (SELECT status FROM synthesis WHERE id = OLD.synthesis_id) = 'transmitted' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'synthese transmise : version en lecture seule';
  END IF;
END$$
CREATE TRIGGER synthesis_source_frozen_insert BEFORE INSERT ON synthesis_source FOR EACH ROW
BEGIN
  IF (SELECT s.status FROM synthesis s JOIN synthesis_item i ON i.synthesis_id = s.id WHERE i.id = NEW.item_id) = 'transmitted' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'synthese transmise : version en lecture seule';
  END IF;
END$$
CREATE TRIGGER synthesis_source_frozen_delete BEFORE DELETE ON synthesis_source FOR EACH ROW
BEGIN
  IF (SELECT s.status FROM synthesis s JOIN synthesis_item i ON i.synthesis_id = s.id WHERE i.id = OLD.item_id) = 'transmitted' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'synthese transmise : version en lecture seule';
  END IF;
END$$
CREATE TRIGGER synthesis_export_frozen_update BEFORE UPDATE ON synthesis_export FOR EACH ROW
BEGIN
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'document transmis : lecture seule';
END$$
CREATE TRIGGER synthesis_export_frozen_delete BEFORE DELETE ON synthesis_export FOR EACH ROW
BEGIN
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'document transmis : lecture seule';
END$$
DELIMITER ;
