-- Reference geography: départements, arrondissements, EPCI, communes (etalab decoupage-administratif),
-- cantons and the commune -> canton mapping (INSEE COG, fractions cantonales included).
CREATE TABLE department (
  code        VARCHAR(3)   NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  region      VARCHAR(3)   NULL,
  region_name VARCHAR(100) NULL,
  type_liaison TINYINT     NULL,
  zone        VARCHAR(10)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE arrondissement (
  code       VARCHAR(4)   NOT NULL PRIMARY KEY,
  department VARCHAR(3)   NOT NULL,
  name       VARCHAR(100) NOT NULL,
  KEY idx_arrondissement_department (department)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE epci (
  code VARCHAR(9)   NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  type VARCHAR(10)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE commune (
  code           VARCHAR(5)   NOT NULL PRIMARY KEY,
  department     VARCHAR(3)   NOT NULL,
  name           VARCHAR(100) NOT NULL,
  arrondissement VARCHAR(4)   NULL,
  epci           VARCHAR(9)   NULL,
  population     INT          NULL,
  KEY idx_commune_department (department),
  KEY idx_commune_arrondissement (arrondissement),
  KEY idx_commune_epci (epci)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE canton (
  code       VARCHAR(5)   NOT NULL PRIMARY KEY,
  department VARCHAR(3)   NOT NULL,
  name       VARCHAR(150) NOT NULL,
  compct     VARCHAR(2)   NULL,
  burcentral VARCHAR(5)   NULL,
  KEY idx_canton_department (department)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE commune_canton (
  commune_code VARCHAR(5) NOT NULL,
  canton_code  VARCHAR(5) NOT NULL,
  fraction     BOOLEAN    NOT NULL DEFAULT FALSE,
  source       VARCHAR(40) NULL,
  PRIMARY KEY (commune_code, canton_code),
  KEY idx_commune_canton_canton (canton_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which version of each reference data set is loaded.
CREATE TABLE reference_dataset (
  name      VARCHAR(40)  NOT NULL PRIMARY KEY,
  version   VARCHAR(200) NOT NULL,
  loaded_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
