-- The award calls (sql/0027; lib/programmes/awards.c): one open 奖励遴选批次 each for 长春 (002 第四章（七）, 附件6)
-- and 洛阳 (001 二（六）15-18), and one enterprise each that scripts/demo-filings files through the pages:
-- cc-award1 (二道区) waits for county-cc-4's 审核推荐, ly-award1 (涧西区) was recommended by county-ly-6 and waits
-- for city-ly's 遴选 on 奖励遴选.  The calls opened before each city's first pilot batch, so an enterprise
-- starting without naming a batch starts the pilot application (the newest open call) as before.
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES
('cc-award1', @pw, 'enterprise', '长春智造云科技有限公司', '91220105MA0CCAW01X', '220105', '项目负责人', '13904310501', 'cc-award1@example.com'),
('ly-award1', @pw, 'enterprise', '洛阳智能装备制造有限公司', '91410305MA9LYAW01K', '410305', '项目负责人', '13903790501', 'ly-award1@example.com');

INSERT INTO batches (programme, year, title, region_code, open_date, applicant_deadline, ruleset, ruleset_version)
SELECT 'changchun_awards', YEAR(CURDATE()), '长春市中小企业数字化转型标杆及典型案例评选', '220100', CURDATE() - INTERVAL 25 DAY,
       CURDATE() + INTERVAL 30 DAY, 'changchun-awards-2024', 1
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM batches WHERE programme = 'changchun_awards');
INSERT INTO batches (programme, year, title, region_code, open_date, applicant_deadline, ruleset, ruleset_version)
SELECT 'luoyang_awards', YEAR(CURDATE()), '洛阳市数字化转型样板和智能车间（工厂）遴选', '410300', CURDATE() - INTERVAL 15 DAY,
       CURDATE() + INTERVAL 30 DAY, 'luoyang-awards-2025', 1
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM batches WHERE programme = 'luoyang_awards');
