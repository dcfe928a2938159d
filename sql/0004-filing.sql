-- 0004: batches, applications (sections, fields, served enterprises), attachments,
-- submitted versions and the application timeline.

CREATE TABLE batches (
  id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  programme                 ENUM('platform','enterprise') NOT NULL,
  year                      SMALLINT     NOT NULL,
  title                     VARCHAR(200) NOT NULL,
  region_code               CHAR(6)      NOT NULL,             -- the province (or city) running it
  open_date                 DATE         NOT NULL,
  applicant_deadline        DATE         NOT NULL,
  county_deadline           DATE         NOT NULL,
  city_deadline             DATE         NOT NULL,
  min_smes                  INT          NOT NULL DEFAULT 6,   -- 申报条件（六）
  max_subind_per_city       INT          NOT NULL DEFAULT 5,   -- 相关要求（二）
  max_platforms_per_subind  INT          NOT NULL DEFAULT 3,   -- 相关要求（三）
  cap_platform_yuan         BIGINT       NOT NULL DEFAULT 2000000,  -- 附件3 注: 200万元
  cap_enterprise_pct        INT          NOT NULL DEFAULT 20,       -- 附件3 注: 20%
  cap_enterprise_yuan       BIGINT       NOT NULL DEFAULT 200000,   -- 附件3 注: 20万元
  created_at                DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  version                   INT          NOT NULL DEFAULT 1,
  KEY batches_open (programme, open_date),
  CONSTRAINT batches_region_fk FOREIGN KEY (region_code) REFERENCES regions (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE applications (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  batch_id        BIGINT       NOT NULL,
  account_id      BIGINT       NOT NULL,
  state           VARCHAR(24)  NOT NULL DEFAULT 'draft',
  region_code     CHAR(6)      NULL,             -- 所在旗县区 (decides who reviews it)
  sub_industry    SMALLINT     NULL,             -- 附件1 序号
  version         INT          NOT NULL DEFAULT 1,   -- guards state transitions
  submitted_no    INT          NOT NULL DEFAULT 0,   -- number of the latest submitted version
  submitted_at    DATETIME     NULL,
  return_reason   TEXT         NULL,
  created_at      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY applications_one_per_batch (batch_id, account_id),
  KEY applications_state (batch_id, state),
  KEY applications_region (region_code, state),
  KEY applications_account (account_id),
  CONSTRAINT applications_batch_fk FOREIGN KEY (batch_id) REFERENCES batches (id),
  CONSTRAINT applications_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id),
  CONSTRAINT applications_region_fk FOREIGN KEY (region_code) REFERENCES regions (code),
  CONSTRAINT applications_subind_fk FOREIGN KEY (sub_industry) REFERENCES sub_industries (seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- one row per form section: its own version, so two tabs cannot overwrite each other
CREATE TABLE app_sections (
  application_id  BIGINT       NOT NULL,
  section         VARCHAR(16)  NOT NULL,
  version         INT          NOT NULL DEFAULT 1,
  saved_at        DATETIME     NULL,
  PRIMARY KEY (application_id, section),
  CONSTRAINT app_sections_app_fk FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the sections' fields, by the names of the form definition in lib/
CREATE TABLE app_fields (
  application_id  BIGINT       NOT NULL,
  name            VARCHAR(48)  NOT NULL,
  value           MEDIUMTEXT   NOT NULL,
  PRIMARY KEY (application_id, name),
  CONSTRAINT app_fields_app_fk FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 服务企业清单: amounts in integer 元 (万元 with 4 decimals is exactly 元)
CREATE TABLE app_enterprises (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT       NOT NULL,
  name            VARCHAR(100) NOT NULL,
  credit_code     CHAR(18)     NOT NULL,
  region_code     CHAR(6)      NOT NULL,
  service_content TEXT         NOT NULL,
  contract_yuan   BIGINT       NOT NULL,
  cost_yuan       BIGINT       NOT NULL,
  subsidy_yuan    BIGINT       NOT NULL,
  version         INT          NOT NULL DEFAULT 1,
  created_at      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY app_enterprises_code (application_id, credit_code),
  KEY app_enterprises_credit (credit_code),
  CONSTRAINT app_enterprises_app_fk FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
  CONSTRAINT app_enterprises_region_fk FOREIGN KEY (region_code) REFERENCES regions (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE attachments (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT       NOT NULL,
  enterprise_id   BIGINT       NULL,             -- proofs of one served enterprise
  kind            VARCHAR(16)  NOT NULL,         -- license, credit, other, contract, invoice, scene
  filename        VARCHAR(255) NOT NULL,         -- the original name, for display only
  mime            VARCHAR(64)  NOT NULL,         -- decided by content (libmagic)
  size            BIGINT       NOT NULL,
  sha256          CHAR(64)     NOT NULL,
  uploaded_by     BIGINT       NOT NULL,
  created_at      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY attachments_app (application_id, kind),
  KEY attachments_ent (enterprise_id),
  KEY attachments_sha (sha256),
  CONSTRAINT attachments_app_fk FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
  CONSTRAINT attachments_ent_fk FOREIGN KEY (enterprise_id) REFERENCES app_enterprises (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE attachment_blobs (
  attachment_id   BIGINT       NOT NULL PRIMARY KEY,
  data            LONGBLOB     NOT NULL,
  CONSTRAINT attachment_blobs_fk FOREIGN KEY (attachment_id) REFERENCES attachments (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- immutable submitted versions: the canonical content and its verification code
CREATE TABLE app_versions (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT       NOT NULL,
  version_no      INT          NOT NULL,
  content         MEDIUMTEXT   NOT NULL,
  content_sha256  CHAR(64)     NOT NULL,
  code            CHAR(16)     NOT NULL,
  submitted_at    DATETIME     NOT NULL,
  submitted_by    BIGINT       NOT NULL,
  withdrawn       TINYINT      NOT NULL DEFAULT 0,
  UNIQUE KEY app_versions_no (application_id, version_no),
  UNIQUE KEY app_versions_code (code),
  CONSTRAINT app_versions_app_fk FOREIGN KEY (application_id) REFERENCES applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the timeline shown on the application page (who, level, when, what, opinion)
CREATE TABLE app_events (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT       NOT NULL,
  at              DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  account_id      BIGINT       NOT NULL,
  role            VARCHAR(16)  NOT NULL,
  action          VARCHAR(32)  NOT NULL,
  from_state      VARCHAR(24)  NOT NULL,
  to_state        VARCHAR(24)  NOT NULL,
  opinion         TEXT         NOT NULL,
  version_no      INT          NOT NULL DEFAULT 0,
  KEY app_events_app (application_id, at),
  CONSTRAINT app_events_app_fk FOREIGN KEY (application_id) REFERENCES applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
