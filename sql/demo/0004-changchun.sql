-- 长春 (sql/0017): the 市工信局 (city-cc), one 县（市）区 reviewer per 县（市）区 in the order of sql/0017 (county-cc-<n>:
-- 1 南关区 … 11 公主岭市, 12 长春新区, 13 经开区, 14 高新区, 15 净月高新区, 16 汽开区), four enterprises, three 服务商
-- (approved), two 评测机构 opened by the 市, and the first 试点企业征集批次.  scripts/demo-filings files and moves
-- cc-enterprise2..4 through the pages.
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email)
VALUES ('city-cc', @pw, 'city', '长春市工业和信息化局', '中小企业处', '13604310001', 'city-cc@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220100' FROM accounts WHERE username = 'city-cc';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-1', @pw, 'county', '南关区工业和信息化局', '审核员', '13604310001', 'county-cc-1@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220102' FROM accounts WHERE username = 'county-cc-1';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-2', @pw, 'county', '宽城区工业和信息化局', '审核员', '13604310002', 'county-cc-2@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220103' FROM accounts WHERE username = 'county-cc-2';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-3', @pw, 'county', '朝阳区工业和信息化局', '审核员', '13604310003', 'county-cc-3@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220104' FROM accounts WHERE username = 'county-cc-3';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-4', @pw, 'county', '二道区工业和信息化局', '审核员', '13604310004', 'county-cc-4@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220105' FROM accounts WHERE username = 'county-cc-4';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-5', @pw, 'county', '绿园区工业和信息化局', '审核员', '13604310005', 'county-cc-5@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220106' FROM accounts WHERE username = 'county-cc-5';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-6', @pw, 'county', '双阳区工业和信息化局', '审核员', '13604310006', 'county-cc-6@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220112' FROM accounts WHERE username = 'county-cc-6';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-7', @pw, 'county', '九台区工业和信息化局', '审核员', '13604310007', 'county-cc-7@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220113' FROM accounts WHERE username = 'county-cc-7';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-8', @pw, 'county', '农安县工业和信息化局', '审核员', '13604310008', 'county-cc-8@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220122' FROM accounts WHERE username = 'county-cc-8';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-9', @pw, 'county', '榆树市工业和信息化局', '审核员', '13604310009', 'county-cc-9@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220182' FROM accounts WHERE username = 'county-cc-9';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-10', @pw, 'county', '德惠市工业和信息化局', '审核员', '13604310010', 'county-cc-10@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220183' FROM accounts WHERE username = 'county-cc-10';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-11', @pw, 'county', '公主岭市工业和信息化局', '审核员', '13604310011', 'county-cc-11@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220184' FROM accounts WHERE username = 'county-cc-11';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-12', @pw, 'county', '长春新区工业和信息化局', '审核员', '13604310012', 'county-cc-12@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220179' FROM accounts WHERE username = 'county-cc-12';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-13', @pw, 'county', '经开区工业和信息化局', '审核员', '13604310013', 'county-cc-13@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220171' FROM accounts WHERE username = 'county-cc-13';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-14', @pw, 'county', '高新区工业和信息化局', '审核员', '13604310014', 'county-cc-14@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220173' FROM accounts WHERE username = 'county-cc-14';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-15', @pw, 'county', '净月高新区工业和信息化局', '审核员', '13604310015', 'county-cc-15@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220172' FROM accounts WHERE username = 'county-cc-15';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES ('county-cc-16', @pw, 'county', '汽开区工业和信息化局', '审核员', '13604310016', 'county-cc-16@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220174' FROM accounts WHERE username = 'county-cc-16';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('cc-enterprise1', @pw, 'enterprise', '长春华驰汽车零部件有限公司', '91220104MA0CC0001A', '220104', '企业联系人', '13904310001', 'cc-enterprise1@example.com');
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('cc-enterprise2', @pw, 'enterprise', '长春光谷电子元器件有限公司', '91220173MA0CC0002B', '220173', '企业联系人', '13904310002', 'cc-enterprise2@example.com');
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('cc-enterprise3', @pw, 'enterprise', '长春绿园轨道装备制造有限公司', '91220106MA0CC0003D', '220106', '企业联系人', '13904310003', 'cc-enterprise3@example.com');
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('cc-enterprise4', @pw, 'enterprise', '长春净月生物药业有限公司', '91220172MA0CC00043', '220172', '企业联系人', '13904310004', 'cc-enterprise4@example.com');
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('provider1', @pw, 'provider', '长春数智工业互联网科技有限公司', '91220104MA0FW0001X', '220104', '服务商联系人', '13804310001', 'provider1@example.com');
INSERT IGNORE INTO providers (account_id, city_code, services, state, decided_by, decided_at) SELECT a.id, '220100', '工业互联网平台、MES、设备数据采集', 'approved', c.id, NOW() FROM accounts a JOIN accounts c ON c.username = 'city-cc' WHERE a.username = 'provider1';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('provider2', @pw, 'provider', '吉林云链数字化服务有限公司', '91220173MA0FW0002Y', '220173', '服务商联系人', '13804310002', 'provider2@example.com');
INSERT IGNORE INTO providers (account_id, city_code, services, state, decided_by, decided_at) SELECT a.id, '220100', '咨询诊断、ERP与供应链协同、上云用云', 'approved', c.id, NOW() FROM accounts a JOIN accounts c ON c.username = 'city-cc' WHERE a.username = 'provider2';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('provider3', @pw, 'provider', '长春智造软件技术有限公司', '91220171MA0FW00035', '220171', '服务商联系人', '13804310003', 'provider3@example.com');
INSERT IGNORE INTO providers (account_id, city_code, services, state, decided_by, decided_at) SELECT a.id, '220100', '质量管理、仓储物流、能源管理系统', 'approved', c.id, NOW() FROM accounts a JOIN accounts c ON c.username = 'city-cc' WHERE a.username = 'provider3';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, org_name, org_credit_code, contact_person, mobile, email) VALUES ('evaluator1', @pw, 'evaluator', '吉林省工业技术评测中心', '吉林省工业技术评测中心', '12220100MA0PC00012', '评测联系人', '13704310001', 'evaluator1@example.com');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220100' FROM accounts WHERE username = 'evaluator1';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, org_name, org_credit_code, contact_person, mobile, email) VALUES ('evaluator2', @pw, 'evaluator', '长春数字化水平评测研究院', '长春数字化水平评测研究院', '12220100MA0PC00025', '评测联系人', '13704310002', 'evaluator2@example.com');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220100' FROM accounts WHERE username = 'evaluator2';
INSERT INTO batches (programme, year, title, region_code, open_date, applicant_deadline)
SELECT 'changchun', YEAR(CURDATE()), '长春市第一批中小企业数字化转型试点企业', '220100', CURDATE() - INTERVAL 20 DAY,
       CURDATE() + INTERVAL 40 DAY
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM batches WHERE programme = 'changchun');
INSERT IGNORE INTO batch_params (batch_id, name, value)
SELECT id, 'data_year', YEAR(CURDATE()) - 1 FROM batches WHERE programme = 'changchun' ORDER BY id LIMIT 1;
INSERT IGNORE INTO batch_params (batch_id, name, value)
SELECT id, 'target', '500' FROM batches WHERE programme = 'changchun' ORDER BY id LIMIT 1;
INSERT IGNORE INTO batch_deadlines (batch_id, name, day)
SELECT id, 'county', CURDATE() + INTERVAL 55 DAY FROM batches WHERE programme = 'changchun' ORDER BY id LIMIT 1;
INSERT IGNORE INTO batch_deadlines (batch_id, name, day)
SELECT id, 'city', CURDATE() + INTERVAL 75 DAY FROM batches WHERE programme = 'changchun' ORDER BY id LIMIT 1;
