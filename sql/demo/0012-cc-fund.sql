-- 长春 demo, 资金申报 (实施细则 第四章（六）): auditor1, a 第三方审计机构 opened by 长春市工信局 (scope 220100), and one
-- more enterprise that scripts/demo-filings takes through 申请入库, 咨询诊断 (provider1), 数字化改造备案, 水平评测
-- (evaluator1, 三级) and 项目验收 (passed) on the pages; it files its 资金申报书 with 合同、发票、付款凭证, city-cc
-- assigns auditor1, and the 专项审计 waits for auditor1.
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, org_name, org_credit_code, contact_person, mobile, email) VALUES ('auditor1', @pw, 'auditor', '吉林长审会计师事务所有限公司', '吉林长审会计师事务所有限公司', '91220101MA0AU0001X', '审计联系人', '13704310031', 'auditor1@example.com');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220100' FROM accounts WHERE username = 'auditor1';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('cc-enterprise11', @pw, 'enterprise', '长春朝阳精密轨道部件有限公司', '91220104MA0CC0011B', '220104', '企业联系人', '13904310011', 'cc-enterprise11@example.com');
-- a second 审计机构, for the scope checks (it is assigned nothing)
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, org_name, org_credit_code, contact_person, mobile, email) VALUES ('auditor2', @pw, 'auditor', '长春正信会计师事务所有限公司', '长春正信会计师事务所有限公司', '91220101MA0AU00021', '审计联系人', '13704310032', 'auditor2@example.com');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220100' FROM accounts WHERE username = 'auditor2';
