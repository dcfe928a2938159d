-- 新乡经开区 行动计划 第十七、十八条: an enterprise of 新乡市's four pilot industries gets the 新乡市 policy's money
-- (新政办〔2024〕43号); 第十五、十六、十七条 are applied 就高不重复.  The 考核工作小组办公室 records what the 新乡市
-- policy gives the enterprise for the same assessment (the 评定年度 of xx_levels), with its document; a round's
-- proposal computes the zone's reward with it, and a reward not higher than the city's is refused (0 元), both
-- figures and the clause in its explanation.
CREATE TABLE xx_city_policy (
  credit_code  CHAR(18)      NOT NULL,
  year         SMALLINT      NOT NULL,                       -- the 评定年度 the city's money is for
  amount_yuan  BIGINT        NOT NULL,
  doc_no       VARCHAR(100)  NOT NULL,                       -- 新乡市's decision: 文号
  entered_by   BIGINT        NOT NULL,
  entered_at   DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (credit_code, year),
  CONSTRAINT xx_city_policy_amount CHECK (amount_yuan >= 0),
  CONSTRAINT xx_city_policy_by_fk FOREIGN KEY (entered_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE xx_rewards ADD COLUMN city_policy_yuan BIGINT NOT NULL DEFAULT 0 AFTER excluded;
