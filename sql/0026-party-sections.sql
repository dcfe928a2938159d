-- 0026: a section filled jointly by the applicant and a party of its project (长春 附件3 parts 二 and 三,
-- 试点企业与数字化服务商共同填写): the party whose save the applicant has not yet confirmed (saved the section
-- since); NULL when none.  Submission waits for every such confirmation (lib/check.c).
ALTER TABLE app_sections
  ADD COLUMN party_saved_by BIGINT NULL AFTER saved_at,
  ADD CONSTRAINT app_sections_party_fk FOREIGN KEY (party_saved_by) REFERENCES accounts (id);
