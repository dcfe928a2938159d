-- 0001: regions, sub-industries, accounts, scopes, sessions, login attempts, audit log.
-- InnoDB, utf8mb4 throughout; the server runs in strict mode.

CREATE TABLE regions (
  code          CHAR(6)      NOT NULL PRIMARY KEY,            -- GB/T 2260
  name          VARCHAR(64)  NOT NULL,
  level         ENUM('province','city','county') NOT NULL,
  parent_code   CHAR(6)      NULL,
  city_code     CHAR(6)      NULL,                            -- county: its city; city: itself
  province_code CHAR(6)      NOT NULL,
  sort          INT          NOT NULL DEFAULT 0,
  KEY regions_parent (parent_code, sort),
  KEY regions_city (city_code),
  KEY regions_province (province_code, level)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sub_industries (
  seq       SMALLINT     NOT NULL PRIMARY KEY,                -- 附件1 序号
  category  VARCHAR(64)  NOT NULL,                            -- 行业类别
  name      VARCHAR(64)  NOT NULL,                            -- 细分行业
  UNIQUE KEY sub_industries_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE accounts (
  id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username             VARCHAR(32)  NOT NULL,
  password_hash        VARCHAR(255) NOT NULL,
  role                 ENUM('platform','enterprise','county','city','province','expert') NOT NULL,
  display_name         VARCHAR(100) NOT NULL,                 -- 单位名称 (or the reviewer's department)
  credit_code          CHAR(18)     NULL,                     -- 统一社会信用代码
  region_code          CHAR(6)      NULL,                     -- applicants: 所在旗县区
  contact_person       VARCHAR(50)  NOT NULL DEFAULT '',
  mobile               VARCHAR(20)  NOT NULL DEFAULT '',
  email                VARCHAR(254) NOT NULL DEFAULT '',
  status               ENUM('active','disabled') NOT NULL DEFAULT 'active',
  must_change_password TINYINT      NOT NULL DEFAULT 0,
  created_at           DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at           DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  version              INT          NOT NULL DEFAULT 1,
  UNIQUE KEY accounts_username (username),
  UNIQUE KEY accounts_credit_code (credit_code),
  KEY accounts_role (role, status),
  KEY accounts_region (region_code, role),
  KEY accounts_name (display_name),
  CONSTRAINT accounts_region_fk FOREIGN KEY (region_code) REFERENCES regions (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The region a reviewer, expert or administrator may see (one per account).
CREATE TABLE account_scopes (
  account_id   BIGINT   NOT NULL PRIMARY KEY,
  region_code  CHAR(6)  NOT NULL,
  KEY account_scopes_region (region_code),
  CONSTRAINT account_scopes_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
  CONSTRAINT account_scopes_region_fk FOREIGN KEY (region_code) REFERENCES regions (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sessions (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash  CHAR(64)     NOT NULL,                          -- SHA-256 of the cookie token
  account_id  BIGINT       NOT NULL,
  csrf        CHAR(64)     NOT NULL,
  created_at  DATETIME     NOT NULL,
  last_seen   DATETIME     NOT NULL,
  ip          VARCHAR(64)  NOT NULL DEFAULT '',
  user_agent  VARCHAR(255) NOT NULL DEFAULT '',
  flash       VARCHAR(500) NULL,
  UNIQUE KEY sessions_token (token_hash),
  KEY sessions_account (account_id),
  KEY sessions_last_seen (last_seen),
  CONSTRAINT sessions_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE login_attempts (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username  VARCHAR(64)  NOT NULL,
  ip        VARCHAR(64)  NOT NULL,
  at        DATETIME     NOT NULL,
  ok        TINYINT      NOT NULL,
  KEY login_attempts_user (username, ok, at),
  KEY login_attempts_ip (ip, ok, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only for the application's user (SELECT, INSERT only: see scripts/db-grants).
-- The trigger below chains every entry to the previous one by SHA-256.
CREATE TABLE audit_log (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at              DATETIME(6)  NOT NULL,
  account_id      BIGINT       NULL,
  username        VARCHAR(64)  NOT NULL DEFAULT '',
  role            VARCHAR(16)  NOT NULL DEFAULT '',
  action          VARCHAR(64)  NOT NULL,
  object_type     VARCHAR(32)  NOT NULL,
  object_id       BIGINT       NOT NULL DEFAULT 0,
  before_summary  TEXT         NOT NULL,
  after_summary   TEXT         NOT NULL,
  ip              VARCHAR(64)  NOT NULL DEFAULT '',
  request_id      CHAR(16)     NOT NULL DEFAULT '',
  prev_hash       CHAR(64)     NOT NULL DEFAULT '',
  hash            CHAR(64)     NOT NULL DEFAULT '',
  KEY audit_object (object_type, object_id),
  KEY audit_account (account_id, at),
  KEY audit_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_head (
  id         TINYINT   NOT NULL PRIMARY KEY,
  last_hash  CHAR(64)  NOT NULL,
  entries    BIGINT    NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO audit_head VALUES (1, REPEAT('0', 64), 0);

DELIMITER //
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW
BEGIN
  DECLARE prev CHAR(64);
  SELECT last_hash INTO prev FROM audit_head WHERE id = 1 FOR UPDATE;
  SET NEW.at = NOW(6);
  SET NEW.prev_hash = prev;
  SET NEW.hash = SHA2(CONCAT_WS('|', prev, DATE_FORMAT(NEW.at, '%Y-%m-%d %H:%i:%s.%f'),
      IFNULL(NEW.account_id, ''), NEW.username, NEW.role, NEW.action, NEW.object_type,
      NEW.object_id, NEW.before_summary, NEW.after_summary, NEW.ip, NEW.request_id), 256);
  UPDATE audit_head SET last_hash = NEW.hash, entries = entries + 1 WHERE id = 1;
END//
DELIMITER ;
