-- 0008: indexes found by the EXPLAIN test on province-scale data (tests/http/test_indexes.py).
-- The 自治区 home page counts the province's accounts by role, status and pending password change:
-- with every column in the index the count reads no account rows.  It replaces accounts_region
-- (region_code, role), which it starts with.
ALTER TABLE accounts
  ADD KEY accounts_region_status (region_code, role, status, must_change_password),
  DROP KEY accounts_region;
-- The audit log page filters by 操作人, 对象编号 or 操作 prefix, newest first; the log grows with
-- every login, so each filter needs its own index (InnoDB appends the id, which gives the order).
ALTER TABLE audit_log
  ADD KEY audit_username (username),
  ADD KEY audit_object_id (object_id),
  ADD KEY audit_action (action);
