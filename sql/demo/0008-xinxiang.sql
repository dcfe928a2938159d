-- 新乡经开区 (sql/0024; 004 行动计划 第十五至十八条、第二十一至二十五条, 免申即享): the 考核工作小组办公室 city-xx
-- (新乡经开区经济发展和统计局), the zone's 财政局 finance-xx, three enterprises whose records make every rate of
-- 第十五、十六条 appear, and two 奖励轮次: last year's and this year's.  Years are counted from today (Y = this year):
--   xx-enterprise1 一般企业, 第三批:                 二级 in Y-3 (3% − 2 = 1%), 三级 in Y-2 (4% − 2 = 2%)
--   xx-enterprise2 专精特新, 第二批:                 二级 in Y-3 (4% − 1 = 3%), 三级 in Y-2 (5% − 1 = 4%)
--   xx-enterprise3 专精特新且有省级智能车间, 第一批:  二级 in Y-3 (5%), 三级 in Y-2 (6%): its second reward meets the
--                                                   三级 cumulative cap of 70万 after the first's 50万
-- with the 营业收入 of Y-3, Y-2 and Y-1.  scripts/demo-filings runs last year's round through the pages (proposed,
-- 考察核实, 公示, 管委会审定: the 二级 rewards decided) and proposes this year's (the 三级 rewards wait for city-xx's 考察核实).
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email)
VALUES ('city-xx', @pw, 'city', '新乡经开区经济发展和统计局', '考核工作小组办公室', '13903730001', 'city-xx@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410772' FROM accounts WHERE username = 'city-xx';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email)
VALUES ('finance-xx', @pw, 'finance', '新乡经开区财政局', '预算科', '13903730002', 'finance-xx@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410772' FROM accounts WHERE username = 'finance-xx';
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('xx-enterprise1', @pw, 'enterprise', '新乡经开区华锐机械有限公司', '91410772MAXX100009', '410772', '企业联系人', '13903731001', 'xx-enterprise1@example.com');
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('xx-enterprise2', @pw, 'enterprise', '新乡经开区智联电子科技有限公司', '91410772MAXX10001C', '410772', '企业联系人', '13903731002', 'xx-enterprise2@example.com');
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('xx-enterprise3', @pw, 'enterprise', '新乡经开区新航动力装备有限公司', '91410772MAXX10002F', '410772', '企业联系人', '13903731003', 'xx-enterprise3@example.com');

INSERT IGNORE INTO xx_levels (credit_code, year, level, category, batch_no, note, entered_by)
SELECT v.code, YEAR(CURDATE()) - v.ago, v.level, v.category, v.batch_no, v.note, c.id
FROM accounts c JOIN (
  SELECT '91410772MAXX100009' AS code, 3 AS ago, 2 AS level, 'plain' AS category, 3 AS batch_no, '第三批改造企业，评测报告 XXJK-PC-01' AS note
  UNION ALL SELECT '91410772MAXX100009', 2, 3, 'plain', 3, '第三批改造企业，评测报告 XXJK-PC-04'
  UNION ALL SELECT '91410772MAXX10001C', 3, 2, 'srdi', 2, '第二批改造企业，评测报告 XXJK-PC-02'
  UNION ALL SELECT '91410772MAXX10001C', 2, 3, 'srdi', 2, '第二批改造企业，评测报告 XXJK-PC-05'
  UNION ALL SELECT '91410772MAXX10002F', 3, 2, 'srdi_factory', 1, '第一批改造企业，省级智能车间，评测报告 XXJK-PC-03'
  UNION ALL SELECT '91410772MAXX10002F', 2, 3, 'srdi_factory', 1, '第一批改造企业，省级智能车间，评测报告 XXJK-PC-06'
) v WHERE c.username = 'city-xx';

INSERT IGNORE INTO xx_revenues (credit_code, year, revenue_yuan, entered_by)
SELECT v.code, YEAR(CURDATE()) - v.ago, v.revenue, c.id
FROM accounts c JOIN (
  SELECT '91410772MAXX100009' AS code, 3 AS ago, 20000000 AS revenue
  UNION ALL SELECT '91410772MAXX100009', 2, 26000000
  UNION ALL SELECT '91410772MAXX100009', 1, 33000000
  UNION ALL SELECT '91410772MAXX10001C', 3, 30000000
  UNION ALL SELECT '91410772MAXX10001C', 2, 38000000
  UNION ALL SELECT '91410772MAXX10001C', 1, 45000000
  UNION ALL SELECT '91410772MAXX10002F', 3, 50000000
  UNION ALL SELECT '91410772MAXX10002F', 2, 62000000
  UNION ALL SELECT '91410772MAXX10002F', 1, 75000000
) v WHERE c.username = 'city-xx';

-- the rounds: last year's and this year's, under the newest version of the rule set
INSERT INTO batches (programme, year, title, region_code, open_date, applicant_deadline, ruleset, ruleset_version)
SELECT 'xinxiang', YEAR(CURDATE()) - 1, CONCAT(YEAR(CURDATE()) - 1, '年新乡经开区数字化转型奖励'), '410772',
       CURDATE() - INTERVAL 400 DAY, CURDATE() - INTERVAL 300 DAY, 'xinxiang-2025', 1
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM batches WHERE programme = 'xinxiang');
INSERT INTO batches (programme, year, title, region_code, open_date, applicant_deadline, ruleset, ruleset_version)
SELECT 'xinxiang', YEAR(CURDATE()), CONCAT(YEAR(CURDATE()), '年新乡经开区数字化转型奖励'), '410772',
       CURDATE() - INTERVAL 10 DAY, CURDATE() + INTERVAL 60 DAY, 'xinxiang-2025', 1
FROM DUAL WHERE (SELECT COUNT(*) FROM batches WHERE programme = 'xinxiang') = 1;
