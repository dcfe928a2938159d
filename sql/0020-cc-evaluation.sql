-- 0020: 长春's 水平评测 (实施细则 第四章（四）, ../shared/seeds/002_f8d6ebe2e83360e2.txt): the 市 assigns a 评测机构 to a
-- project (it becomes the project's party, project_parties, and sees that project only; not the organisation of
-- the project's 服务商 nor the enterprise itself: 回避); the 评测机构 records the four dimensions of the 2024
-- 评测指标 (数字化基础, 数字化经营, 数字化管理, 数字化成效; their maxima are batch parameters), their total, the level
-- derived from the total by the batch's bands, the day of its 现场 visit and the 评测报告; the 市 复核认定.
CREATE TABLE evaluations (
  application_id  BIGINT        NOT NULL PRIMARY KEY,   -- the project's 水平评测 stage
  evaluator_id    BIGINT        NOT NULL,
  assigned_by     BIGINT        NOT NULL,
  s_basis         DECIMAL(6,2)  NULL,                   -- 数字化基础
  s_operation     DECIMAL(6,2)  NULL,                   -- 数字化经营
  s_management    DECIMAL(6,2)  NULL,                   -- 数字化管理
  s_results       DECIMAL(6,2)  NULL,                   -- 数字化成效
  total           DECIMAL(6,2)  NULL,
  level           VARCHAR(8)    NULL,                   -- none, 1 .. 4 (from the total and the batch's bands then)
  visited_on      DATE          NULL,                   -- 现场评测
  report_id       BIGINT        NULL,                   -- 中小企业数字化水平评测报告
  KEY evaluations_evaluator (evaluator_id),
  CONSTRAINT evaluations_app_fk FOREIGN KEY (application_id) REFERENCES applications (id),
  CONSTRAINT evaluations_evaluator_fk FOREIGN KEY (evaluator_id) REFERENCES accounts (id),
  CONSTRAINT evaluations_report_fk FOREIGN KEY (report_id) REFERENCES attachments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
