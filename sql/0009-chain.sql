-- The review chain's own records (issue: the chain cannot be bypassed).
--
-- 公示: a batch may publish more than one 公示 (applications put on the
-- 拟认定 list after the first one need their own); each records exactly which
-- applications it listed, so that 认定 can require the application's own 公示
-- and the public page shows what was published for the whole period.
ALTER TABLE publications DROP INDEX publications_batch, ADD KEY publications_batch (batch_id, start_date);

CREATE TABLE publication_items (
  publication_id  BIGINT NOT NULL,
  application_id  BIGINT NOT NULL,
  PRIMARY KEY (publication_id, application_id),
  KEY publication_items_app (application_id),
  CONSTRAINT publication_items_pub_fk FOREIGN KEY (publication_id) REFERENCES publications (id),
  CONSTRAINT publication_items_app_fk FOREIGN KEY (application_id) REFERENCES applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- what each existing 公示 listed: the applications of its batch that were proposed then
INSERT INTO publication_items (publication_id, application_id)
SELECT p.id, a.id FROM publications p JOIN applications a ON a.batch_id = p.batch_id
WHERE a.state IN ('proposed', 'recognised', 'not_recognised');

-- 拟认定 needs this many submitted expert scores (or a recorded override with its reason)
ALTER TABLE batches
  ADD COLUMN min_expert_scores INT NOT NULL DEFAULT 3 AFTER cap_enterprise_yuan,
  -- 实际改造成本 above this asks the user to confirm the amount (typed in 元 by mistake?)
  ADD COLUMN plausible_cost_yuan BIGINT NOT NULL DEFAULT 50000000 AFTER min_expert_scores;

-- 申报条件（六） and 申报材料（5）: each served enterprise's scale, its 附件1
-- sub-industry and the date of its service contract.
ALTER TABLE app_enterprises
  ADD COLUMN scale ENUM('medium','small','micro') NULL AFTER region_code,
  ADD COLUMN sub_industry SMALLINT NULL AFTER scale,
  ADD COLUMN contract_date DATE NULL AFTER contract_yuan,
  -- 奖补资金额 left to the rule: recomputed whenever 实际改造成本 changes
  ADD COLUMN subsidy_auto TINYINT NOT NULL DEFAULT 0 AFTER subsidy_yuan,
  ADD CONSTRAINT app_enterprises_subind_fk FOREIGN KEY (sub_industry) REFERENCES sub_industries (seq);

-- A served enterprise claimed by two platforms of one batch: the 自治区 decides
-- which platform keeps it (附件3注: 20万 per 试点企业 in total); recorded here.
CREATE TABLE enterprise_claims (
  batch_id        BIGINT    NOT NULL,
  credit_code     CHAR(18)  NOT NULL,
  application_id  BIGINT    NOT NULL,           -- the platform that keeps it
  reason          TEXT      NOT NULL,
  decided_by      BIGINT    NOT NULL,
  decided_at      DATETIME  NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (batch_id, credit_code),
  CONSTRAINT enterprise_claims_batch_fk FOREIGN KEY (batch_id) REFERENCES batches (id),
  CONSTRAINT enterprise_claims_app_fk FOREIGN KEY (application_id) REFERENCES applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
