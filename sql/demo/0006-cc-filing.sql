-- cc-enterprise9 (绿园区): the enterprise whose 备案入库申请表 waits as a draft (scripts/demo-filings drives it there).
INSERT IGNORE INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person, mobile, email) VALUES ('cc-enterprise9', @pw, 'enterprise', '长春绿园汽车电子有限公司', '91220106MA0CC00090', '220106', '企业联系人', '13904310009', 'cc-enterprise9@example.com');
-- 长春's 供需适配库 (附件2, sql/0021): products of the demo 服务商 provider1..3 (approved in 0004), each with the
-- 三级 scenes it serves; the 备案入库申请表 of cc-enterprise9 (scripts/demo-filings) picks from them.
INSERT INTO cc_products (provider_id, name, summary, price_yuan)
SELECT a.id, '工业互联网设备数据采集平台', '支持PLC、数控机床、传感器等多协议接入，实时采集设备状态、产量与能耗数据，边缘网关与云端看板一体交付。', 380000 FROM accounts a
WHERE a.username = 'provider1' AND NOT EXISTS (SELECT 1 FROM cc_products p WHERE p.provider_id = a.id AND p.name = '工业互联网设备数据采集平台');
INSERT IGNORE INTO cc_product_scenes (product_id, scene_id)
SELECT p.id, s.id FROM cc_products p JOIN accounts a ON a.id = p.provider_id JOIN cc_scenes s ON s.city_code = '220100'
WHERE a.username = 'provider1' AND p.name = '工业互联网设备数据采集平台' AND s.code IN ('2.8.1', '2.8.2', '2.4.1');
INSERT INTO cc_products (provider_id, name, summary, price_yuan)
SELECT a.id, '轻量化MES制造执行系统', '面向离散制造的小快轻准MES：生产排程、工单报工、在制品跟踪与质量追溯，按产线订阅，两周上线。', 650000 FROM accounts a
WHERE a.username = 'provider1' AND NOT EXISTS (SELECT 1 FROM cc_products p WHERE p.provider_id = a.id AND p.name = '轻量化MES制造执行系统');
INSERT IGNORE INTO cc_product_scenes (product_id, scene_id)
SELECT p.id, s.id FROM cc_products p JOIN accounts a ON a.id = p.provider_id JOIN cc_scenes s ON s.city_code = '220100'
WHERE a.username = 'provider1' AND p.name = '轻量化MES制造执行系统' AND s.code IN ('2.1.1', '2.1.2', '2.3.1');
INSERT INTO cc_products (provider_id, name, summary, price_yuan)
SELECT a.id, '数字化转型咨询诊断服务', '依据《中小企业数字化水平评测指标》（2024年版）现场诊断研、产、供、销、服各环节，出具诊断报告与转型路线。', 80000 FROM accounts a
WHERE a.username = 'provider2' AND NOT EXISTS (SELECT 1 FROM cc_products p WHERE p.provider_id = a.id AND p.name = '数字化转型咨询诊断服务');
INSERT IGNORE INTO cc_product_scenes (product_id, scene_id)
SELECT p.id, s.id FROM cc_products p JOIN accounts a ON a.id = p.provider_id JOIN cc_scenes s ON s.city_code = '220100'
WHERE a.username = 'provider2' AND p.name = '数字化转型咨询诊断服务' AND s.code IN ('4.1.1', '3.1.2');
INSERT INTO cc_products (provider_id, name, summary, price_yuan)
SELECT a.id, '云ERP与供应链协同套件', '采购、销售、库存、财务一体化的云ERP，供应商门户实现订单、交付、对账在线协同。', 420000 FROM accounts a
WHERE a.username = 'provider2' AND NOT EXISTS (SELECT 1 FROM cc_products p WHERE p.provider_id = a.id AND p.name = '云ERP与供应链协同套件');
INSERT IGNORE INTO cc_product_scenes (product_id, scene_id)
SELECT p.id, s.id FROM cc_products p JOIN accounts a ON a.id = p.provider_id JOIN cc_scenes s ON s.city_code = '220100'
WHERE a.username = 'provider2' AND p.name = '云ERP与供应链协同套件' AND s.code IN ('3.1.1', '3.1.2', '4.1.2');
INSERT INTO cc_products (provider_id, name, summary, price_yuan)
SELECT a.id, 'QMS质量管理系统', '来料、过程、成品检验数字化，SPC统计过程控制与不合格品闭环处理，支持批次质量追溯。', 300000 FROM accounts a
WHERE a.username = 'provider3' AND NOT EXISTS (SELECT 1 FROM cc_products p WHERE p.provider_id = a.id AND p.name = 'QMS质量管理系统');
INSERT IGNORE INTO cc_product_scenes (product_id, scene_id)
SELECT p.id, s.id FROM cc_products p JOIN accounts a ON a.id = p.provider_id JOIN cc_scenes s ON s.city_code = '220100'
WHERE a.username = 'provider3' AND p.name = 'QMS质量管理系统' AND s.code IN ('2.3.1', '2.3.2', '2.3.4');
INSERT INTO cc_products (provider_id, name, summary, price_yuan)
SELECT a.id, 'WMS智能仓储管理系统', '条码/RFID出入库、库位管理、波次拣选与AGV调度接口，库存数据实时可视。', 260000 FROM accounts a
WHERE a.username = 'provider3' AND NOT EXISTS (SELECT 1 FROM cc_products p WHERE p.provider_id = a.id AND p.name = 'WMS智能仓储管理系统');
INSERT IGNORE INTO cc_product_scenes (product_id, scene_id)
SELECT p.id, s.id FROM cc_products p JOIN accounts a ON a.id = p.provider_id JOIN cc_scenes s ON s.city_code = '220100'
WHERE a.username = 'provider3' AND p.name = 'WMS智能仓储管理系统' AND s.code IN ('3.2.1', '3.2.2', '3.2.5');
INSERT INTO cc_products (provider_id, name, summary, price_yuan)
SELECT a.id, '能源管理系统EMS', '水、电、气、热分项计量与能耗分析，峰谷用能优化建议，支撑绿色工厂评价。', 180000 FROM accounts a
WHERE a.username = 'provider3' AND NOT EXISTS (SELECT 1 FROM cc_products p WHERE p.provider_id = a.id AND p.name = '能源管理系统EMS');
INSERT IGNORE INTO cc_product_scenes (product_id, scene_id)
SELECT p.id, s.id FROM cc_products p JOIN accounts a ON a.id = p.provider_id JOIN cc_scenes s ON s.city_code = '220100'
WHERE a.username = 'provider3' AND p.name = '能源管理系统EMS' AND s.code IN ('2.5.1', '2.5.2');
