-- 0018: the money that leaves (issue 15).  Two roles join: 财政 (a region's 财政局: sees the money of
-- its region, co-signs what the seeds make joint, records payments) and 审计机构 (opened by a 市, audits
-- what it is assigned).  A money decision is one amount decided for one enterprise or platform (by its
-- 统一社会信用代码) under one rule set version, with the explanation that produced it; a payment pays
-- (拨付) or claws back (追回) part of a decision.  Whoever decides (认定, 集体决策, 管委会审定) writes
-- the decision; 财政 records the payments; the 一企一档 reads them all by credit code.
ALTER TABLE accounts MODIFY role ENUM('platform','enterprise','county','city','province','expert','provider','evaluator',
                                      'finance','auditor') NOT NULL;

CREATE TABLE money_decisions (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  batch_id         BIGINT        NOT NULL,
  application_id   BIGINT        NULL,                          -- the application decided, when there is one
  credit_code      CHAR(18)      NOT NULL,                      -- who receives it (一企一档, 就高不重复)
  name             VARCHAR(200)  NOT NULL,
  region_code      CHAR(6)       NOT NULL,                      -- its 县区: scope of 财政 and reviewers
  kind             VARCHAR(24)   NOT NULL,                      -- 'subsidy' 补助, 'reward' 奖励, 'award' 奖补 ...
  ruleset          VARCHAR(40)   NOT NULL,                      -- lib/rulesets.c key and the version used
  ruleset_version  INT           NOT NULL,
  amount_yuan      BIGINT        NOT NULL,                      -- whole 元, rounded down
  explanation      TEXT          NOT NULL,                      -- inputs, steps and clause, as computed
  state            ENUM('proposed','decided','void') NOT NULL DEFAULT 'decided',
  decided_on       DATE          NULL,
  decided_by       BIGINT        NULL,
  created_at       DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  version          INT           NOT NULL DEFAULT 1,
  KEY money_decisions_code (credit_code),
  KEY money_decisions_batch (batch_id, state),
  KEY money_decisions_region (region_code),
  UNIQUE KEY money_decisions_app (application_id, kind),
  CONSTRAINT money_decisions_amount CHECK (amount_yuan >= 0),
  CONSTRAINT money_decisions_batch_fk FOREIGN KEY (batch_id) REFERENCES batches (id),
  CONSTRAINT money_decisions_app_fk FOREIGN KEY (application_id) REFERENCES applications (id),
  CONSTRAINT money_decisions_region_fk FOREIGN KEY (region_code) REFERENCES regions (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE payments (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  decision_id    BIGINT        NOT NULL,
  kind           ENUM('pay','clawback') NOT NULL,              -- 拨付 / 追回
  amount_yuan    BIGINT        NOT NULL,
  day            DATE          NOT NULL,
  bank_ref       VARCHAR(100)  NOT NULL DEFAULT '',             -- 拨付: the bank's reference
  reason         TEXT          NULL,                            -- 追回: why (001 二（五）13)
  attachment_id  BIGINT        NULL,                            -- the 付款凭证 / 追回 document
  account_id     BIGINT        NOT NULL,                        -- the 财政 user who recorded it
  created_at     DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY payments_decision (decision_id),
  CONSTRAINT payments_amount CHECK (amount_yuan > 0),
  CONSTRAINT payments_decision_fk FOREIGN KEY (decision_id) REFERENCES money_decisions (id),
  CONSTRAINT payments_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
