-- The rule set a batch computes money by (lib/rulesets.c: key and version),
-- recorded when the batch is made and kept: a changed rule is a new version,
-- and what was decided under the old one keeps it.  NULL: a batch made without
-- one, computed by version 1 of its programme's rule set.
ALTER TABLE batches
  ADD COLUMN ruleset VARCHAR(40) NULL AFTER applicant_deadline,
  ADD COLUMN ruleset_version INT NULL AFTER ruleset;

UPDATE batches SET ruleset = 'neimenggu-2025', ruleset_version = 1 WHERE programme = 'platform';
UPDATE batches SET ruleset = 'luoyang-2025', ruleset_version = 1 WHERE programme = 'enterprise';
