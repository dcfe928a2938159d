-- A batch's rule parameters and deadlines are its programme's (lib/programmes/*.c
-- declares them, with their defaults and the clauses they come from): stored by
-- name, not as fixed columns.  The application window (open_date,
-- applicant_deadline) stays on the batch: every programme has one.
CREATE TABLE batch_params (
  batch_id  BIGINT        NOT NULL,
  name      VARCHAR(32)   NOT NULL,
  value     VARCHAR(400)  NOT NULL,
  PRIMARY KEY (batch_id, name),
  CONSTRAINT batch_params_batch_fk FOREIGN KEY (batch_id) REFERENCES batches (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE batch_deadlines (
  batch_id  BIGINT       NOT NULL,
  name      VARCHAR(32)  NOT NULL,
  day       DATE         NOT NULL,
  PRIMARY KEY (batch_id, name),
  CONSTRAINT batch_deadlines_batch_fk FOREIGN KEY (batch_id) REFERENCES batches (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO batch_params (batch_id, name, value)
SELECT id, 'min_smes', min_smes FROM batches WHERE programme = 'platform' UNION ALL
SELECT id, 'max_subind_per_city', max_subind_per_city FROM batches WHERE programme = 'platform' UNION ALL
SELECT id, 'max_platforms_per_subind', max_platforms_per_subind FROM batches WHERE programme = 'platform' UNION ALL
SELECT id, 'cap_platform_yuan', cap_platform_yuan FROM batches WHERE programme = 'platform' UNION ALL
SELECT id, 'cap_enterprise_pct', cap_enterprise_pct FROM batches WHERE programme = 'platform' UNION ALL
SELECT id, 'cap_enterprise_yuan', cap_enterprise_yuan FROM batches WHERE programme = 'platform' UNION ALL
SELECT id, 'min_expert_scores', min_expert_scores FROM batches WHERE programme = 'platform' UNION ALL
SELECT id, 'plausible_cost_yuan', plausible_cost_yuan FROM batches WHERE programme = 'platform' UNION ALL
SELECT id, 'data_year', data_year FROM batches WHERE programme = 'enterprise' AND data_year IS NOT NULL UNION ALL
SELECT id, 'industries', industries FROM batches WHERE programme = 'enterprise' AND industries <> '';

INSERT INTO batch_deadlines (batch_id, name, day)
SELECT id, 'county', county_deadline FROM batches UNION ALL
SELECT id, 'city', city_deadline FROM batches;

ALTER TABLE batches
  DROP COLUMN data_year, DROP COLUMN industries, DROP COLUMN county_deadline, DROP COLUMN city_deadline,
  DROP COLUMN min_smes, DROP COLUMN max_subind_per_city, DROP COLUMN max_platforms_per_subind,
  DROP COLUMN cap_platform_yuan, DROP COLUMN cap_enterprise_pct, DROP COLUMN cap_enterprise_yuan,
  DROP COLUMN min_expert_scores, DROP COLUMN plausible_cost_yuan;

-- opening an application writes nothing: what changed is shown since the version this reviewer last acted on
DROP TABLE review_seen;
