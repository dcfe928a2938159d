-- 0006: the enterprise programme (中小企业数字化转型试点企业, 洛阳 申报书): 河南省 > 洛阳市 and its 县区,
-- batch fields of the programme, per-county recommendation quotas, the 县区 recommendation.

INSERT INTO regions (code, name, level, parent_code, city_code, province_code, sort) VALUES
('410000', '河南省', 'province', NULL, NULL, '410000', 1000),
('410300', '洛阳市', 'city', '410000', '410300', '410000', 1001),
('410308', '孟津区', 'county', '410300', '410300', '410000', 1002),
('410307', '偃师区', 'county', '410300', '410300', '410000', 1003),
('410323', '新安县', 'county', '410300', '410300', '410000', 1004),
('410329', '伊川县', 'county', '410300', '410300', '410000', 1005),
('410327', '宜阳县', 'county', '410300', '410300', '410000', 1006),
('410305', '涧西区', 'county', '410300', '410300', '410000', 1007),
('410303', '西工区', 'county', '410300', '410300', '410000', 1008),
('410311', '洛龙区', 'county', '410300', '410300', '410000', 1009),
-- 伊滨区 is a management district without a GB/T 2260 code: 410372 is this system's own
('410372', '伊滨区', 'county', '410300', '410300', '410000', 1010),
('410302', '老城区', 'county', '410300', '410300', '410000', 1011),
('410304', '瀍河区', 'county', '410300', '410300', '410000', 1012),
('410324', '栾川县', 'county', '410300', '410300', '410000', 1013),
('410326', '汝阳县', 'county', '410300', '410300', '410000', 1014),
('410325', '嵩县', 'county', '410300', '410300', '410000', 1015),
('410328', '洛宁县', 'county', '410300', '410300', '410000', 1016),
('410371', '高新区', 'county', '410300', '410300', '410000', 1017);

ALTER TABLE batches
  ADD COLUMN data_year SMALLINT NULL AFTER year,                   -- the year of the 生产经营情况 figures
  ADD COLUMN industries VARCHAR(400) NOT NULL DEFAULT '' AFTER data_year;  -- the 4 pilot industries, '|'-separated

CREATE TABLE county_quotas (
  batch_id     BIGINT   NOT NULL,
  county_code  CHAR(6)  NOT NULL,
  quota        INT      NOT NULL,                                  -- 推荐企业数量 (附件2)
  PRIMARY KEY (batch_id, county_code),
  CONSTRAINT county_quotas_batch_fk FOREIGN KEY (batch_id) REFERENCES batches (id),
  CONSTRAINT county_quotas_county_fk FOREIGN KEY (county_code) REFERENCES regions (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE county_recommendations (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  batch_id      BIGINT       NOT NULL,
  county_code   CHAR(6)      NOT NULL,
  state         ENUM('draft','submitted') NOT NULL DEFAULT 'draft',
  doc_no        VARCHAR(100) NOT NULL DEFAULT '',                  -- 县区推荐文件
  fewer_reason  TEXT         NOT NULL,                             -- when fewer than the quota (原则上不得少于)
  submitted_at  DATETIME     NULL,
  version       INT          NOT NULL DEFAULT 1,
  UNIQUE KEY county_recommendations_one (batch_id, county_code),
  CONSTRAINT county_rec_batch_fk FOREIGN KEY (batch_id) REFERENCES batches (id),
  CONSTRAINT county_rec_county_fk FOREIGN KEY (county_code) REFERENCES regions (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE county_rec_items (
  rec_id          BIGINT  NOT NULL,
  application_id  BIGINT  NOT NULL,
  rank_no         INT     NOT NULL,
  PRIMARY KEY (rec_id, application_id),
  UNIQUE KEY county_rec_items_app (application_id),
  CONSTRAINT county_rec_items_rec_fk FOREIGN KEY (rec_id) REFERENCES county_recommendations (id) ON DELETE CASCADE,
  CONSTRAINT county_rec_items_app_fk FOREIGN KEY (application_id) REFERENCES applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE county_rec_documents (
  rec_id    BIGINT       NOT NULL PRIMARY KEY,
  filename  VARCHAR(255) NOT NULL,
  size      BIGINT       NOT NULL,
  sha256    CHAR(64)     NOT NULL,
  data      LONGBLOB     NOT NULL,
  CONSTRAINT county_rec_documents_fk FOREIGN KEY (rec_id) REFERENCES county_recommendations (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
