-- Examples of a campaign's sub-topics: texts whose topic a person confirmed or chose (minutes editing,
-- moderation, synthesis). Topic suggestion learns from them. One row per origin (origin, origin_id), updated
-- when the person changes their mind; origin 'seed' rows are written examples shipped with the campaign data.
CREATE TABLE campaign_topic_example (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_id BIGINT        NOT NULL,
  topic_code  VARCHAR(60)   NOT NULL,
  text        VARCHAR(2000) NOT NULL,
  origin      VARCHAR(20)   NOT NULL,
  origin_id   BIGINT        NULL,
  created_by  VARCHAR(64)   NULL,
  updated_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  UNIQUE KEY uk_topic_example_origin (campaign_id, origin, origin_id),
  KEY idx_topic_example_campaign (campaign_id, updated_at),
  CONSTRAINT fk_topic_example_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
