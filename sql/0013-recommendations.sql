-- One family of tables for every ranked recommendation within limits, at
-- any level (the 盟市's list of platforms of 内蒙古, the 县区's list of
-- enterprises of 洛阳, ...): lib/reclist.c.  The two former families are
-- copied in and dropped.
CREATE TABLE rec_lists (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  batch_id      BIGINT       NOT NULL,
  level         VARCHAR(16)  NOT NULL,                 -- who recommends: city, county
  region_code   CHAR(6)      NOT NULL,                 -- the recommending region
  state         ENUM('draft','submitted') NOT NULL DEFAULT 'draft',
  doc_no        VARCHAR(100) NOT NULL DEFAULT '',      -- the document's 文号 (联合行文, 推荐文件)
  doc_date      DATE         NULL,
  fewer_reason  TEXT         NOT NULL,                 -- fewer than the quota: the reason
  submitted_at  DATETIME     NULL,
  submitted_by  BIGINT       NULL,
  version       INT          NOT NULL DEFAULT 1,
  UNIQUE KEY rec_lists_one (batch_id, level, region_code),
  KEY rec_lists_region (region_code),
  CONSTRAINT rec_lists_batch_fk FOREIGN KEY (batch_id) REFERENCES batches (id),
  CONSTRAINT rec_lists_region_fk FOREIGN KEY (region_code) REFERENCES regions (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE rec_items (
  id              BIGINT    NOT NULL AUTO_INCREMENT PRIMARY KEY,
  list_id         BIGINT    NOT NULL,
  application_id  BIGINT    NOT NULL,
  grp             SMALLINT  NOT NULL DEFAULT 0,        -- the sub-industry when the list is grouped, else 0
  rank_no         INT       NOT NULL,
  reason          TEXT      NOT NULL,
  UNIQUE KEY rec_items_app (list_id, application_id),
  KEY rec_items_list (list_id, grp, rank_no),
  KEY rec_items_application (application_id),
  CONSTRAINT rec_item_list_fk FOREIGN KEY (list_id) REFERENCES rec_lists (id) ON DELETE CASCADE,
  CONSTRAINT rec_item_app_fk FOREIGN KEY (application_id) REFERENCES applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE rec_list_documents (
  list_id   BIGINT       NOT NULL PRIMARY KEY,
  filename  VARCHAR(255) NOT NULL,
  mime      VARCHAR(64)  NOT NULL,
  size      BIGINT       NOT NULL,
  sha256    CHAR(64)     NOT NULL,
  data      LONGBLOB     NOT NULL,
  CONSTRAINT rec_list_documents_fk FOREIGN KEY (list_id) REFERENCES rec_lists (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO rec_lists (batch_id, level, region_code, state, doc_no, doc_date, fewer_reason, submitted_at, submitted_by, version)
SELECT batch_id, 'city', city_code, state, doc_no, doc_date, '', submitted_at, submitted_by, version FROM city_recommendations;
INSERT INTO rec_lists (batch_id, level, region_code, state, doc_no, doc_date, fewer_reason, submitted_at, submitted_by, version)
SELECT batch_id, 'county', county_code, state, doc_no, NULL, fewer_reason, submitted_at, NULL, version FROM county_recommendations;

INSERT INTO rec_items (list_id, application_id, grp, rank_no, reason)
SELECT l.id, i.application_id, i.sub_industry, i.rank_no, i.reason FROM recommendation_items i
JOIN city_recommendations c ON c.id = i.rec_id JOIN rec_lists l ON l.batch_id = c.batch_id AND l.level = 'city' AND l.region_code = c.city_code;
INSERT INTO rec_items (list_id, application_id, grp, rank_no, reason)
SELECT l.id, i.application_id, 0, i.rank_no, '' FROM county_rec_items i
JOIN county_recommendations c ON c.id = i.rec_id JOIN rec_lists l ON l.batch_id = c.batch_id AND l.level = 'county' AND l.region_code = c.county_code;

INSERT INTO rec_list_documents (list_id, filename, mime, size, sha256, data)
SELECT l.id, f.filename, f.mime, f.size, f.sha256, f.data FROM rec_documents f
JOIN city_recommendations c ON c.id = f.rec_id JOIN rec_lists l ON l.batch_id = c.batch_id AND l.level = 'city' AND l.region_code = c.city_code;
INSERT INTO rec_list_documents (list_id, filename, mime, size, sha256, data)
SELECT l.id, f.filename, 'application/pdf', f.size, f.sha256, f.data FROM county_rec_documents f
JOIN county_recommendations c ON c.id = f.rec_id JOIN rec_lists l ON l.batch_id = c.batch_id AND l.level = 'county' AND l.region_code = c.county_code;

DROP TABLE rec_documents, recommendation_items, city_recommendations, county_rec_documents, county_rec_items, county_recommendations;

-- quotas of any level, per recommending region (洛阳 附件2's 县区 quotas)
RENAME TABLE county_quotas TO rec_quotas;
ALTER TABLE rec_quotas CHANGE county_code region_code CHAR(6) NOT NULL;
