-- A 洛阳 数字化转型服务商 (涧西区), approved by city-ly (providers), who applies in its own name for an award of the
-- 服务商 types (001 二（六）17 优质数字化服务商): scripts/demo-filings files its application through the pages, and
-- county-ly-6 has its 审核推荐 waiting.
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email)
VALUES ('provider-ly1', @pw, 'provider', '洛阳数智转型科技服务有限公司', '91410305MA9LYPR018', '410305', '服务商联系人', '13903790601',
        'provider-ly1@example.com');
INSERT IGNORE INTO providers (account_id, city_code, services, state, decided_by, decided_at)
SELECT a.id, '410300', '咨询诊断、MES与设备联网、“小快轻准”产品', 'approved', c.id, NOW()
FROM accounts a JOIN accounts c ON c.username = 'city-ly' WHERE a.username = 'provider-ly1';

-- 洛阳's 市确定试点企业名单 waiting for finance-ly (市财政局): a batch of its own (its application period is closed by
-- scripts/demo-filings once enterprise4 of 洛龙区 has filed in it; county-ly-8 recommends it and city-ly puts it on the
-- list), so that the tests working on the first batch's 市 list leave this one waiting.
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email)
VALUES ('enterprise4', @pw, 'enterprise', '洛阳洛龙电气设备有限公司', '91410311MA90004442', '410311', '联系人', '13903790604', 'enterprise4@example.com');
INSERT INTO batches (programme, year, title, region_code, open_date, applicant_deadline, ruleset, ruleset_version)
SELECT 'enterprise', YEAR(CURDATE()), '洛阳市中小企业数字化转型试点企业（先行征集）', '410300', CURDATE() - INTERVAL 40 DAY,
       CURDATE() + INTERVAL 1 DAY, 'luoyang-2025', 1
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM batches WHERE programme = 'enterprise' AND title = '洛阳市中小企业数字化转型试点企业（先行征集）');
INSERT IGNORE INTO batch_params (batch_id, name, value)
SELECT id, 'data_year', YEAR(CURDATE()) - 2 FROM batches WHERE title = '洛阳市中小企业数字化转型试点企业（先行征集）';
INSERT IGNORE INTO batch_params (batch_id, name, value)
SELECT id, 'industries', '轴承及通用零部件|铜铝及先进合金材料|电气及光电设备|化工材料及产品' FROM batches
WHERE title = '洛阳市中小企业数字化转型试点企业（先行征集）';
INSERT IGNORE INTO batch_deadlines (batch_id, name, day)
SELECT id, 'county', CURDATE() + INTERVAL 5 DAY FROM batches WHERE title = '洛阳市中小企业数字化转型试点企业（先行征集）';
INSERT IGNORE INTO batch_deadlines (batch_id, name, day)
SELECT id, 'city', CURDATE() + INTERVAL 30 DAY FROM batches WHERE title = '洛阳市中小企业数字化转型试点企业（先行征集）';
INSERT IGNORE INTO rec_quotas (batch_id, region_code, quota)
SELECT id, '410311', 3 FROM batches WHERE title = '洛阳市中小企业数字化转型试点企业（先行征集）';
