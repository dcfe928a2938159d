-- 0010: accounts and sessions, second security round (issue 17).
--
-- An expert's organisation (所在单位) is a field of its own, name and 统一社会信用代码, not unique:
-- several experts may work for one organisation, and the organisation may also be a registered
-- platform or a served enterprise (回避 compares with both).  The code that an expert account held
-- in the applicants' unique credit_code column moves there.
ALTER TABLE accounts
  ADD COLUMN org_name        VARCHAR(100) NULL AFTER credit_code,
  ADD COLUMN org_credit_code CHAR(18)     NULL AFTER org_name,
  ADD KEY accounts_org_code (org_credit_code);
UPDATE accounts SET org_credit_code = credit_code, credit_code = NULL
 WHERE role = 'expert' AND credit_code IS NOT NULL;

-- Registration attempts per client address (register.cgi's throttle: Register.MaxPerAddress
-- per Register.WindowMinutes), counted before any password is hashed.
CREATE TABLE register_attempts (
  id   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ip   VARCHAR(64) NOT NULL,
  at   DATETIME    NOT NULL,
  KEY register_attempts_ip (ip, at),
  KEY register_attempts_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Sessions end Session.MaxLifetimeHours after sign-in even while used; the clean-up at login
-- reaches expired rows through this index.
ALTER TABLE sessions ADD KEY sessions_created (created_at);
