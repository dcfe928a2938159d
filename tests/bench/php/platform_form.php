<?php
// The platform programme's tables the application view reads (copied from lib/platform.c and
// lib/workflow.c; make bench's equivalence check fails when they drift apart).
const SECTIONS = ['basic' => '基本信息', 'industry' => '申报细分行业', 'conditions' => '申报条件', 'pledge' => '承诺书',
    'plan' => '实施方案', 'kpi' => '绩效评价目标表'];
// [name, label, section, is a checkbox] of every field a submission needs, in the form's order
const PLATFORM_FORM = [
    ['legal_rep', '法定代表人', 'basic', 0], ['contact_person', '联系人', 'basic', 0], ['contact_phone', '联系电话', 'basic', 0],
    ['reg_address', '注册地址', 'basic', 0], ['region', '所在旗县区', 'basic', 0], ['apply_date', '申请日期', 'basic', 0],
    ['sub_industry', '申报细分行业', 'industry', 0],
    ['cond1', '（一）', 'conditions', 1], ['cond2', '（二）', 'conditions', 1], ['cond3', '（三）', 'conditions', 1],
    ['cond4', '（四）', 'conditions', 1], ['cond5', '（五）', 'conditions', 1],
    ['pledge1', '1', 'pledge', 1], ['pledge2', '2', 'pledge', 1], ['pledge3', '3', 'pledge', 1], ['pledge4', '4', 'pledge', 1],
    ['pledge5', '5', 'pledge', 1], ['signatory', '法定代表人（签字）', 'pledge', 0], ['pledge_date', '承诺日期', 'pledge', 0],
    ['plan_1', '一、平台主要服务功能介绍', 'plan', 0],
    ['plan_2_1', '二、1.为某一细分领域提供转型咨询、诊断评估、设备改造、软件应用等一揽子数字化转型服务情况', 'plan', 0],
    ['plan_2_2', '二、2.平台的行业知识积累、技术开发能力、行业服务生态等情况', 'plan', 0],
    ['plan_2_3', '二、3.典型案例的服务质量和效果', 'plan', 0],
    ['plan_3_1', '三、1、试点行业调研情况（调研团队、调研时间、调研情况以及主要结论）', 'plan', 0],
    ['plan_3_2', '三、2、试点行业问题梳理情况（痛点、难点、堵点，共性问题，共性与个性应用场景，系统解决方案）', 'plan', 0],
    ['plan_4_1', '四、1、试点企业情况及数字化转型目标（试点企业及时间安排、转型目标、改造具体内容及完成保障）', 'plan', 0],
    ['plan_4_2', '四、2、试点企业数字化转型成本测算（实际改造成本评估及证明材料，奖补资金规模测算）', 'plan', 0],
    ['plan_4_3', '四、3、试点企业数字化转型绩效管理（绩效运行监控、绩效评价、绩效结果应用）', 'plan', 0],
    ['kpi_1_target', '目标值', 'kpi', 0], ['kpi_2_target', '目标值', 'kpi', 0], ['kpi_3_target', '目标值', 'kpi', 0],
    ['kpi_4_target', '目标值', 'kpi', 0], ['kpi_5_target', '目标值', 'kpi', 0], ['kpi_6_target', '目标值', 'kpi', 0],
    ['kpi_7_target', '目标值', 'kpi', 0], ['kpi_8_target', '目标值', 'kpi', 0], ['kpi_9_target', '目标值', 'kpi', 0],
    ['kpi_10_target', '目标值', 'kpi', 0], ['kpi_11_target', '目标值', 'kpi', 0], ['kpi_12_target', '目标值', 'kpi', 0],
    ['kpi_13_target', '目标值', 'kpi', 0], ['kpi_14_target', '目标值', 'kpi', 0],
];
const KPI_G3 = ['设备设施数字化率', '数字化设备设施联网率', '设备设施上云率', '核心经营管理环节数字化工具普及率', '企业拆单效率',
    '订单交付平均时间', '包装发货准确率', '试点企业数字化水平的平均等级', '梳理出的共性应用场景的满足率', '梳理出的个性应用场景的满足率',
    '试点企业对数字化改造总体满意度', '操作人员应知应会培训的覆盖率', '服务平台的服务响应速度', '质保年限'];
