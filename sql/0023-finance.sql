-- 0023: 财政 records the money that leaves (issue 15 part 3).  A 拨付 carries its 付款凭证 and a 追回 may
-- carry its document; they are kept here, beside the payment, because a decision need not have an
-- application (新乡 免申即享) and the applicant's own attachments (attachments) are not the place for a
-- 财政 voucher.  payments.attachment_id stays NULL: the file is found by its payment.
CREATE TABLE payment_files (
  payment_id  BIGINT       NOT NULL PRIMARY KEY,
  filename    VARCHAR(255) NOT NULL,              -- the original name, for display only
  mime        VARCHAR(64)  NOT NULL,              -- decided by content (libmagic)
  size        BIGINT       NOT NULL,
  sha256      CHAR(64)     NOT NULL,
  data        LONGBLOB     NOT NULL,
  CONSTRAINT payment_files_fk FOREIGN KEY (payment_id) REFERENCES payments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
