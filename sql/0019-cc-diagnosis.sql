-- 0019: 长春's pilot after selection (实施细则 第四章（二）, ../shared/seeds/002_f8d6ebe2e83360e2.txt).
-- A project's parties: the 服务商 the enterprise chose (咨询诊断, 第四章（二）1（1）) and, later, the 评测机构
-- the 市 assigns (第四章（四）); each sees that project and no other (lib/applications.c).  And the 咨询诊断
-- record of a project's 咨询诊断 stage: the signed 服务协议, the day the service was completed, the 咨询诊断报告
-- (due within two weeks of that day, 1（4）; the number of days is a batch parameter, report_days), the
-- 自评测 level before transformation (1（3）), the stamped 满意度评价表 and the enterprise's rating of its 服务商
-- (1（5）).  The files are the application's attachments.
CREATE TABLE project_parties (
  project_id  BIGINT       NOT NULL,
  role        ENUM('provider','evaluator') NOT NULL,
  account_id  BIGINT       NOT NULL,
  stage       VARCHAR(24)  NOT NULL,                  -- the stage that chose it
  chosen_by   BIGINT       NOT NULL,
  created_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (project_id, role),
  KEY project_parties_account (account_id, role),
  CONSTRAINT project_parties_project_fk FOREIGN KEY (project_id) REFERENCES projects (id),
  CONSTRAINT project_parties_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE diagnoses (
  application_id   BIGINT       NOT NULL PRIMARY KEY,   -- the project's 咨询诊断 stage
  provider_id      BIGINT       NOT NULL,
  agreement_id     BIGINT       NOT NULL,               -- 咨询诊断服务协议 (signed)
  completed_on     DATE         NULL,                   -- 完成咨询诊断服务 (the clock of the report starts)
  report_days      SMALLINT     NULL,                   -- the batch's report_days then: due completed_on + report_days
  report_id        BIGINT       NULL,                   -- 咨询诊断报告
  reported_on      DATE         NULL,
  level_before     VARCHAR(8)   NULL,                   -- 自评测: none, 1 .. 4
  satisfaction_id  BIGINT       NULL,                   -- 满意度评价表 (stamped)
  rating           ENUM('satisfied','basic','unsatisfied') NULL,
  KEY diagnoses_provider (provider_id, completed_on),
  CONSTRAINT diagnoses_app_fk FOREIGN KEY (application_id) REFERENCES applications (id),
  CONSTRAINT diagnoses_provider_fk FOREIGN KEY (provider_id) REFERENCES accounts (id),
  CONSTRAINT diagnoses_agreement_fk FOREIGN KEY (agreement_id) REFERENCES attachments (id),
  CONSTRAINT diagnoses_report_fk FOREIGN KEY (report_id) REFERENCES attachments (id),
  CONSTRAINT diagnoses_satisfaction_fk FOREIGN KEY (satisfaction_id) REFERENCES attachments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
