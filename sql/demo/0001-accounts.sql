-- Demo data for `make run` and tests; never installed by `make install`.
-- Loaded by scripts/load-demo, which sets @pw to an argon2id hash of demo-password-2026.
-- Idempotent: INSERT IGNORE on unique keys.

INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email)
VALUES ('province', @pw, 'province', '内蒙古自治区工业和信息化厅', '牟立茁', '13804710001', 'province@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code)
SELECT id, '150000' FROM accounts WHERE username = 'province';

-- one 盟市 reviewer per 盟市: city-<code>
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email)
SELECT CONCAT('city-', code), @pw, 'city', CONCAT(name, '工业和信息化局'), '审核员', '13804710002', CONCAT('city-', code, '@example.gov.cn')
FROM regions WHERE level = 'city' AND province_code = '150000';
INSERT IGNORE INTO account_scopes (account_id, region_code)
SELECT a.id, SUBSTRING(a.username, 6) FROM accounts a WHERE a.role = 'city' AND a.username LIKE 'city-%';

-- one 旗县区 reviewer per 旗县区: county-<code>
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email)
SELECT CONCAT('county-', code), @pw, 'county', CONCAT(name, '工业和信息化局'), '初审员', '13804710003', CONCAT('county-', code, '@example.gov.cn')
FROM regions WHERE level = 'county' AND province_code = '150000';
INSERT IGNORE INTO account_scopes (account_id, region_code)
SELECT a.id, SUBSTRING(a.username, 8) FROM accounts a WHERE a.role = 'county' AND a.username LIKE 'county-%';

INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, contact_person, mobile, email) VALUES
('expert1', @pw, 'expert', '王建华', NULL, '王建华', '13904710001', 'expert1@example.org'),
('expert2', @pw, 'expert', '李淑芬', NULL, '李淑芬', '13904710002', 'expert2@example.org'),
('expert3', @pw, 'expert', '张志强', NULL, '张志强', '13904710003', 'expert3@example.org'),
('expert4', @pw, 'expert', '刘海燕', NULL, '刘海燕', '13904710004', 'expert4@example.org'),
('expert5', @pw, 'expert', '陈国栋', NULL, '陈国栋', '13904710005', 'expert5@example.org');
INSERT IGNORE INTO account_scopes (account_id, region_code)
SELECT id, '150000' FROM accounts WHERE role = 'expert' AND username LIKE 'expert%';

INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES
('platform1', @pw, 'platform', '内蒙古草原云数字科技有限公司', '91150102MA0001000B', '150102', '赵磊', '13804710100', 'platform1@example.com'),
('platform2', @pw, 'platform', '呼和浩特智造工业互联网有限公司', '91150105MA0001007C', '150105', '钱敏', '13804710101', 'platform2@example.com'),
('platform3', @pw, 'platform', '包头稀土数智服务有限公司', '91150203MA0001014C', '150203', '孙婷', '13804710102', 'platform3@example.com'),
('platform4', @pw, 'platform', '包头钢联工业软件有限公司', '91150207MA0001021X', '150207', '周杰', '13804710103', 'platform4@example.com'),
('platform5', @pw, 'platform', '赤峰智联数字化转型服务有限公司', '91150402MA0001028M', '150402', '吴刚', '13804710104', 'platform5@example.com'),
('platform6', @pw, 'platform', '鄂尔多斯能源数智科技有限公司', '91150602MA0001035P', '150602', '郑丽', '13804710105', 'platform6@example.com'),
('platform7', @pw, 'platform', '通辽玉米产业数字服务有限公司', '91150502MA0001042A', '150502', '冯涛', '13804710106', 'platform7@example.com'),
('platform8', @pw, 'platform', '乌海精细化工数字科技有限公司', '91150302MA0001049M', '150302', '褚颖', '13804710107', 'platform8@example.com'),
('enterprise1', @pw, 'enterprise', '呼和浩特乳业装备制造有限公司', '91150104MA1002000M', '150104', '联系人1', '13704710200', 'enterprise1@example.com'),
('enterprise2', @pw, 'enterprise', '包头轴承精密制造有限公司', '91150204MA10020135', '150204', '联系人2', '13704710201', 'enterprise2@example.com'),
('enterprise3', @pw, 'enterprise', '赤峰铜铝合金材料有限公司', '91150404MA1002026R', '150404', '联系人3', '13704710202', 'enterprise3@example.com');
