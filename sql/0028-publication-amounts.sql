-- A 公示 shows each item as it was published: the amount, where the programme publishes one (新乡经开区's
-- rewards, 行动计划 第二十三条 "评审结果及资金安排"), is kept with the item, so the public page reads one table
-- for every programme's 公示.
ALTER TABLE publication_items ADD COLUMN amount_yuan BIGINT NULL AFTER application_id;

UPDATE publication_items i JOIN xx_rewards x ON x.application_id = i.application_id SET i.amount_yuan = x.amount_yuan;
