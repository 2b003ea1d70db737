-- Whether a person confirmed the sub-topic of a synthesis item. topic_chosen: a person confirmed or changed it
-- on the synthesis itself; sources_confirmed: every source of the item had its topic chosen by a person
-- (minutes editing, moderation) and it is the item's topic. The API's topicConfirmed is either of them.
ALTER TABLE synthesis_item
  ADD COLUMN topic_chosen      BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN sources_confirmed BOOLEAN NOT NULL DEFAULT FALSE;
