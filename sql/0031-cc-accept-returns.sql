-- 0031: 长春's 项目验收 (实施细则 第四章（五）): the 县（市）区 may return a 评测机构's 验收意见 (附件5) for it to
-- correct and issue again, before its 意见 makes the result take effect.  The returned opinion leaves
-- cc_acceptances (whose round is then issued again) and is kept here, with the 县（市）区's reason.
CREATE TABLE cc_accept_returns (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  application_id  BIGINT        NOT NULL,               -- the project's 项目验收 stage
  round           TINYINT       NOT NULL,               -- the round whose opinion was returned (1, or 2 after 整改)
  evaluator_id    BIGINT        NOT NULL,
  paper_on        DATE          NOT NULL,
  site_on         DATE          NOT NULL,
  accepted_on     DATE          NOT NULL,
  leader          VARCHAR(50)   NOT NULL,
  members         VARCHAR(300)  NOT NULL,
  result          VARCHAR(8)    NOT NULL,               -- pass, fail: as the 评测机构 had concluded
  opinion         TEXT          NOT NULL,
  reason          TEXT          NOT NULL,               -- the 县（市）区's reason for returning it
  returned_by     BIGINT        NOT NULL,
  returned_at     DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY cc_accept_returns_app (application_id, round),
  CONSTRAINT cc_accept_returns_app_fk FOREIGN KEY (application_id) REFERENCES applications (id),
  CONSTRAINT cc_accept_returns_evaluator_fk FOREIGN KEY (evaluator_id) REFERENCES accounts (id),
  CONSTRAINT cc_accept_returns_by_fk FOREIGN KEY (returned_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
