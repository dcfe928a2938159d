-- 0024: 新乡经开区 免申即享 (004 新乡经济技术开发区中小企业数字化转型三年行动计划 第十五至十八条、第二十一至
-- 二十五条, ../shared/seeds/004_961a77501b7e1897.txt).  The zone as a region, the records the 考核工作小组办公室
-- (新乡经开区经济发展和统计局, role city) keeps per enterprise and year, and each proposed reward's computation.
--
-- Sources of the codes:
--  * 河南省 410000 exists (0006).  新乡市 410700: GB/T 2260, as published by 民政部 (2023年中华人民共和国县以上
--    行政区划代码).
--  * 新乡经济技术开发区 has no GB/T 2260 code.  It takes the code the 国家统计局 统计用区划代码 gives it (410772
--    新乡经济技术开发区, beside 410771 新乡高新技术产业开发区 and 410773 平原城乡一体化示范区), as 伊滨区 (410372) does in
--    0006 and 长春's zones (220171 ...) do in 0017.  Only the zone is listed under 新乡市: this programme runs in it alone.
INSERT INTO regions (code, name, level, parent_code, city_code, province_code, sort) VALUES
('410700', '新乡市', 'city', '410000', '410700', '410000', 1100),
('410772', '新乡经开区', 'county', '410700', '410700', '410000', 1101);

-- 第十五、十六条: the level the 考核小组 assessed (评定) for an enterprise in a year, with what sets its rate: the
-- category (一般 / 专精特新 / 专精特新且有省级以上智能工厂（车间）) and the 改造批次 (第一批 .. 第三批).  One
-- assessment per enterprise and year; the reward compares the revenue of year + 1 with that of year.
CREATE TABLE xx_levels (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  credit_code  CHAR(18)      NOT NULL,
  year         SMALLINT      NOT NULL,                       -- the year the level was assessed
  level        TINYINT       NOT NULL,                       -- 0 无等级 .. 4 四级
  category     ENUM('plain','srdi','srdi_factory') NOT NULL,
  batch_no     TINYINT       NOT NULL,                       -- 改造批次 1..3
  note         VARCHAR(500)  NOT NULL DEFAULT '',
  entered_by   BIGINT        NOT NULL,
  entered_at   DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY xx_levels_one (credit_code, year),
  CONSTRAINT xx_levels_level CHECK (level BETWEEN 0 AND 4),
  CONSTRAINT xx_levels_batch CHECK (batch_no BETWEEN 1 AND 3),
  CONSTRAINT xx_levels_by_fk FOREIGN KEY (entered_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 营业收入 of a natural year (whole 元), entered on the page or imported from CSV
CREATE TABLE xx_revenues (
  credit_code  CHAR(18)      NOT NULL,
  year         SMALLINT      NOT NULL,
  revenue_yuan BIGINT        NOT NULL,
  entered_by   BIGINT        NOT NULL,
  entered_at   DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (credit_code, year),
  CONSTRAINT xx_revenues_amount CHECK (revenue_yuan >= 0),
  CONSTRAINT xx_revenues_by_fk FOREIGN KEY (entered_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 第二十五条: a year in which the enterprise did not pay its taxes honestly (tax), had a major accident (安全生产、
-- 生态环保、产品质量安全: accident) or a serious violation or 失信 (violation); recorded with what was found
CREATE TABLE xx_exclusions (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  credit_code  CHAR(18)      NOT NULL,
  year         SMALLINT      NOT NULL,
  kind         ENUM('tax','accident','violation') NOT NULL,
  note         VARCHAR(1000) NOT NULL,
  entered_by   BIGINT        NOT NULL,
  created_at   DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY xx_exclusions_code (credit_code, year),
  CONSTRAINT xx_exclusions_by_fk FOREIGN KEY (entered_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A proposed reward (第二十二条 奖励建议名单): an application of the round (batch) the system created for the
-- enterprise, with the assessment it rewards and the rule set's computation as it was proposed.  What the
-- 考核工作小组办公室 then does (考察核实, 移出, 公示, 管委会审定) are the application's workflow steps; 审定 writes
-- money_decisions.
CREATE TABLE xx_rewards (
  application_id BIGINT       NOT NULL PRIMARY KEY,
  level_id       BIGINT       NOT NULL,
  revenue_base   BIGINT       NOT NULL,
  revenue_next   BIGINT       NOT NULL,
  paid_before    BIGINT       NOT NULL,                     -- decided earlier under this rule set, same credit code
  excluded       TINYINT      NOT NULL DEFAULT 0,
  amount_yuan    BIGINT       NOT NULL,
  refused        VARCHAR(500) NOT NULL DEFAULT '',          -- the clause that pays nothing, when one does
  explanation    TEXT         NOT NULL,
  KEY xx_rewards_level (level_id),
  CONSTRAINT xx_rewards_app_fk FOREIGN KEY (application_id) REFERENCES applications (id),
  CONSTRAINT xx_rewards_level_fk FOREIGN KEY (level_id) REFERENCES xx_levels (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
