-- 0015: the 自治区 home page's account counts, kept with the accounts they count.
-- The page counted its province's accounts on every request (a GROUP BY over every applicant's
-- index entry: ~2,500 at province scale, 7 ms of MariaDB per view).  The counts now live in
-- account_counts, changed by triggers in the same transaction as the account or scope row, so
-- the page reads a dozen rows.  What is counted is what the page counted: an applicant (服务平台,
-- 中小企业) by the province of its 所在旗县区; any account with a scope by the scope's province;
-- each per (role, status, must_change_password).  A foreign-key cascade fires no trigger, so an
-- account's scope is taken out of the counts before the account is deleted.
CREATE TABLE account_counts (
  province_code  CHAR(6)      NOT NULL,
  role           VARCHAR(16)  NOT NULL,
  status         VARCHAR(16)  NOT NULL,
  must_change    TINYINT      NOT NULL,
  n              BIGINT       NOT NULL,
  PRIMARY KEY (province_code, role, status, must_change)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "registered in the last 7 days" (the home pages, accounts and orgs filters) by an index
ALTER TABLE accounts ADD KEY accounts_role_created (role, created_at);

DELIMITER //
CREATE PROCEDURE account_count_add(c CHAR(6), r VARCHAR(16), s VARCHAR(16), mc TINYINT, delta INT)
BEGIN
  DECLARE p CHAR(6) DEFAULT (SELECT province_code FROM regions WHERE regions.code = c);
  IF p IS NOT NULL THEN
    INSERT INTO account_counts (province_code, role, status, must_change, n) VALUES (p, r, s, mc, delta)
      ON DUPLICATE KEY UPDATE n = n + delta;
  END IF;
END//

CREATE TRIGGER account_counts_ins AFTER INSERT ON accounts FOR EACH ROW
BEGIN
  IF NEW.role IN ('platform', 'enterprise') AND NEW.region_code IS NOT NULL THEN
    CALL account_count_add(NEW.region_code, NEW.role, NEW.status, NEW.must_change_password, 1);
  END IF;
END//

CREATE TRIGGER account_counts_upd AFTER UPDATE ON accounts FOR EACH ROW
BEGIN
  DECLARE sc CHAR(6);
  IF NOT (OLD.role <=> NEW.role AND OLD.status <=> NEW.status AND OLD.must_change_password <=> NEW.must_change_password
          AND OLD.region_code <=> NEW.region_code) THEN
    IF OLD.role IN ('platform', 'enterprise') AND OLD.region_code IS NOT NULL THEN
      CALL account_count_add(OLD.region_code, OLD.role, OLD.status, OLD.must_change_password, -1);
    END IF;
    IF NEW.role IN ('platform', 'enterprise') AND NEW.region_code IS NOT NULL THEN
      CALL account_count_add(NEW.region_code, NEW.role, NEW.status, NEW.must_change_password, 1);
    END IF;
    SET sc = (SELECT region_code FROM account_scopes WHERE account_id = NEW.id);
    IF sc IS NOT NULL THEN
      CALL account_count_add(sc, OLD.role, OLD.status, OLD.must_change_password, -1);
      CALL account_count_add(sc, NEW.role, NEW.status, NEW.must_change_password, 1);
    END IF;
  END IF;
END//

CREATE TRIGGER account_counts_del BEFORE DELETE ON accounts FOR EACH ROW
BEGIN
  DECLARE sc CHAR(6);
  IF OLD.role IN ('platform', 'enterprise') AND OLD.region_code IS NOT NULL THEN
    CALL account_count_add(OLD.region_code, OLD.role, OLD.status, OLD.must_change_password, -1);
  END IF;
  SET sc = (SELECT region_code FROM account_scopes WHERE account_id = OLD.id);
  IF sc IS NOT NULL THEN
    CALL account_count_add(sc, OLD.role, OLD.status, OLD.must_change_password, -1);
  END IF;
END//

CREATE TRIGGER account_counts_scope_ins AFTER INSERT ON account_scopes FOR EACH ROW
BEGIN
  DECLARE r VARCHAR(16) DEFAULT (SELECT role FROM accounts WHERE id = NEW.account_id);
  DECLARE s VARCHAR(16) DEFAULT (SELECT status FROM accounts WHERE id = NEW.account_id);
  DECLARE mc TINYINT DEFAULT (SELECT must_change_password FROM accounts WHERE id = NEW.account_id);
  CALL account_count_add(NEW.region_code, r, s, mc, 1);
END//

CREATE TRIGGER account_counts_scope_upd AFTER UPDATE ON account_scopes FOR EACH ROW
BEGIN
  DECLARE r VARCHAR(16) DEFAULT (SELECT role FROM accounts WHERE id = NEW.account_id);
  DECLARE s VARCHAR(16) DEFAULT (SELECT status FROM accounts WHERE id = NEW.account_id);
  DECLARE mc TINYINT DEFAULT (SELECT must_change_password FROM accounts WHERE id = NEW.account_id);
  CALL account_count_add(OLD.region_code, r, s, mc, -1);
  CALL account_count_add(NEW.region_code, r, s, mc, 1);
END//

CREATE TRIGGER account_counts_scope_del AFTER DELETE ON account_scopes FOR EACH ROW
BEGIN
  DECLARE r VARCHAR(16) DEFAULT (SELECT role FROM accounts WHERE id = OLD.account_id);
  DECLARE s VARCHAR(16) DEFAULT (SELECT status FROM accounts WHERE id = OLD.account_id);
  DECLARE mc TINYINT DEFAULT (SELECT must_change_password FROM accounts WHERE id = OLD.account_id);
  IF r IS NOT NULL THEN
    CALL account_count_add(OLD.region_code, r, s, mc, -1);
  END IF;
END//
DELIMITER ;

INSERT INTO account_counts (province_code, role, status, must_change, n)
SELECT p, role, status, mc, SUM(n) FROM (
  SELECT g.province_code p, a.role, a.status, a.must_change_password mc, COUNT(*) n
  FROM accounts a JOIN regions g ON g.code = a.region_code
  WHERE a.role IN ('platform', 'enterprise') GROUP BY 1, 2, 3, 4
  UNION ALL
  SELECT g.province_code, a.role, a.status, a.must_change_password, COUNT(*)
  FROM account_scopes s JOIN regions g ON g.code = s.region_code JOIN accounts a ON a.id = s.account_id
  GROUP BY 1, 2, 3, 4) x
GROUP BY 1, 2, 3, 4;
