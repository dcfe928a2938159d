-- 0027: the award lists a 市 publishes (002 第四章（七）1（3）名单核定公布; 001 二（六）15-18), one row per list
-- with its 文号 and day, and the applications it lists.  The amount of each is its money decision
-- (money_decisions, kind 'award', written by the 市's selection); the award type is the application's form.
CREATE TABLE award_lists (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  batch_id      BIGINT        NOT NULL,
  doc_no        VARCHAR(100)  NOT NULL,
  published_on  DATE          NOT NULL,
  published_by  BIGINT        NOT NULL,
  created_at    DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY award_lists_batch (batch_id),
  CONSTRAINT award_lists_batch_fk FOREIGN KEY (batch_id) REFERENCES batches (id),
  CONSTRAINT award_lists_by_fk FOREIGN KEY (published_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE award_entries (
  application_id  BIGINT  NOT NULL PRIMARY KEY,           -- an application is published once
  list_id         BIGINT  NOT NULL,
  KEY award_entries_list (list_id),
  CONSTRAINT award_entries_list_fk FOREIGN KEY (list_id) REFERENCES award_lists (id),
  CONSTRAINT award_entries_app_fk FOREIGN KEY (application_id) REFERENCES applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
