-- Programmes as data (lib/programme.c): a batch's programme is any key of
-- the registry, and an applicant's participation in a batch is a project
-- that passes through the programme's stages, each stage an application.
-- Every existing application becomes the "apply" stage of a project of its
-- own; its id, versions, verification codes, attachments, events and audit
-- entries are unchanged.
ALTER TABLE batches MODIFY programme VARCHAR(32) NOT NULL;

CREATE TABLE projects (
  id          BIGINT    NOT NULL AUTO_INCREMENT PRIMARY KEY,
  batch_id    BIGINT    NOT NULL,
  account_id  BIGINT    NOT NULL,
  created_at  DATETIME  NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY projects_one (batch_id, account_id),
  KEY projects_account (account_id),
  CONSTRAINT projects_batch_fk FOREIGN KEY (batch_id) REFERENCES batches (id),
  CONSTRAINT projects_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO projects (batch_id, account_id, created_at)
SELECT batch_id, account_id, MIN(created_at) FROM applications GROUP BY batch_id, account_id;

ALTER TABLE applications
  ADD COLUMN project_id BIGINT NULL AFTER id,
  ADD COLUMN stage VARCHAR(24) NOT NULL DEFAULT 'apply' AFTER project_id;

UPDATE applications p JOIN projects j ON j.batch_id = p.batch_id AND j.account_id = p.account_id SET p.project_id = j.id;

ALTER TABLE applications
  MODIFY project_id BIGINT NOT NULL DEFAULT 0,
  ADD UNIQUE KEY applications_stage (project_id, stage),
  ADD KEY applications_batch_account (batch_id, account_id),
  ADD CONSTRAINT applications_project_fk FOREIGN KEY (project_id) REFERENCES projects (id),
  DROP INDEX applications_one_per_batch;

-- An application inserted without its project (scripts, older tools) gets
-- the project of its batch and account, made on first use.
DELIMITER //
CREATE TRIGGER applications_project BEFORE INSERT ON applications FOR EACH ROW
BEGIN
  IF NEW.project_id IS NULL OR NEW.project_id = 0 THEN
    INSERT INTO projects (batch_id, account_id) VALUES (NEW.batch_id, NEW.account_id)
      ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id);
    SET NEW.project_id = LAST_INSERT_ID();
  END IF;
END//
DELIMITER ;
