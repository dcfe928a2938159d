-- The demo batch of the platform programme, open today (dates relative to the load date
-- so that the demo and the tests keep working whatever the day).
-- Its rule parameters are the programme's defaults (lib/programmes/platform.c); its deadlines by name.
INSERT INTO batches (programme, year, title, region_code, open_date, applicant_deadline, ruleset, ruleset_version)
SELECT 'platform', YEAR(CURDATE()), CONCAT(YEAR(CURDATE()), '年内蒙古自治区中小企业数字化转型试点（服务平台）'), '150000',
       CURDATE() - INTERVAL 20 DAY, CURDATE() + INTERVAL 100 DAY, 'neimenggu-2025', 1
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM batches WHERE programme = 'platform');
INSERT IGNORE INTO batch_deadlines (batch_id, name, day)
SELECT id, 'county', CURDATE() + INTERVAL 115 DAY FROM batches WHERE programme = 'platform' ORDER BY id LIMIT 1;
INSERT IGNORE INTO batch_deadlines (batch_id, name, day)
SELECT id, 'city', CURDATE() + INTERVAL 130 DAY FROM batches WHERE programme = 'platform' ORDER BY id LIMIT 1;
