-- What a transmitted synthesis cites stays as it was cited. Re-validating minutes never rewrites nor deletes a
-- minutes item that a transmitted version cites: the application marks it superseded (superseded_at) and writes
-- the new text as a new item; a citizen's question it cites keeps its text. The triggers refuse the rest, for the
-- application's own account too.
ALTER TABLE minutes_item ADD COLUMN superseded_at TIMESTAMP(3) NULL;
CREATE INDEX idx_synthesis_source_minutes_item ON synthesis_source (minutes_item_id);
CREATE INDEX idx_synthesis_source_question ON synthesis_source (question_id);

DELIMITER $$
CREATE TRIGGER minutes_item_cited_update BEFORE UPDATE ON minutes_item FOR EACH ROW
BEGIN
  IF NEW.text <> OLD.text OR NOT (NEW.answer <=> OLD.answer) OR NEW.kind <> OLD.kind OR NEW.forum_id <> OLD.forum_id
     OR (NEW.superseded_at IS NULL AND OLD.superseded_at IS NOT NULL) THEN
    IF EXISTS (SELECT 1 FROM synthesis_source ss JOIN synthesis_item si ON si.id = ss.item_id
               JOIN synthesis s ON s.id = si.synthesis_id
               WHERE ss.minutes_item_id = OLD.id AND s.status = 'transmitted') THEN
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'element cite par une synthese transmise : lecture seule';
    END IF;
  END IF;
END$$
CREATE TRIGGER minutes_item_cited_delete BEFORE DELETE ON minutes_item FOR EACH ROW
BEGIN
  IF EXISTS (SELECT 1 FROM synthesis_source ss JOIN synthesis_item si ON si.id = ss.item_id
             JOIN synthesis s ON s.id = si.synthesis_id
             WHERE ss.minutes_item_id = OLD.id AND s.status = 'transmitted') THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'element cite par une synthese transmise : lecture seule';
  END IF;
END$$
CREATE TRIGGER question_cited_update BEFORE UPDATE ON question FOR EACH ROW
BEGIN
  IF NEW.original_text <> OLD.original_text OR NEW.masked_text <> OLD.masked_text OR NEW.forum_id <> OLD.forum_id THEN
    IF EXISTS (SELECT 1 FROM synthesis_source ss JOIN synthesis_item si ON si.id = ss.item_id
               JOIN synthesis s ON s.id = si.synthesis_id
               WHERE ss.question_id = OLD.id AND s.status = 'transmitted') THEN
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'question citee par une synthese transmise : lecture seule';
    END IF;
  END IF;
END$$
CREATE TRIGGER question_cited_delete BEFORE DELETE ON question FOR EACH ROW
BEGIN
  IF EXISTS (SELECT 1 FROM synthesis_source ss JOIN synthesis_item si ON si.id = ss.item_id
             JOIN synthesis s ON s.id = si.synthesis_id
             WHERE ss.question_id = OLD.id AND s.status = 'transmitted') THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'question citee par une synthese transmise : lecture seule';
  END IF;
END$$
DELIMITER ;
