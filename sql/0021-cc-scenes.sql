-- 长春's 附件2 长春市中小企业数字化转型需求、问题和场景清单及供需适配库 (seed 002 第四章（三）2) as data:
-- the scene tree of a 市 (一级 -> 二级 -> 三级, each with its 问题及需求分析 and 场景描述) and the product pool of its
-- approved 服务商 (名称, 简述, 价格（万元）, the scenes each serves), which the 备案入库申请表 (附件3) picks from.
-- The tree below is the seed's, row by row: 4 一级, 17 二级, 54 三级 scenes.  The seed numbers two scenes 4.2.1
-- (数据中台建设 and 业务中台建设); both are kept, the second under code 4.2.2 with seed_code '4.2.1' recording how
-- the seed printed it.  注1: 一级 scenes are never removed; the 市 may add 二级 and 三级 ones (scenes.cgi).

CREATE TABLE cc_scenes (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  city_code    CHAR(6)       NOT NULL,                       -- the 市 whose list it is
  code         VARCHAR(20)   NOT NULL,                       -- 1, 1.1, 1.1.1 ...
  sort_key     VARCHAR(40)   NOT NULL,                       -- 001.001.001: the code in numeric order
  parent_code  VARCHAR(20)   NULL,
  level        TINYINT       NOT NULL,                       -- 1 一级, 2 二级, 3 三级
  name         VARCHAR(100)  NOT NULL,
  seed_code    VARCHAR(20)   NULL,                           -- the seed's number where it differs from code
  needs        TEXT          NULL,                           -- 问题及需求分析（含行业共性需求与企业个性需求）
  description  TEXT          NULL,                           -- 场景描述
  added_by     BIGINT        NULL,                           -- NULL: the seed's; else the 市 account that added it
  created_at   DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY cc_scenes_code (city_code, code),
  KEY cc_scenes_order (city_code, sort_key),
  CONSTRAINT cc_scenes_city_fk FOREIGN KEY (city_code) REFERENCES regions (code),
  CONSTRAINT cc_scenes_level CHECK (level BETWEEN 1 AND 3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO cc_scenes (city_code, code, sort_key, parent_code, level, name, seed_code) VALUES
('220100', '1', '001', NULL, 1, '产品生命周期数字化', NULL),
('220100', '1.1', '001.001', '1', 2, '产品研发', NULL),
('220100', '1.1.1', '001.001.001', '1.1', 3, '产品功能性能仿真测试', NULL),
('220100', '1.1.2', '001.001.002', '1.1', 3, '产品全生命周期管理', NULL),
('220100', '1.1.3', '001.001.003', '1.1', 3, '产品三维模型设计', NULL),
('220100', '1.1.4', '001.001.004', '1.1', 3, '客户需求分析及概念设计', NULL),
('220100', '1.1.5', '001.001.005', '1.1', 3, '产品设计方案可制造性分析', NULL),
('220100', '1.2', '001.002', '1', 2, '工艺设计', NULL),
('220100', '1.2.1', '001.002.001', '1.2', 3, '工艺知识及资源管理', NULL),
('220100', '1.3', '001.003', '1', 2, '产品营销', NULL),
('220100', '1.3.1', '001.003.001', '1.3', 3, '新型电子商务', NULL),
('220100', '1.3.2', '001.003.002', '1.3', 3, '营销数据管理', NULL),
('220100', '1.4', '001.004', '1', 2, '产品服务', NULL),
('220100', '1.4.1', '001.004.001', '1.4', 3, '智能产品服务', NULL),
('220100', '1.4.2', '001.004.002', '1.4', 3, '数字化售后服务', NULL),
('220100', '2', '002', NULL, 1, '生产过程数字化', NULL),
('220100', '2.1', '002.001', '2', 2, '计划调度', NULL),
('220100', '2.1.1', '002.001.001', '2.1', 3, '数字化排产与优化', NULL),
('220100', '2.1.2', '002.001.002', '2.1', 3, '生产现场管理', NULL),
('220100', '2.2', '002.002', '2', 2, '生产作业', NULL),
('220100', '2.2.1', '002.002.001', '2.2', 3, '基于设备、装置、产线升级的生产作业', NULL),
('220100', '2.2.2', '002.002.002', '2.2', 3, '基于智能装备的生产作业', NULL),
('220100', '2.2.3', '002.002.003', '2.2', 3, '基于非标自动化的生产作业', NULL),
('220100', '2.2.4', '002.002.004', '2.2', 3, '规范化作业指导', NULL),
('220100', '2.2.5', '002.002.005', '2.2', 3, '基于专用设备的自动化生产', NULL),
('220100', '2.3', '002.003', '2', 2, '质量管理', NULL),
('220100', '2.3.1', '002.003.001', '2.3', 3, '产品质量追溯', NULL),
('220100', '2.3.2', '002.003.002', '2.3', 3, '质量数据分析', NULL),
('220100', '2.3.3', '002.003.003', '2.3', 3, '质量形态检测', NULL),
('220100', '2.3.4', '002.003.004', '2.3', 3, '质量控制协同', NULL),
('220100', '2.3.5', '002.003.005', '2.3', 3, '质量性能检测', NULL),
('220100', '2.4', '002.004', '2', 2, '设备管理', NULL),
('220100', '2.4.1', '002.004.001', '2.4', 3, '设备状态监测', NULL),
('220100', '2.4.2', '002.004.002', '2.4', 3, '设备巡点检管理', NULL),
('220100', '2.4.3', '002.004.003', '2.4', 3, '设备信息全生命周期管理', NULL),
('220100', '2.5', '002.005', '2', 2, '能源管理', NULL),
('220100', '2.5.1', '002.005.001', '2.5', 3, '能源数据监测', NULL),
('220100', '2.5.2', '002.005.002', '2.5', 3, '能源运行优化', NULL),
('220100', '2.6', '002.006', '2', 2, '环保管理', NULL),
('220100', '2.6.1', '002.006.001', '2.6', 3, '排放数据监测', NULL),
('220100', '2.7', '002.007', '2', 2, '安全管理', NULL),
('220100', '2.7.1', '002.007.001', '2.7', 3, '安全要素识别', NULL),
('220100', '2.7.2', '002.007.002', '2.7', 3, '危险物料监控', NULL),
('220100', '2.7.3', '002.007.003', '2.7', 3, '人员智能监控', NULL),
('220100', '2.7.4', '002.007.004', '2.7', 3, '安全业务管理', NULL),
('220100', '2.7.5', '002.007.005', '2.7', 3, '网络、数据安全评估', NULL),
('220100', '2.7.6', '002.007.006', '2.7', 3, '网络、数据安全防护', NULL),
('220100', '2.8', '002.008', '2', 2, '数据采集集成', NULL),
('220100', '2.8.1', '002.008.001', '2.8', 3, '设备数据采集感知', NULL),
('220100', '2.8.2', '002.008.002', '2.8', 3, '设备与系统集成', NULL),
('220100', '3', '003', NULL, 1, '产业链供应链数字化', NULL),
('220100', '3.1', '003.001', '3', 2, '供应链管理', NULL),
('220100', '3.1.1', '003.001.001', '3.1', 3, '数字化采购管理', NULL),
('220100', '3.1.2', '003.001.002', '3.1', 3, '数字化供应链协同', NULL),
('220100', '3.1.3', '003.001.003', '3.1', 3, '物料需求计算', NULL),
('220100', '3.1.4', '003.001.004', '3.1', 3, '客户管理', NULL),
('220100', '3.1.5', '003.001.005', '3.1', 3, '供应链金融', NULL),
('220100', '3.2', '003.002', '3', 2, '仓储管理', NULL),
('220100', '3.2.1', '003.002.001', '3.2', 3, '仓储信息管理', NULL),
('220100', '3.2.2', '003.002.002', '3.2', 3, '仓储自动化作业', NULL),
('220100', '3.2.3', '003.002.003', '3.2', 3, '自动化称重计量', NULL),
('220100', '3.2.4', '003.002.004', '3.2', 3, '精准配送', NULL),
('220100', '3.2.5', '003.002.005', '3.2', 3, '物料实时跟踪', NULL),
('220100', '3.2.6', '003.002.006', '3.2', 3, '物流监测与优化', NULL),
('220100', '3.3', '003.003', '3', 2, '产业链协同', NULL),
('220100', '3.3.1', '003.003.001', '3.3', 3, '研发设计协同', NULL),
('220100', '3.3.2', '003.003.002', '3.3', 3, '设备产能共享', NULL),
('220100', '4', '004', NULL, 1, '智能管理决策数字化', NULL),
('220100', '4.1', '004.001', '4', 2, '经营管理', NULL),
('220100', '4.1.1', '004.001.001', '4.1', 3, '协同办公', NULL),
('220100', '4.1.2', '004.001.002', '4.1', 3, '财务管理', NULL),
('220100', '4.1.3', '004.001.003', '4.1', 3, '人力资源管理', NULL),
('220100', '4.2', '004.002', '4', 2, '平台建设', NULL),
('220100', '4.2.1', '004.002.001', '4.2', 3, '数据中台建设', NULL),
('220100', '4.2.2', '004.002.002', '4.2', 3, '业务中台建设', '4.2.1');

-- the seed's example row (1.1.1), as printed
UPDATE cc_scenes SET needs = '行业共性需求示例：汽车零部件及配件制造行业的中小企业在产品设计环节中，一是汽车零部件的复杂性和多样性使得建立准确的模型变得困难，可能会导致仿真结果与实际情况存在差异，对模拟仿真的功能需求更高。二是模拟仿真通常需要大量的计算资源和时间，特别是对于复杂的汽车零部件系统，增加了制造商的成本和时间投入，限制了仿真的规模和深度。',
  description = '示例：汽车零部件及配件制造行业的中小企业在研发环节，工程师使用CAE仿真软件进行汽车零部件的强度和刚度分析，模拟各种零部件的载荷条件，如碰撞、颠簸和加速等，从而精确评估零部件的性能，并进行设计优化。同时，还要模拟零部件在不同路况下的动力影响和热传导等情况。'
WHERE city_code = '220100' AND code = '1.1.1';

-- 适用产品及解决方案: a 服务商's product (名称, 简述, 价格 in whole 元, shown in 万元) and the scenes it serves
CREATE TABLE cc_products (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  provider_id  BIGINT        NOT NULL,
  name         VARCHAR(100)  NOT NULL,
  summary      TEXT          NOT NULL,
  price_yuan   BIGINT        NOT NULL,
  version      INT           NOT NULL DEFAULT 1,
  created_at   DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at   DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  KEY cc_products_provider (provider_id),
  CONSTRAINT cc_products_provider_fk FOREIGN KEY (provider_id) REFERENCES providers (account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cc_product_scenes (
  product_id   BIGINT        NOT NULL,
  scene_id     BIGINT        NOT NULL,
  PRIMARY KEY (product_id, scene_id),
  KEY cc_product_scenes_scene (scene_id),
  CONSTRAINT cc_product_scenes_product_fk FOREIGN KEY (product_id) REFERENCES cc_products (id) ON DELETE CASCADE,
  CONSTRAINT cc_product_scenes_scene_fk FOREIGN KEY (scene_id) REFERENCES cc_scenes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
