-- 0030: 长春's 资金申报 (实施细则 第四章（六）, ../shared/seeds/002_f8d6ebe2e83360e2.txt): after a passed 验收 at 二级
-- or above the enterprise files its 资金申报书 (the stage "fund": 改造投入 by 合同, 发票 and 付款凭证); the 市 assigns a
-- 第三方审计机构 (回避: not the enterprise's nor its 服务商's organisation), which uploads its 专项审计报告 and records
-- the amounts it audited; the 县（市）区 汇总 its list; the 市's 专家评审 and 集体决策 decide the 补贴 by the rule set
-- changchun-2024 (money_decisions, kind 'subsidy'), publish the list; 财政 pays on 资金拨付 (payments).
ALTER TABLE project_parties MODIFY role ENUM('provider','evaluator','auditor') NOT NULL;

CREATE TABLE cc_fund_audits (
  application_id  BIGINT        NOT NULL PRIMARY KEY,   -- the project's 资金申报 stage
  auditor_id      BIGINT        NOT NULL,               -- the 审计机构 assigned by the 市
  assigned_by     BIGINT        NOT NULL,
  assigned_on     DATE          NOT NULL,
  contract_yuan   BIGINT        NULL,                   -- 审计核实的合同金额 (whole 元)
  invoice_yuan    BIGINT        NULL,                   -- 审计核实的发票金额
  paid_yuan       BIGINT        NULL,                   -- 审计核实的已付款金额 (付款凭证)
  audited_yuan    BIGINT        NULL,                   -- 审计核定的改造支出: the rule set's input
  applied_yuan    BIGINT        NULL,                   -- what the enterprise applied for then (its cap)
  audited_on      DATE          NULL,                   -- the 专项审计报告's day
  report_id       BIGINT        NULL,                   -- 专项审计报告 (attachments)
  opinion         TEXT          NULL,                   -- 审计意见
  KEY cc_fund_audits_auditor (auditor_id),
  CONSTRAINT cc_fund_audits_amounts CHECK (audited_yuan IS NULL OR (audited_yuan >= 0 AND audited_yuan <= applied_yuan)),
  CONSTRAINT cc_fund_audits_app_fk FOREIGN KEY (application_id) REFERENCES applications (id),
  CONSTRAINT cc_fund_audits_auditor_fk FOREIGN KEY (auditor_id) REFERENCES accounts (id),
  CONSTRAINT cc_fund_audits_by_fk FOREIGN KEY (assigned_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 长春's batches compute the 补贴 by changchun-2024 (lib/rulesets.c); the ones made before record its version 1
UPDATE batches SET ruleset = 'changchun-2024', ruleset_version = 1 WHERE programme = 'changchun' AND ruleset IS NULL;