const WF_REASON = 2;
// [programme, from, role, action, label, to, flags, page]: lib/workflow.c's table (both programmes: the
// queue's default filter is every state some transition of the role starts from)
const WORKFLOW = [
    ['platform', 'draft', 'platform', 'submit', '提交', 'submitted', 0, 'app_submit'],
    ['platform', 'returned', 'platform', 'submit', '重新提交', 'submitted', 0, 'app_submit'],
    ['platform', 'submitted', 'platform', 'withdraw', '撤回', 'draft', 0, 'app_submit'],
    ['platform', 'submitted', 'county', 'pass', '初审通过', 'county_passed', 0, 'review'],
    ['platform', 'submitted', 'county', 'return', '退回修改', 'returned', WF_REASON, 'review'],
    ['platform', 'submitted', 'county', 'reject', '不予推荐', 'county_rejected', WF_REASON, 'review'],
    ['platform', 'county_passed', 'city', 'pass', '审核通过', 'city_passed', 0, 'review'],
    ['platform', 'county_passed', 'city', 'return', '退回修改', 'returned', WF_REASON, 'review'],
    ['platform', 'county_passed', 'city', 'reject', '不予推荐', 'city_rejected', WF_REASON, 'review'],
    ['platform', 'city_passed', 'city', 'recommend', '盟市推荐', 'recommended', 0, 'recommend'],
    ['platform', 'recommended', 'province', 'reopen', '重新开放盟市推荐', 'city_passed', 0, 'recommend'],
    ['platform', 'recommended', 'province', 'propose', '列入拟认定名单', 'proposed', 0, 'review'],
    ['platform', 'recommended', 'province', 'decline', '不予认定', 'not_recognised', WF_REASON, 'review'],
    ['platform', 'proposed', 'province', 'unpropose', '移出拟认定名单', 'recommended', WF_REASON, 'review'],
    ['platform', 'proposed', 'province', 'recognise', '认定', 'recognised', 0, 'publicity'],
    ['platform', 'proposed', 'province', 'decline', '不予认定', 'not_recognised', WF_REASON, 'review'],
    ['enterprise', 'draft', 'enterprise', 'submit', '提交', 'submitted', 0, 'app_submit'],
    ['enterprise', 'returned', 'enterprise', 'submit', '重新提交', 'submitted', 0, 'app_submit'],
    ['enterprise', 'submitted', 'enterprise', 'withdraw', '撤回', 'draft', 0, 'app_submit'],
    ['enterprise', 'submitted', 'county', 'pass', '初审通过', 'county_passed', 0, 'review'],
    ['enterprise', 'submitted', 'county', 'return', '退回修改', 'returned', WF_REASON, 'review'],
    ['enterprise', 'submitted', 'county', 'reject', '不予推荐', 'county_rejected', WF_REASON, 'review'],
    ['enterprise', 'county_passed', 'county', 'recommend', '县区推荐', 'recommended', 0, 'county_rec'],
    ['enterprise', 'recommended', 'city', 'select', '列入试点企业名单', 'selected', 0, 'review'],
    ['enterprise', 'recommended', 'city', 'return', '退回修改', 'returned', WF_REASON, 'review'],
    ['enterprise', 'recommended', 'city', 'reject', '不予列入', 'city_rejected', WF_REASON, 'review'],
];

function wf_label($programme, $action) {
    if ($action == 'create') return '开始填报';
    foreach (WORKFLOW as $t) if ($t[0] == $programme && $t[3] == $action) return $t[4];
    return '办理';
}

// wf_waiting (lib/workflow.c): the (programme, state) pairs a role acts on, from the registry's
// workflow table (wf_rows.php), as "programme:state,..." for FIND_IN_SET
function wf_waiting($role) {
    $out = [];
    foreach (require getenv('DTPILOT_WF_ROWS') as $t)
        if ($t[0] === $role && !in_array($t[1] . ':' . $t[3], $out, true)) $out[] = $t[1] . ':' . $t[3];
    return implode(',', $out);
}
