-- 0025: 长春's 项目验收 (实施细则 第四章（五）, ../shared/seeds/002_f8d6ebe2e83360e2.txt): the enterprise files 附件4
-- 验收申请表 (the stage's form); the project's 评测机构 (the one of its 水平评测) forms an expert group, records its
-- 书面材料审核 and 现场核查 and issues 附件5 验收意见 (pass, or fail with 整改要求); the 县（市）区 gives its 意见.
-- One row per round: round 1 is the first application, round 2 the one application allowed within the 整改期
-- (at most one month from the 验收 day, 第四章（五）1（4）).
CREATE TABLE cc_acceptances (
  application_id  BIGINT        NOT NULL,               -- the project's 项目验收 stage
  round           TINYINT       NOT NULL,               -- 1, or 2 after 整改
  evaluator_id    BIGINT        NOT NULL,
  paper_on        DATE          NOT NULL,               -- 书面材料审核
  site_on         DATE          NOT NULL,               -- 现场核查
  accepted_on     DATE          NOT NULL,               -- the day of the 验收意见 (附件5's 年月日)
  leader          VARCHAR(50)   NOT NULL,               -- 专家组负责人
  members         VARCHAR(300)  NOT NULL,               -- 组员
  result          VARCHAR(8)    NOT NULL,               -- pass, fail
  opinion         TEXT          NOT NULL,               -- 审核意见: 改进建议, or the 整改要求
  rectify_until   DATE          NULL,                   -- fail: the last day of the 整改期
  county_opinion  TEXT          NULL,                   -- 所属县（市、区）工信主管部门 意见
  county_on       DATE          NULL,
  county_by       BIGINT        NULL,
  PRIMARY KEY (application_id, round),
  KEY cc_acceptances_evaluator (evaluator_id),
  CONSTRAINT cc_acceptances_app_fk FOREIGN KEY (application_id) REFERENCES applications (id),
  CONSTRAINT cc_acceptances_evaluator_fk FOREIGN KEY (evaluator_id) REFERENCES accounts (id),
  CONSTRAINT cc_acceptances_county_fk FOREIGN KEY (county_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
