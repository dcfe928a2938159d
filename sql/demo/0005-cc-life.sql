-- 长春 demo, the pilot after selection (实施细则 第四章（二）): three more enterprises that scripts/demo-filings
-- files, has recommended, selected and published through the pages, then moves through 咨询诊断:
-- cc-enterprise5 (朝阳区) has chosen provider1, cc-enterprise6 (二道区) has chosen provider2, whose report is
-- overdue, cc-enterprise7 (南关区) waits for the 市's 诊断验收; cc-enterprise8 (经开区) is through 咨询诊断 and its
-- 水平评测 is assigned to evaluator1.
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('cc-enterprise5', @pw, 'enterprise', '长春一汽配套冲压件有限公司', '91220104MA0CC0005N', '220104', '企业联系人', '13904310005', 'cc-enterprise5@example.com');
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('cc-enterprise6', @pw, 'enterprise', '长春二道轨道车辆配件有限公司', '91220105MA0CC00068', '220105', '企业联系人', '13904310006', 'cc-enterprise6@example.com');
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('cc-enterprise7', @pw, 'enterprise', '长春南关电子元件有限公司', '91220102MA0CC00070', '220102', '企业联系人', '13904310007', 'cc-enterprise7@example.com');
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('cc-enterprise8', @pw, 'enterprise', '长春经开中药饮片制造有限公司', '91220171MA0CC00081', '220171', '企业联系人', '13904310008', 'cc-enterprise8@example.com');
