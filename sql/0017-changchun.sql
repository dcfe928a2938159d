-- 0016: 长春's programme (长春市中小企业数字化转型城市试点工作实施细则, ../shared/seeds/002_f8d6ebe2e83360e2.txt):
-- 吉林省 > 长春市 and its 县（市）区, the roles 服务商 and 评测机构, the records of the 市's decisions, the
-- published 试点企业名单 and the 试点企业库 (一企一档).
--
-- Sources of the codes:
--  * 吉林省 220000, 长春市 220100 and its districts, county and county-level cities: GB/T 2260, as published by
--    民政部 (2023年中华人民共和国县以上行政区划代码): 南关区 220102, 宽城区 220103, 朝阳区 220104, 二道区 220105,
--    绿园区 220106, 双阳区 220112, 九台区 220113 (撤市设区 2014, formerly 220181), 农安县 220122, 榆树市 220182,
--    德惠市 220183, 公主岭市 220184 (划归长春市代管 2020, formerly 220381 of 四平市).
--  * The development zones have no GB/T 2260 code.  经开区, 净月, 高新区 and 汽开区 take the codes the 国家统计局
--    统计用区划代码 gives them (220171 长春经济技术开发区, 220172 长春净月高新技术产业开发区, 220173 长春高新技术产业
--    开发区, 220174 长春汽车经济技术开发区), as 伊滨区 (410372) does in 0006; 长春新区 has none there either, and
--    220179 is this system's own.  The five zones come after the administrative divisions, in the order of
--    the issue (长春新区, 经开区, 高新区, 净月, 汽开区); the demo's county-cc-N follows this `sort`.
INSERT INTO regions (code, name, level, parent_code, city_code, province_code, sort) VALUES
('220000', '吉林省', 'province', NULL, NULL, '220000', 2000),
('220100', '长春市', 'city', '220000', '220100', '220000', 2001),
('220102', '南关区', 'county', '220100', '220100', '220000', 2002),
('220103', '宽城区', 'county', '220100', '220100', '220000', 2003),
('220104', '朝阳区', 'county', '220100', '220100', '220000', 2004),
('220105', '二道区', 'county', '220100', '220100', '220000', 2005),
('220106', '绿园区', 'county', '220100', '220100', '220000', 2006),
('220112', '双阳区', 'county', '220100', '220100', '220000', 2007),
('220113', '九台区', 'county', '220100', '220100', '220000', 2008),
('220122', '农安县', 'county', '220100', '220100', '220000', 2009),
('220182', '榆树市', 'county', '220100', '220100', '220000', 2010),
('220183', '德惠市', 'county', '220100', '220100', '220000', 2011),
('220184', '公主岭市', 'county', '220100', '220100', '220000', 2012),
('220179', '长春新区', 'county', '220100', '220100', '220000', 2013),
('220171', '经开区', 'county', '220100', '220100', '220000', 2014),
('220173', '高新区', 'county', '220100', '220100', '220000', 2015),
('220172', '净月高新区', 'county', '220100', '220100', '220000', 2016),
('220174', '汽开区', 'county', '220100', '220100', '220000', 2017);

-- 服务商 (数字化转型服务商, 第三章（四）) registers itself; 评测机构 (第三方评测机构, 第三章（五）) is opened by the 市
ALTER TABLE accounts MODIFY role ENUM('platform','enterprise','county','city','province','expert','provider','evaluator') NOT NULL;

-- A 服务商's standing with the 市 of its 所在县（市）区: approved before it can be chosen
CREATE TABLE providers (
  account_id   BIGINT       NOT NULL PRIMARY KEY,
  city_code    CHAR(6)      NOT NULL,                          -- the 市 that approves it
  services     VARCHAR(500) NOT NULL DEFAULT '',               -- 主要服务领域, as registered
  state        ENUM('pending','approved','refused') NOT NULL DEFAULT 'pending',
  reason       TEXT         NULL,                              -- why refused
  decided_by   BIGINT       NULL,
  decided_at   DATETIME     NULL,
  version      INT          NOT NULL DEFAULT 1,
  KEY providers_city (city_code, state),
  CONSTRAINT providers_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
  CONSTRAINT providers_city_fk FOREIGN KEY (city_code) REFERENCES regions (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What a review step records besides its opinion (lib/workflow.c): the day it was decided and the
-- meeting that decided it (the 市's 专家评审 and 集体决策, 第四章（一）2（4）), the items confirmed
CREATE TABLE app_decisions (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  action          VARCHAR(24)   NOT NULL,
  label           VARCHAR(100)  NOT NULL,                      -- the action as the timeline names it
  act_date        DATE          NULL,
  meeting         VARCHAR(200)  NOT NULL DEFAULT '',
  confirmed       VARCHAR(500)  NOT NULL DEFAULT '',           -- the items the reviewer confirmed
  opinion         TEXT          NOT NULL,
  account_id      BIGINT        NOT NULL,
  created_at      DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY app_decisions_app (application_id, id),
  CONSTRAINT app_decisions_app_fk FOREIGN KEY (application_id) REFERENCES applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A published list (核定公布): the 市 publishes the applications its 集体决策 selected, with its 文号 and day
CREATE TABLE pilot_lists (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  batch_id      BIGINT        NOT NULL,
  doc_no        VARCHAR(100)  NOT NULL,
  published_on  DATE          NOT NULL,
  published_by  BIGINT        NOT NULL,
  created_at    DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY pilot_lists_batch (batch_id),
  CONSTRAINT pilot_lists_batch_fk FOREIGN KEY (batch_id) REFERENCES batches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The 试点企业库: one record per enterprise, by 统一社会信用代码, across batches and programmes (the 一企一档
-- that later stages add to), and the applications that put it there
CREATE TABLE pilot_enterprises (
  credit_code     CHAR(18)      NOT NULL PRIMARY KEY,
  account_id      BIGINT        NOT NULL,
  name            VARCHAR(200)  NOT NULL,
  region_code     CHAR(6)       NOT NULL,
  first_listed_on DATE          NOT NULL,
  KEY pilot_enterprises_region (region_code),
  CONSTRAINT pilot_enterprises_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id),
  CONSTRAINT pilot_enterprises_region_fk FOREIGN KEY (region_code) REFERENCES regions (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pilot_entries (
  application_id  BIGINT    NOT NULL PRIMARY KEY,
  credit_code     CHAR(18)  NOT NULL,
  list_id         BIGINT    NOT NULL,
  KEY pilot_entries_code (credit_code),
  CONSTRAINT pilot_entries_app_fk FOREIGN KEY (application_id) REFERENCES applications (id),
  CONSTRAINT pilot_entries_code_fk FOREIGN KEY (credit_code) REFERENCES pilot_enterprises (credit_code),
  CONSTRAINT pilot_entries_list_fk FOREIGN KEY (list_id) REFERENCES pilot_lists (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
