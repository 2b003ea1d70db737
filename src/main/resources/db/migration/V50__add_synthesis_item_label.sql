-- Each synthesis item (a group of statements) gets a short label and a representative formulation, both
-- generated from its members and both editable: an edited one survives rebuilds, like the text.
ALTER TABLE synthesis_item
  ADD COLUMN label                 VARCHAR(300) NULL,
  ADD COLUMN label_edited          BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD COLUMN representative        MEDIUMTEXT   NULL,
  ADD COLUMN representative_edited BOOLEAN      NOT NULL DEFAULT FALSE;
