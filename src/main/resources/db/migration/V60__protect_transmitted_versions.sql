-- A transmitted synthesis version is frozen for the application's own database account too: no UPDATE, DELETE or
-- INSERT touches its row, its items, their sources or its documents, and no row moves into or out of it. The
-- account has only SELECT, INSERT, UPDATE, DELETE (no TRIGGER, DROP, ALTER: it can neither drop these triggers
-- nor TRUNCATE); the owner account (PARLONSEN_DB_OWNER_USERNAME) runs this migration. Audit and version tables
-- are append-only.

-- Every trigger is (re)created here, so that its DEFINER is the owner running this migration: a trigger runs with
-- its definer's privileges, and the application account no longer has TRIGGER.
DROP TRIGGER IF EXISTS synthesis_frozen_update;
DROP TRIGGER IF EXISTS synthesis_frozen_delete;
DROP TRIGGER IF EXISTS synthesis_item_frozen_insert;
DROP TRIGGER IF EXISTS synthesis_item_frozen_update;
DROP TRIGGER IF EXISTS synthesis_item_frozen_delete;
DROP TRIGGER IF EXISTS synthesis_source_frozen_insert;
DROP TRIGGER IF EXISTS synthesis_source_frozen_delete;
DROP TRIGGER IF EXISTS synthesis_export_frozen_update;
DROP TRIGGER IF EXISTS synthesis_export_frozen_delete;

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
-- a version is created as a draft; it becomes transmitted only by an update of a validated version
CREATE TRIGGER synthesis_created_draft BEFORE INSERT ON synthesis FOR EACH ROW
BEGIN
  IF NEW.status = 'transmitted' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'synthese transmise : une version ne peut pas etre creee transmise';
  END IF;
END$$
CREATE TRIGGER synthesis_item_frozen_update BEFORE UPDATE ON synthesis_item FOR EACH ROW
BEGIN
  IF (SELECT status FROM synthesis WHERE id = OLD.synthesis_id) = 'transmitted'
     OR (SELECT status FROM synthesis WHERE id = NEW.synthesis_id) = 'transmitted' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'synthese transmise : version en lecture seule';
  END IF;
END$$
CREATE TRIGGER synthesis_source_frozen_update BEFORE UPDATE ON synthesis_source FOR EACH ROW
BEGIN
  IF (SELECT s.status FROM synthesis s JOIN synthesis_item i ON i.synthesis_id = s.id WHERE i.id = OLD.item_id) = 'transmitted'
     OR (SELECT s.status FROM synthesis s JOIN synthesis_item i ON i.synthesis_id = s.id WHERE i.id = NEW.item_id) = 'transmitted' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'synthese transmise : version en lecture seule';
  END IF;
END$$
-- documents are written once, while the version is validated (the transmission), with the sha256 of their bytes
CREATE TRIGGER synthesis_export_frozen_insert BEFORE INSERT ON synthesis_export FOR EACH ROW
BEGIN
  IF COALESCE((SELECT status FROM synthesis WHERE id = NEW.synthesis_id), '') <> 'validated' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'document transmis : ecrit une seule fois, a la transmission';
  END IF;
  IF NEW.sha256 IS NULL OR LOWER(NEW.sha256) <> SHA2(NEW.content, 256) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'document transmis : empreinte sha256 inexacte';
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
CREATE TRIGGER synthesis_audit_append_only_update BEFORE UPDATE ON synthesis_audit FOR EACH ROW
BEGIN
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal : ajout seulement';
END$$
CREATE TRIGGER synthesis_audit_append_only_delete BEFORE DELETE ON synthesis_audit FOR EACH ROW
BEGIN
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal : ajout seulement';
END$$
CREATE TRIGGER minutes_audit_append_only_update BEFORE UPDATE ON minutes_audit FOR EACH ROW
BEGIN
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal : ajout seulement';
END$$
CREATE TRIGGER minutes_audit_append_only_delete BEFORE DELETE ON minutes_audit FOR EACH ROW
BEGIN
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal : ajout seulement';
END$$
CREATE TRIGGER minutes_version_append_only_update BEFORE UPDATE ON minutes_version FOR EACH ROW
BEGIN
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'versions : ajout seulement';
END$$
CREATE TRIGGER minutes_version_append_only_delete BEFORE DELETE ON minutes_version FOR EACH ROW
BEGIN
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'versions : ajout seulement';
END$$
DELIMITER ;
