-- A 洛阳 数字化转型服务商 (涧西区), approved by city-ly (providers), who applies in its own name for an award of the
-- 服务商 types (001 二（六）17 优质数字化服务商): scripts/demo-filings files its application through the pages, and
-- county-ly-6 has its 审核推荐 waiting.
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email)
VALUES ('provider-ly1', @pw, 'provider', '洛阳数智转型科技服务有限公司', '91410305MA9LYPR018', '410305', '服务商联系人', '13903790601',
        'provider-ly1@example.com');
INSERT IGNORE INTO providers (account_id, city_code, services, state, decided_by, decided_at)
SELECT a.id, '410300', '咨询诊断、MES与设备联网、“小快轻准”产品', 'approved', c.id, NOW()
FROM accounts a JOIN accounts c ON c.username = 'city-ly' WHERE a.username = 'provider-ly1';
