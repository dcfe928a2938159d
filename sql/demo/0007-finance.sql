-- 财政 (issue 15 part 3): one 财政局 per region that runs a programme here.  A finance account sees the
-- money decided in its region (汇总表, 资金拨付) and records 拨付 and 追回; its scope is its 市 like a 市's reviewer.
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES
('finance-150100', @pw, 'finance', '呼和浩特市财政局', '经济建设科', '13804710101', 'finance-150100@example.gov.cn'),
('finance-ly', @pw, 'finance', '洛阳市财政局', '经济建设科', '13703790101', 'finance-ly@example.gov.cn'),
('finance-cc', @pw, 'finance', '长春市财政局', '经济建设处', '13604310101', 'finance-cc@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '150100' FROM accounts WHERE username = 'finance-150100';
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410300' FROM accounts WHERE username = 'finance-ly';
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '220100' FROM accounts WHERE username = 'finance-cc';

-- 洛阳's 县区 recommend with their 财政部门 (征集通知 三（二）1): 涧西区's 财政局 confirms county-ly-6's list before it is
-- submitted (enterprise2 waits in it after scripts/demo-filings); a 县区 without a finance account submits alone
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, contact_person, mobile, email) VALUES
('finance-ly-6', @pw, 'finance', '涧西区财政局', '企业科', '13703790106', 'finance-ly-6@example.gov.cn');
INSERT IGNORE INTO account_scopes (account_id, region_code) SELECT id, '410305' FROM accounts WHERE username = 'finance-ly-6';

-- platform9 (呼和浩特 回民区): recognised in the previous batch by scripts/demo-filings, so that its
-- 奖补资金 waits for finance-150100 to pay (资金拨付)
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email)
VALUES ('platform9', @pw, 'platform', '呼和浩特云谷工业互联网有限公司', '91150103MA0001056H', '150103', '韩雪', '13804710109',
        'platform9@example.com');
