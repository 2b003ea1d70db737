-- State shared by every replica of the application (no per-process state that matters).

-- Public content generations: a change to what the public pages show bumps its topic in the same transaction;
-- every replica polls this small table (once a second) and drops the pages rendered at an older generation.
CREATE TABLE public_generation (
  topic VARCHAR(40) NOT NULL PRIMARY KEY,
  generation BIGINT NOT NULL DEFAULT 0,
  changed_at DATETIME(3) NOT NULL
) ENGINE=InnoDB;
INSERT INTO public_generation (topic, generation, changed_at) VALUES
  ('forum', 1, UTC_TIMESTAMP(3)), ('question', 1, UTC_TIMESTAMP(3));

-- Scheduled jobs run once per cluster: the replica that inserts (job, slot) first runs that occurrence.
CREATE TABLE scheduled_run (
  job VARCHAR(80) NOT NULL,
  slot DATETIME NOT NULL,
  instance VARCHAR(120) NOT NULL,
  claimed_at DATETIME(3) NOT NULL,
  PRIMARY KEY (job, slot)
) ENGINE=InnoDB;

-- Secrets every replica must share (e.g. the HMAC key of the public question forms when none is configured).
CREATE TABLE cluster_secret (
  name VARCHAR(40) NOT NULL PRIMARY KEY,
  secret VARBINARY(64) NOT NULL,
  created_at DATETIME(3) NOT NULL
) ENGINE=InnoDB;

-- Background synthesis builds and their progress, readable from any replica.
CREATE TABLE synthesis_job (
  id CHAR(36) NOT NULL PRIMARY KEY,
  owner VARCHAR(80) NOT NULL,
  campaign VARCHAR(40) NOT NULL,
  department VARCHAR(3) NOT NULL,
  percent INT NOT NULL DEFAULT 0,
  label VARCHAR(200) NOT NULL,
  done BOOLEAN NOT NULL DEFAULT FALSE,
  error VARCHAR(1000) NULL,
  instance VARCHAR(120) NOT NULL,
  started_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  KEY idx_synthesis_job_started (started_at)
) ENGINE=InnoDB;
