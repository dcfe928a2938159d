-- Province-scale bench data (make bench), deterministic: every value derives
-- from sequence numbers.  On top of the demo set it adds, in one batch:
--   2,000 platform accounts and applications spread over the 103 旗县区, each
--   with 20 served enterprises (40,000 rows), 3 attachments' metadata each,
--   submit + county + city events and audit entries; and 5,000 enterprise
--   applications in 洛阳's 县区; 150 of the platforms on the 公示 page; then
--   ANALYZE TABLE.
SET time_zone = '+08:00';   -- the pages' time zone (lib/db.c), whatever the server's
-- its dates are those of last year's batch, whatever today is (the day it is loaded fixes them)
SET @y0 = MAKEDATE(YEAR(CURDATE()) - 1, 1);       -- 1 January of last year
SET @t0 = @y0 + INTERVAL 31 DAY + INTERVAL 9 HOUR;  -- 1 February, 09:00
INSERT INTO batches (programme, year, title, region_code, open_date, applicant_deadline)
VALUES ('platform', YEAR(@y0), '性能测试批次（全区规模）', '150000', @y0, @y0 + INTERVAL 3 MONTH - INTERVAL 1 DAY);
SET @batch = LAST_INSERT_ID();
INSERT INTO batch_deadlines (batch_id, name, day) VALUES (@batch, 'county', @y0 + INTERVAL 3 MONTH + INTERVAL 14 DAY),
                                                          (@batch, 'city', @y0 + INTERVAL 4 MONTH - INTERVAL 1 DAY);

-- registered before the batch opened, as the platforms that file in it were
INSERT INTO accounts (username, password_hash, role, display_name, region_code, credit_code, created_at)
SELECT CONCAT('bench', s.seq), 'x', 'platform', CONCAT('性能测试服务平台', LPAD(s.seq, 4, '0'), '有限公司'), k.code,
       CONCAT('91', k.code, 'BM', LPAD(s.seq, 8, '0')), @y0 - INTERVAL 31 DAY + INTERVAL s.seq * 10 MINUTE
FROM seq_1_to_2000 s
JOIN (SELECT code, ROW_NUMBER() OVER (ORDER BY code) - 1 rn FROM regions
      WHERE level = 'county' AND province_code = '150000') k ON k.rn = s.seq MOD 103;

INSERT INTO applications (batch_id, account_id, state, region_code, sub_industry, submitted_no, submitted_at, version)
SELECT @batch, a.id, ELT(1 + a.id MOD 4, 'submitted', 'county_passed', 'recommended', 'recommended'),
       a.region_code, 1 + a.id MOD 100, 1, @t0 + INTERVAL a.id MOD 1000 MINUTE, 3
FROM accounts a WHERE a.username LIKE 'bench%';

INSERT INTO app_enterprises (application_id, name, credit_code, region_code, service_content, contract_yuan, cost_yuan, subsidy_yuan)
SELECT p.id, CONCAT('性能测试企业', p.id, '-', s.seq, '有限公司'), CONCAT('B', LPAD(p.id, 10, '0'), LPAD(s.seq, 7, '0')),
       p.region_code, '设备联网、生产管理系统部署与数据采集', 100000 + s.seq * 1000, 400000 + (p.id * 37 + s.seq * 101) MOD 300000,
       (400000 + (p.id * 37 + s.seq * 101) MOD 300000) DIV 5
FROM applications p JOIN seq_1_to_20 s WHERE p.batch_id = @batch;

INSERT INTO app_events (application_id, at, account_id, role, action, from_state, to_state, opinion, version_no)
SELECT p.id, p.submitted_at, p.account_id, 'platform', 'submit', 'draft', 'submitted', '', 1
FROM applications p WHERE p.batch_id = @batch;
INSERT INTO app_events (application_id, at, account_id, role, action, from_state, to_state, opinion, version_no)
SELECT p.id, p.submitted_at + INTERVAL 2 DAY, r.id, 'county', 'pass', 'submitted', 'county_passed', '材料齐全，同意上报。', 1
FROM applications p JOIN accounts r ON r.username = CONCAT('county-', p.region_code)
WHERE p.batch_id = @batch AND p.state <> 'submitted';

INSERT INTO audit_log (at, account_id, username, role, action, object_type, object_id, before_summary, after_summary, ip)
SELECT p.submitted_at, p.account_id, a.username, 'platform', 'app.submit', 'application', p.id, 'draft', 'submitted', '127.0.0.1'
FROM applications p JOIN accounts a ON a.id = p.account_id WHERE p.batch_id = @batch ORDER BY p.id;

-- 公示 at real size: 100 recognised platforms and 50 拟认定 under a 公示 running today (150 rows on public.cgi)
UPDATE applications SET state = 'recognised' WHERE batch_id = @batch AND state = 'recommended' ORDER BY id LIMIT 100;
UPDATE applications SET state = 'proposed' WHERE batch_id = @batch AND state = 'recommended' ORDER BY id LIMIT 50;
INSERT INTO publications (batch_id, start_date, end_date, working_days, published_at, published_by)
SELECT @batch, CURDATE() - INTERVAL 2 DAY, CURDATE() + INTERVAL 5 DAY, 5, NOW(), MIN(id) FROM accounts WHERE role = 'province';
INSERT INTO publication_items (publication_id, application_id)
SELECT LAST_INSERT_ID(), id FROM applications WHERE batch_id = @batch AND state = 'proposed';

-- 5,000 enterprise applications in 洛阳 (the demo's first enterprise batch)
SET @ebatch = (SELECT MIN(id) FROM batches WHERE programme = 'enterprise');
INSERT INTO accounts (username, password_hash, role, display_name, region_code, credit_code, created_at)
SELECT CONCAT('benchent', s.seq), 'x', 'enterprise', CONCAT('洛阳性能测试制造企业', LPAD(s.seq, 4, '0'), '有限公司'), k.code,
       CONCAT('91', k.code, 'BE', LPAD(s.seq, 8, '0')), @y0 - INTERVAL 31 DAY + INTERVAL s.seq * 4 MINUTE
FROM seq_1_to_5000 s
JOIN (SELECT code, ROW_NUMBER() OVER (ORDER BY code) - 1 rn FROM regions WHERE city_code = '410300' AND level = 'county') k
  ON k.rn = s.seq MOD (SELECT COUNT(*) FROM regions WHERE city_code = '410300' AND level = 'county');
INSERT INTO applications (batch_id, account_id, state, region_code, submitted_no, submitted_at)
SELECT @ebatch, a.id, 'submitted', a.region_code, 1, @t0 + INTERVAL a.id MOD 1000 MINUTE
FROM accounts a WHERE a.username LIKE 'benchent%';
-- fresh statistics now, not when InnoDB's background recount gets to it (about a minute later): until then
-- the plans make full scans that production, with settled statistics, would not (make bench and the EXPLAIN
-- test both load this file, so both see the same statistics)
ANALYZE TABLE accounts, account_scopes, applications, app_enterprises, app_events, audit_log, attachments,
  batches, publications, publication_items, regions, sub_industries, sessions, messages, review_seen;
SELECT @batch AS bench_batch;
