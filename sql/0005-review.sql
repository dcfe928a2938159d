-- 0005: the review chain: messages (站内消息) and the mail outbox, what each reviewer last saw,
-- the 盟市 recommendation with its joint document, expert review, 公示, objections.

CREATE TABLE messages (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id      BIGINT       NOT NULL,
  application_id  BIGINT       NULL,
  at              DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  title           VARCHAR(200) NOT NULL,
  body            TEXT         NOT NULL,
  read_at         DATETIME     NULL,
  KEY messages_unread (account_id, read_at),
  CONSTRAINT messages_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- written in the same transaction as the message; sent later by `dtpilot-admin send-mail`
CREATE TABLE outbox (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  message_id  BIGINT       NOT NULL,
  to_email    VARCHAR(254) NOT NULL,
  subject     VARCHAR(200) NOT NULL,
  body        TEXT         NOT NULL,
  created_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  sent_at     DATETIME     NULL,
  attempts    INT          NOT NULL DEFAULT 0,
  last_error  VARCHAR(255) NOT NULL DEFAULT '',
  KEY outbox_pending (sent_at, id),
  CONSTRAINT outbox_message_fk FOREIGN KEY (message_id) REFERENCES messages (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the submitted version a reviewer last opened: a resubmission shows what changed since
CREATE TABLE review_seen (
  account_id      BIGINT   NOT NULL,
  application_id  BIGINT   NOT NULL,
  version_no      INT      NOT NULL,
  seen_at         DATETIME NOT NULL,
  PRIMARY KEY (account_id, application_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE city_recommendations (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  batch_id      BIGINT       NOT NULL,
  city_code     CHAR(6)      NOT NULL,
  state         ENUM('draft','submitted') NOT NULL DEFAULT 'draft',
  doc_no        VARCHAR(100) NOT NULL DEFAULT '',   -- 联合行文 文号
  doc_date      DATE         NULL,
  submitted_at  DATETIME     NULL,
  submitted_by  BIGINT       NULL,
  version       INT          NOT NULL DEFAULT 1,
  UNIQUE KEY city_recommendations_one (batch_id, city_code),
  CONSTRAINT city_rec_batch_fk FOREIGN KEY (batch_id) REFERENCES batches (id),
  CONSTRAINT city_rec_city_fk FOREIGN KEY (city_code) REFERENCES regions (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE recommendation_items (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  rec_id          BIGINT       NOT NULL,
  application_id  BIGINT       NOT NULL,
  sub_industry    SMALLINT     NOT NULL,
  rank_no         INT          NOT NULL,
  reason          TEXT         NOT NULL,
  UNIQUE KEY recommendation_items_app (application_id),
  KEY recommendation_items_rec (rec_id, sub_industry, rank_no),
  CONSTRAINT rec_items_rec_fk FOREIGN KEY (rec_id) REFERENCES city_recommendations (id) ON DELETE CASCADE,
  CONSTRAINT rec_items_app_fk FOREIGN KEY (application_id) REFERENCES applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the 盟市工信和财政部门联合行文 (PDF)
CREATE TABLE rec_documents (
  rec_id    BIGINT       NOT NULL PRIMARY KEY,
  filename  VARCHAR(255) NOT NULL,
  mime      VARCHAR(64)  NOT NULL,
  size      BIGINT       NOT NULL,
  sha256    CHAR(64)     NOT NULL,
  data      LONGBLOB     NOT NULL,
  CONSTRAINT rec_documents_fk FOREIGN KEY (rec_id) REFERENCES city_recommendations (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE rubric_items (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  batch_id    BIGINT       NOT NULL,
  seq         INT          NOT NULL,
  title       VARCHAR(200) NOT NULL,
  max_points  INT          NOT NULL,                 -- whole points; the items of a batch add up to 100
  UNIQUE KEY rubric_items_seq (batch_id, seq),
  CONSTRAINT rubric_items_batch_fk FOREIGN KEY (batch_id) REFERENCES batches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE expert_assignments (
  id              BIGINT    NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT    NOT NULL,
  expert_id       BIGINT    NOT NULL,
  assigned_at     DATETIME  NOT NULL DEFAULT CURRENT_TIMESTAMP,
  assigned_by     BIGINT    NOT NULL,
  declared_at     DATETIME  NULL,                    -- 无利益冲突声明
  submitted_at    DATETIME  NULL,
  total           INT       NULL,                    -- hundredths of a point
  comments        TEXT      NOT NULL,
  version         INT       NOT NULL DEFAULT 1,
  UNIQUE KEY expert_assignments_one (application_id, expert_id),
  KEY expert_assignments_expert (expert_id, submitted_at),
  CONSTRAINT expert_assign_app_fk FOREIGN KEY (application_id) REFERENCES applications (id),
  CONSTRAINT expert_assign_expert_fk FOREIGN KEY (expert_id) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE expert_scores (
  assignment_id  BIGINT  NOT NULL,
  item_id        BIGINT  NOT NULL,
  points         INT     NOT NULL,                   -- hundredths of a point
  PRIMARY KEY (assignment_id, item_id),
  CONSTRAINT expert_scores_assign_fk FOREIGN KEY (assignment_id) REFERENCES expert_assignments (id) ON DELETE CASCADE,
  CONSTRAINT expert_scores_item_fk FOREIGN KEY (item_id) REFERENCES rubric_items (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE batch_holidays (
  batch_id  BIGINT  NOT NULL,
  day       DATE    NOT NULL,
  PRIMARY KEY (batch_id, day),
  CONSTRAINT batch_holidays_batch_fk FOREIGN KEY (batch_id) REFERENCES batches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 公示 of the 拟认定 list
CREATE TABLE publications (
  id            BIGINT    NOT NULL AUTO_INCREMENT PRIMARY KEY,
  batch_id      BIGINT    NOT NULL,
  start_date    DATE      NOT NULL,
  end_date      DATE      NOT NULL,                  -- the last working day of the period
  working_days  INT       NOT NULL,
  published_at  DATETIME  NOT NULL,
  published_by  BIGINT    NOT NULL,
  UNIQUE KEY publications_batch (batch_id),
  CONSTRAINT publications_batch_fk FOREIGN KEY (batch_id) REFERENCES batches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE objections (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT       NOT NULL,
  objector        VARCHAR(100) NOT NULL,            -- real name or unit
  contact         VARCHAR(100) NOT NULL DEFAULT '',
  content         TEXT         NOT NULL,
  received_on     DATE         NOT NULL,
  recorded_by     BIGINT       NOT NULL,
  recorded_at     DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  resolved_at     DATETIME     NULL,
  outcome         TEXT         NULL,
  upheld          TINYINT      NULL,
  KEY objections_app (application_id, resolved_at),
  CONSTRAINT objections_app_fk FOREIGN KEY (application_id) REFERENCES applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
