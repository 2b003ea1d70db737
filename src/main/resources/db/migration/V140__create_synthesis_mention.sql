-- Second ideas of the synthesis: a statement is a member (source) of exactly one item, but an answer with several
-- ideas may also be *mentioned* by other items ("Aussi évoqué dans n contributions classées ailleurs"). Same shape
-- as synthesis_source; never counted in an item's weight. Frozen with its version like the sources.
CREATE TABLE synthesis_mention (
  item_id           BIGINT      NOT NULL,
  source_key        VARCHAR(40) NOT NULL,
  forum_id          BIGINT      NULL,
  minutes_item_id   BIGINT      NULL,
  question_id       BIGINT      NULL,
  department        VARCHAR(3)  NULL,
  synthesis_item_id BIGINT      NULL,
  PRIMARY KEY (item_id, source_key),
  CONSTRAINT fk_synthesis_mention_item FOREIGN KEY (item_id) REFERENCES synthesis_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

DELIMITER $$
CREATE TRIGGER synthesis_mention_frozen_insert BEFORE INSERT ON synthesis_mention FOR EACH ROW
BEGIN
  IF (SELECT s.status FROM synthesis s JOIN synthesis_item i ON i.synthesis_id = s.id WHERE i.id = NEW.item_id) = 'transmitted' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'synthese transmise : version en lecture seule';
  END IF;
END$$
CREATE TRIGGER synthesis_mention_frozen_update BEFORE UPDATE ON synthesis_mention FOR EACH ROW
BEGIN
  IF (SELECT s.status FROM synthesis s JOIN synthesis_item i ON i.synthesis_id = s.id WHERE i.id = OLD.item_id) = 'transmitted'
     OR (SELECT s.status FROM synthesis s JOIN synthesis_item i ON i.synthesis_id = s.id WHERE i.id = NEW.item_id) = 'transmitted' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'synthese transmise : version en lecture seule';
  END IF;
END$$
CREATE TRIGGER synthesis_mention_frozen_delete BEFORE DELETE ON synthesis_mention FOR EACH ROW
BEGIN
  IF (SELECT s.status FROM synthesis s JOIN synthesis_item i ON i.synthesis_id = s.id WHERE i.id = OLD.item_id) = 'transmitted' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'synthese transmise : version en lecture seule';
  END IF;
END$$
DELIMITER ;
