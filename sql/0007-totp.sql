-- 0007: optional two-factor login (RFC 6238 TOTP) for reviewer, expert and administrator accounts.
-- totp_secret: base32 key once enrolment is confirmed (NULL = password only);
-- totp_pending: a key shown for enrolment and not yet confirmed with a code;
-- totp_last_step: the 30-second step of the last accepted code, so a code is good once.
ALTER TABLE accounts
  ADD COLUMN totp_secret    CHAR(32) NULL AFTER must_change_password,
  ADD COLUMN totp_pending   CHAR(32) NULL AFTER totp_secret,
  ADD COLUMN totp_last_step BIGINT   NOT NULL DEFAULT 0 AFTER totp_pending;
