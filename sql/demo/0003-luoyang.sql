-- 洛阳: the 市 reviewer (工信局 with 财政局) and one 县区 reviewer per 县区 (county-ly-<n>, n = the 附件2 序号;
-- 高新区, not in 附件2, is county-ly-16), the demo enterprises in 洛阳, and the first enterprise batch.
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email)
VALUES ('city-ly', @pw, 'city', '洛阳市工业和信息化局（市财政局）', '企业培育科', '13703790001', 'city-ly@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410300' FROM accounts WHERE username = 'city-ly';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-1', @pw, 'county', '孟津区工业和信息化局', '初审员', '13703790001', 'county-ly-1@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410308' FROM accounts WHERE username = 'county-ly-1';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-2', @pw, 'county', '偃师区工业和信息化局', '初审员', '13703790002', 'county-ly-2@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410307' FROM accounts WHERE username = 'county-ly-2';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-3', @pw, 'county', '新安县工业和信息化局', '初审员', '13703790003', 'county-ly-3@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410323' FROM accounts WHERE username = 'county-ly-3';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-4', @pw, 'county', '伊川县工业和信息化局', '初审员', '13703790004', 'county-ly-4@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410329' FROM accounts WHERE username = 'county-ly-4';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-5', @pw, 'county', '宜阳县工业和信息化局', '初审员', '13703790005', 'county-ly-5@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410327' FROM accounts WHERE username = 'county-ly-5';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-6', @pw, 'county', '涧西区工业和信息化局', '初审员', '13703790006', 'county-ly-6@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410305' FROM accounts WHERE username = 'county-ly-6';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-7', @pw, 'county', '西工区工业和信息化局', '初审员', '13703790007', 'county-ly-7@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410303' FROM accounts WHERE username = 'county-ly-7';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-8', @pw, 'county', '洛龙区工业和信息化局', '初审员', '13703790008', 'county-ly-8@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410311' FROM accounts WHERE username = 'county-ly-8';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-9', @pw, 'county', '伊滨区工业和信息化局', '初审员', '13703790009', 'county-ly-9@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410372' FROM accounts WHERE username = 'county-ly-9';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-10', @pw, 'county', '老城区工业和信息化局', '初审员', '13703790010', 'county-ly-10@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410302' FROM accounts WHERE username = 'county-ly-10';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-11', @pw, 'county', '瀍河区工业和信息化局', '初审员', '13703790011', 'county-ly-11@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410304' FROM accounts WHERE username = 'county-ly-11';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-12', @pw, 'county', '栾川县工业和信息化局', '初审员', '13703790012', 'county-ly-12@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410324' FROM accounts WHERE username = 'county-ly-12';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-13', @pw, 'county', '汝阳县工业和信息化局', '初审员', '13703790013', 'county-ly-13@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410326' FROM accounts WHERE username = 'county-ly-13';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-14', @pw, 'county', '嵩县工业和信息化局', '初审员', '13703790014', 'county-ly-14@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410325' FROM accounts WHERE username = 'county-ly-14';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-15', @pw, 'county', '洛宁县工业和信息化局', '初审员', '13703790015', 'county-ly-15@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410328' FROM accounts WHERE username = 'county-ly-15';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-ly-16', @pw, 'county', '高新区工业和信息化局', '初审员', '13703790016', 'county-ly-16@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410371' FROM accounts WHERE username = 'county-ly-16';
UPDATE accounts SET display_name = '洛阳精工轴承有限公司', region_code = '410308', credit_code = '91410308MA9000111A' WHERE username = 'enterprise1';
UPDATE accounts SET display_name = '洛阳铜铝新材料有限公司', region_code = '410305', credit_code = '91410305MA9000222Q' WHERE username = 'enterprise2';
UPDATE accounts SET display_name = '洛阳光电电气设备有限公司', region_code = '410327', credit_code = '91410327MA9000333E' WHERE username = 'enterprise3';
INSERT INTO batches (programme, year, title, region_code, open_date, applicant_deadline, ruleset, ruleset_version)
SELECT 'enterprise', YEAR(CURDATE()), '洛阳市第一批中小企业数字化转型试点企业', '410300', CURDATE() - INTERVAL 10 DAY,
       CURDATE() + INTERVAL 60 DAY, 'luoyang-2025', 1
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM batches WHERE programme = 'enterprise');
INSERT IGNORE INTO batch_params (batch_id, name, value)
SELECT id, 'data_year', YEAR(CURDATE()) - 2 FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1;
INSERT IGNORE INTO batch_params (batch_id, name, value)
SELECT id, 'industries', '轴承及通用零部件|铜铝及先进合金材料|电气及光电设备|化工材料及产品' FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1;
INSERT IGNORE INTO batch_deadlines (batch_id, name, day)
SELECT id, 'county', CURDATE() + INTERVAL 75 DAY FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1;
INSERT IGNORE INTO batch_deadlines (batch_id, name, day)
SELECT id, 'city', CURDATE() + INTERVAL 90 DAY FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1;
INSERT IGNORE INTO rec_quotas (batch_id, region_code, quota) VALUES
((SELECT id FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1), '410308', 27),
((SELECT id FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1), '410307', 22),
((SELECT id FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1), '410323', 20),
((SELECT id FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1), '410329', 20),
((SELECT id FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1), '410327', 30),
((SELECT id FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1), '410305', 25),
((SELECT id FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1), '410303', 6),
((SELECT id FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1), '410311', 15),
((SELECT id FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1), '410372', 8),
((SELECT id FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1), '410302', 4),
((SELECT id FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1), '410304', 4),
((SELECT id FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1), '410324', 5),
((SELECT id FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1), '410326', 6),
((SELECT id FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1), '410325', 4),
((SELECT id FROM batches WHERE programme = 'enterprise' ORDER BY id LIMIT 1), '410328', 4);
