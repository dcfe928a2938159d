-- 长春 demo, 项目验收 (实施细则 第四章（五）): one more enterprise that scripts/demo-filings files and takes through
-- 申请入库, 咨询诊断 (provider1), 数字化改造备案 and 水平评测 (evaluator1, 三级, confirmed by city-cc) on the pages;
-- it then files its 附件4 验收申请表, and its 验收意见 waits for evaluator1.
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('cc-enterprise10', @pw, 'enterprise', '长春南关汽车电子装配有限公司', '91220102MA0CC0010B', '220102', '企业联系人', '13904310010', 'cc-enterprise10@example.com');
