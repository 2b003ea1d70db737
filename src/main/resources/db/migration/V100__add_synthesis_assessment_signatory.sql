-- The préfet's own assessment and the signatory of the synthesis (contract: assessment, signatory {name, title}),
-- written by the cabinet in the app and printed at the end of the documents. A transmitted version keeps them
-- frozen like the rest of its row (trigger synthesis_frozen_update).
ALTER TABLE synthesis ADD COLUMN assessment MEDIUMTEXT NULL,
  ADD COLUMN signatory_name VARCHAR(200) NULL,
  ADD COLUMN signatory_title VARCHAR(300) NULL;
