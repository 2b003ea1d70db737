-- National synthesis: the same tables as the departmental one, with a scope. A national synthesis row has
-- scope 'national' and department 'FR' (the whole country); its items' sources are items of transmitted
-- departmental syntheses (source_key 'd:<synthesis_item_id>', with their département).
ALTER TABLE synthesis ADD COLUMN scope VARCHAR(12) NOT NULL DEFAULT 'department' AFTER campaign_id;
ALTER TABLE synthesis ADD CONSTRAINT ck_synthesis_scope CHECK (scope IN ('department', 'national')
  AND (scope = 'department' OR department = 'FR'));
ALTER TABLE synthesis_source ADD COLUMN department VARCHAR(3) NULL, ADD COLUMN synthesis_item_id BIGINT NULL;
CREATE INDEX idx_synthesis_scope_status ON synthesis (campaign_id, scope, status, department, version);
-- Progress: forums grouped by campaign, département and status.
CREATE INDEX idx_forum_campaign_status ON forum (campaign_id, status, department);
