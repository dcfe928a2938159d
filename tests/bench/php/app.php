<?php
// cgi-bin/app.c + templates/app.cs: one platform application as a reviewer in scope sees it
// (app_load, app_to_hdf, the sections, served enterprises, files, events, versions, the
// last-seen version, the workflow's actions, 校验 and the flags: lib/filing.c, lib/platform.c,
// lib/workflow.c).  Not ported: the expert-score count shown to the 自治区 on 拟认定 (make bench
// views the application as a 旗县区 reviewer).
require __DIR__ . '/common.php';
require __DIR__ . '/platform_form.php';
$u = require_user('county', 'city', 'province');
$id = (int)($_GET['id'] ?? 0);
$d = q("SELECT p.id, p.batch_id, p.account_id, p.state, COALESCE(p.region_code, ''),"
    . " COALESCE(p.sub_industry, 0), p.version, p.submitted_no, p.account_id = ?,"
    . " ? IN ('county', 'city', 'province') AND ? IN (g.code, g.city_code, g.province_code), o.display_name"
    . " FROM applications p JOIN accounts o ON o.id = p.account_id LEFT JOIN regions g ON g.code = p.region_code"
    . " WHERE p.id = ? AND (p.account_id = ?"
    . "  OR (? IN ('county', 'city', 'province') AND p.state <> 'draft'"
    . "      AND ? IN (g.code, g.city_code, g.province_code))"
    . "  OR (? = 'expert' AND EXISTS (SELECT 1 FROM expert_assignments x WHERE x.application_id = p.id"
    . "      AND x.expert_id = ? AND x.declared_at IS NOT NULL)))",
    'issiisssi', $u['id'], $u['role'], $u['region'], $id, $u['id'], $u['role'], $u['region'], $u['role'], $u['id']);
if (count($d) != 1) { http_response_code(404); exit("404\n"); }
[$aid, $batch_id, , $state, $region, $sub, $version, $submitted_no, $owner] = $d[0];
$b = q("SELECT id, programme, year, title, region_code, open_date, applicant_deadline,"
    . " CURDATE() BETWEEN open_date AND applicant_deadline, CURDATE() > applicant_deadline FROM batches WHERE id = ?",
    'i', $batch_id)[0];
// its parameters and deadlines by name (lib/batches.c), over the platform programme's declared defaults
$param = ['min_smes' => 6, 'cap_platform_yuan' => 2000000, 'cap_enterprise_pct' => 20, 'cap_enterprise_yuan' => 200000];
$dl = ['county' => '', 'city' => ''];
foreach (q("SELECT 'p', name, value, 0 FROM batch_params WHERE batch_id = ? UNION ALL"
    . " SELECT 'd', name, DATE_FORMAT(day, '%Y-%m-%d'), CURDATE() > day FROM batch_deadlines WHERE batch_id = ?",
    'ii', $batch_id, $batch_id) as $x) {
    if ($x[0] == 'p') $param[$x[1]] = $x[2]; else $dl[$x[1]] = $x[2];
}
// the row laid out as before the parameters moved (indexes used below)
$b = [$b[0], $b[1], $b[2], $b[3], $b[4], $b[5], $b[6], $dl['county'], $dl['city'], (int)$param['min_smes'], 0, 0,
      (int)$param['cap_platform_yuan'], (int)$param['cap_enterprise_pct'], (int)$param['cap_enterprise_yuan'], $b[7], $b[8]];
$editable = $owner && ($state == 'draft' || $state == 'returned') && !$b[16];
$info = q("SELECT a.display_name, COALESCE(a.credit_code, ''), COALESCE(g.name, ''), COALESCE(c.name, ''),"
    . " COALESCE(s.name, ''), COALESCE(s.category, ''), COALESCE(p.return_reason, ''),"
    . " COALESCE(DATE_FORMAT(p.submitted_at, '%Y-%m-%d %H:%i'), '')"
    . " FROM applications p JOIN accounts a ON a.id = p.account_id"
    . " LEFT JOIN regions g ON g.code = p.region_code LEFT JOIN regions c ON c.code = g.city_code"
    . " LEFT JOIN sub_industries s ON s.seq = p.sub_industry WHERE p.id = ?", 'i', $aid)[0];
$secv = [];
foreach (q("SELECT section, version, COALESCE(DATE_FORMAT(saved_at, '%Y-%m-%d %H:%i'), '')"
    . " FROM app_sections WHERE application_id = ?", 'i', $aid) as $s) $secv[$s[0]] = $s[2];
$ents = q("SELECT e.id, e.name, e.credit_code, COALESCE(CONCAT(c.name, ' ', g.name), ''), e.service_content,"
    . " e.contract_yuan, e.cost_yuan, e.subsidy_yuan,"
    . " (SELECT COUNT(*) FROM attachments t WHERE t.enterprise_id = e.id AND t.kind = 'contract'),"
    . " (SELECT COUNT(*) FROM attachments t WHERE t.enterprise_id = e.id AND t.kind = 'invoice'),"
    . " (SELECT COUNT(*) FROM attachments t WHERE t.enterprise_id = e.id AND t.kind = 'scene')"
    . " FROM app_enterprises e LEFT JOIN regions g ON g.code = e.region_code"
    . " LEFT JOIN regions c ON c.code = g.city_code WHERE e.application_id = ? ORDER BY e.id", 'i', $aid);
$files = q("SELECT t.id, t.kind, COALESCE(t.enterprise_id, 0), t.filename, t.mime, t.size, t.sha256,"
    . " DATE_FORMAT(t.created_at, '%Y-%m-%d %H:%i'),"
    . " (SELECT COUNT(DISTINCT o.application_id) FROM attachments o"
    . "   WHERE o.sha256 = t.sha256 AND o.application_id <> t.application_id)"
    . " FROM attachments t WHERE t.application_id = ? ORDER BY t.kind, t.id", 'i', $aid);
$events = q("SELECT DATE_FORMAT(e.at, '%Y-%m-%d %H:%i'), a.display_name, e.role, e.action, e.from_state,"
    . " e.to_state, e.opinion, e.version_no FROM app_events e JOIN accounts a ON a.id = e.account_id"
    . " WHERE e.application_id = ? ORDER BY e.id", 'i', $aid);
$versions = q("SELECT version_no, code, DATE_FORMAT(submitted_at, '%Y-%m-%d %H:%i'), withdrawn"
    . " FROM app_versions WHERE application_id = ? ORDER BY version_no DESC", 'i', $aid);
// what changed since the version this reviewer last acted on (opening a page writes nothing)
$seen = (int)q("SELECT COALESCE(MAX(version_no), 0) FROM app_events WHERE application_id = ? AND account_id = ?",
    'ii', $aid, $u['id'])[0][0];
$actions = [];
foreach (WORKFLOW as $t)
    if ($t[0] == $b[1] && $t[1] == $state && $t[2] == $u['role'] && $t[7] == 'review') $actions[] = $t;
// 校验 (platform_check)
$problems = [];
$fields = [];
foreach (q("SELECT name, value FROM app_fields WHERE application_id = ?", 'i', $aid) as $f) $fields[$f[0]] = $f[1];
foreach (PLATFORM_FORM as [$name, $label, $sec, $bool]) {
    if (($fields[$name] ?? '') !== '') continue;
    $anchor = "/cgi-bin/app_edit.cgi?id=$aid&section=$sec#f-$name";
    if ($sec == 'conditions') $problems[] = [$anchor, '须确认申报条件' . substr($label, 0, 9)];
    elseif ($sec == 'pledge' && $bool) $problems[] = [$anchor, '须接受承诺书第' . $label[0] . '条'];
    elseif ($sec == 'kpi') $problems[] = [$anchor, '请填写“' . KPI_G3[(int)substr($name, 4) - 1] . '”的目标值（绩效评价目标表，申报材料（4））'];
    else $problems[] = [$anchor, '请填写' . $label . '（' . SECTIONS[$sec] . '）'];
}
if ($region !== '' && !q("SELECT 1 FROM regions WHERE code = ? AND level = 'county' AND province_code = ?", 'ss', $region, $b[4]))
    $problems[] = ["/cgi-bin/app_edit.cgi?id=$aid&section=basic#f-region", '所在旗县区须在本自治区范围内（申报条件（一））'];
$ce = q("SELECT e.id, e.name, e.cost_yuan, e.subsidy_yuan,"
    . " (SELECT COUNT(*) FROM attachments t WHERE t.enterprise_id = e.id AND t.kind = 'contract'),"
    . " (SELECT COUNT(*) FROM attachments t WHERE t.enterprise_id = e.id AND t.kind = 'invoice'),"
    . " (SELECT COUNT(*) FROM attachments t WHERE t.enterprise_id = e.id AND t.kind = 'scene'),"
    . " e.scale IS NULL, e.sub_industry IS NULL, e.contract_date IS NULL"
    . " FROM app_enterprises e WHERE e.application_id = ? ORDER BY e.id", 'i', $aid);
$cap = function ($cost) use ($b) {
    $pct = intdiv($cost, 100) * $b[13] + intdiv(($cost % 100) * $b[13], 100);
    return min($pct, (int)$b[14]);
};
if (count($ce) < $b[9])
    $problems[] = ["/cgi-bin/app.cgi?id=$aid#enterprises", sprintf('服务企业少于%d家（申报条件（六）：本年度至少为某一细分领域的%d家中小企业提供数字化转型服务），目前%d家', $b[9], $b[9], count($ce))];
$total = 0;
foreach ($ce as $e) {
    $anchor = "/cgi-bin/app_ent.cgi?id=$aid&ent={$e[0]}";
    $total += $e[3];
    if (!$e[4]) $problems[] = [$anchor, '服务企业“' . $e[1] . '”缺少服务合同（申报材料（5））'];
    if (!$e[5]) $problems[] = [$anchor, '服务企业“' . $e[1] . '”缺少与服务合同相对应的发票（申报材料（5））'];
    if (!$e[6]) $problems[] = [$anchor, '服务企业“' . $e[1] . '”缺少效果场景证明材料（申报材料（5））'];
    if ($e[7]) $problems[] = [$anchor, '请填写服务企业“' . $e[1] . '”的企业规模（中型、小型或微型，申报条件（六））'];
    if ($e[8]) $problems[] = [$anchor, '请选择服务企业“' . $e[1] . '”所属的细分行业（附件1）'];
    if ($e[9]) $problems[] = [$anchor, '请填写服务企业“' . $e[1] . '”的服务合同签订日期（申报条件（六）：本年度）'];
    if ($e[3] > $cap($e[2])) $problems[] = [$anchor, '服务企业“' . $e[1] . '”的奖补资金额 ' . money_fmt($e[3]) . ' 万元超过上限 ' . money_fmt($cap($e[2])) . ' 万元（附件3注）'];
}
if ($total > $b[12])
    $problems[] = ["/cgi-bin/app.cgi?id=$aid#enterprises", '奖补资金合计 ' . money_fmt($total) . ' 万元超过每个服务平台最高 ' . money_fmt($b[12]) . ' 万元（附件3注）'];
$lc = q("SELECT SUM(kind = 'license'), SUM(kind = 'credit') FROM attachments WHERE application_id = ? AND enterprise_id IS NULL", 'i', $aid)[0];
if (!$lc[0]) $problems[] = ["/cgi-bin/app_files.cgi?id=$aid#f-license", '请上传法人证书或营业执照副本（申报材料（2））'];
if (!$lc[1]) $problems[] = ["/cgi-bin/app_files.cgi?id=$aid#f-credit", '请上传“信用中国”信用信息报告（申报材料（3））'];

// platform_flags: flagged, never refused
$notes = [];
foreach (q("SELECT e.id, e.name, e.credit_code, COALESCE(e.sub_industry, 0), COALESCE(YEAR(e.contract_date), 0),"
    . " COALESCE(s.name, ''),"
    . " (SELECT COUNT(DISTINCT o.application_id) FROM app_enterprises o JOIN applications q ON q.id = o.application_id"
    . "   WHERE o.credit_code = e.credit_code AND q.batch_id = ? AND q.id <> e.application_id AND q.state <> 'draft'),"
    . " (SELECT COALESCE(SUM(o.subsidy_yuan), 0) FROM app_enterprises o JOIN applications q ON q.id = o.application_id"
    . "   WHERE o.credit_code = e.credit_code AND q.batch_id = ? AND (q.state <> 'draft' OR q.id = e.application_id)),"
    . " (SELECT GROUP_CONCAT(DISTINCT a.display_name ORDER BY a.display_name SEPARATOR '、') FROM app_enterprises o"
    . "   JOIN applications q ON q.id = o.application_id JOIN accounts a ON a.id = q.account_id"
    . "   WHERE o.credit_code = e.credit_code AND q.batch_id = ? AND q.id <> e.application_id AND q.state <> 'draft'),"
    . " (SELECT c.application_id FROM enterprise_claims c WHERE c.batch_id = ? AND c.credit_code = e.credit_code)"
    . " FROM app_enterprises e LEFT JOIN sub_industries s ON s.seq = e.sub_industry"
    . " WHERE e.application_id = ? AND (? = 0 OR e.id = ?) ORDER BY e.id",
    'iiiiiii', $b[0], $b[0], $b[0], $b[0], $aid, 0, 0) as $f) {
    $anchor = "/cgi-bin/app_ent.cgi?id=$aid&ent={$f[0]}";
    if ($f[6] > 0) {
        $kept = $f[9] === null ? '由自治区工信厅裁定归属' : ($f[9] == $aid ? '自治区工信厅已裁定归属本平台' : '自治区工信厅已裁定归属其他平台');
        $notes[] = [$anchor, '服务企业“' . $f[1] . '”（' . $f[2] . '）也在' . $f[8] . '的服务企业清单中，各平台合计申请奖补 '
            . money_fmt($f[7]) . ' 万元' . ($f[7] > $b[14] ? '，超过' : '，') . '每家试点企业最高 ' . money_fmt($b[14]) . ' 万元（附件3注），' . $kept];
    }
    if ($f[3] && $sub && $f[3] != $sub)
        $notes[] = [$anchor, '服务企业“' . $f[1] . '”所属细分行业为“' . $f[5] . '”，不是本平台申报的细分行业（申报条件（四）、（六））'];
    if ($f[4] && $f[4] != $b[2])
        $notes[] = [$anchor, '服务企业“' . $f[1] . '”的服务合同签订于' . $f[4] . '年，不在本年度（' . $b[2] . '年，申报条件（六））'];
}

$money_trim = function ($y) { $s = rtrim(money_fmt($y), '0'); return rtrim($s, '.'); };
page_top('申请报告', 'app', $u);
echo "<div class=\"app-head\">\n<h1>", e($info[0]), ' <small class="count">', e($b[3]), "</small></h1>\n",
    '<p><span class="badge state-', e($state), '">', e(state_label($state)), "</span>\n";
if ($info[4] !== '') echo ' · 申报细分行业：', e($info[5]), ' / ', e($info[4]), "\n";
if ($info[2] !== '') echo ' · ', e($info[3]), ' ', e($info[2]), "\n";
if ($info[7] !== '') echo ' · 最近提交：', e($info[7]);
echo "</p>\n<p class=\"hint\">申报截止日期：", e(cn_date($b[6])), $b[16] ? '（已截止，申请报告只读）' : '', "</p>\n</div>\n";
if ($state == 'returned' && $info[6] !== '') echo '<div class="error-summary" role="alert"><strong>退回修改：</strong>', e($info[6]), "</div>\n";
echo "<section class=\"card review-panel\" id=\"review\">\n<h2>审核办理</h2>\n";
if ($seen && $seen < $submitted_no)
    echo '<p class="error-summary">此申请已重新提交（第 ', $submitted_no, ' 版）。<a href="/cgi-bin/app_versions.cgi?id=', $aid,
        '&amp;a=', $seen, '&amp;b=', $submitted_no, '">查看自您上次查看的第 ', $seen, " 版以来的变更</a></p>\n";
echo '<p>当前状态：<span class="badge state-', e($state), '">', e(state_label($state)), "</span>\n";
if ($u['role'] == 'county') echo ' · 旗县区初审截止：', e(cn_date($b[7]));
elseif ($u['role'] == 'city') echo ' · 盟市上报截止：', e(cn_date($b[8]));
echo "</p>\n";
if ($actions) {
    echo "<form method=\"post\" action=\"/cgi-bin/review.cgi\" data-autosave=\"review-", $aid, "\" data-confirm=\"确定提交审核意见？办理结果将通知服务平台并记入办理记录。\">\n",
        '<input type="hidden" name="csrf" value="', e($u['csrf']), '"><input type="hidden" name="id" value="', $aid,
        '"><input type="hidden" name="version" value="', $version, "\">\n",
        "<div class=\"field\"><label for=\"f-opinion\">审核意见</label>\n",
        "<textarea id=\"f-opinion\" name=\"opinion\" rows=\"4\" data-maxchars=\"1000\" aria-describedby=\"c-opinion h-opinion\"></textarea>\n",
        "<p class=\"counter\" id=\"c-opinion\">最多 1000 字</p>\n",
        "<p class=\"hint\" id=\"h-opinion\">退回修改、不予推荐须填写理由；退回的理由将显示在申请报告顶部。</p></div>\n<div class=\"actions\">";
    foreach ($actions as $t)
        echo '<button type="submit" name="action" value="', $t[3], '" class="', ($t[6] & WF_REASON) ? 'danger' : 'primary', '">', e($t[4]), '</button>';
    echo "</div>\n</form>\n";
} else {
    echo "<p class=\"hint\">本级当前没有需要办理的操作。</p>\n";
}
echo '<p><a href="/cgi-bin/app_print.cgi?id=', $aid, '">查看打印稿</a> · <a href="/cgi-bin/app_versions.cgi?id=', $aid, "\">版本与变更</a></p>\n</section>\n";
echo "<section class=\"card\" id=\"check\">\n<h2>自动校验结果</h2>\n";
if (!$problems) echo "<p class=\"flash\">未发现不符合申报规则的问题。</p>\n";
else {
    echo '<p class="error-summary">共有 ', count($problems), " 处问题：</p>\n<ol class=\"problems\">";
    foreach ($problems as $p) echo '<li><a href="', e($p[0]), '">', e($p[1]), '</a></li>';
    echo "</ol>\n";
}
if ($notes) {
    echo '<div class="notice" role="note"><strong>提示（不影响提交，由审核人员核实）：</strong>', "\n<ul>";
    foreach ($notes as $p) echo '<li class="note"><a href="', e($p[0]), '">', e($p[1]), '</a></li>';
    echo "</ul></div>\n";
}
echo "</section>\n<section class=\"card\">\n<h2>申请报告各部分</h2>\n<table class=\"list\">\n<thead><tr><th>部分</th><th>最近保存</th><th>操作</th></tr></thead>\n<tbody>\n";
foreach (SECTIONS as $k => $title) {
    // 已完成: saved, and no 校验 problem points into it (lib/sections.c section_status_to_hdf)
    $done = ($secv[$k] ?? '') !== '';
    foreach ($problems as $p) if ($p[0] !== null && strpos($p[0], 'section=' . $k . '#') !== false) $done = false;
    echo '<tr><td>', e($title), ' <span class="tab-state', $done ? ' done">已完成' : '">未完成', '</span></td><td>', ($secv[$k] ?? '') !== '' ? e($secv[$k]) : '<span class="muted">未填写</span>', "</td>\n",
        '<td><a href="/cgi-bin/app_edit.cgi?id=', $aid, '&amp;section=', $k, '">', $editable ? '填写' : '查看', "</a></td></tr>\n";
}
echo '<tr><td>附件材料：（2）法人证书或营业执照副本、（3）“信用中国”信用信息报告、（6）其他相关佐证材料</td><td>', count($files), " 个文件</td>\n",
    '<td><a href="/cgi-bin/app_files.cgi?id=', $aid, '">', $editable ? '上传' : '查看', "</a></td></tr>\n</tbody>\n</table>\n</section>\n";
echo "<section class=\"card\" id=\"enterprises\">\n<h2>服务企业清单 <small class=\"count\">已填 ", count($ents), ' 家，至少 ', $b[9], " 家（申报条件（六））</small></h2>\n";
if ($ents) {
    echo "<table class=\"list\">\n<thead><tr><th>序号</th><th>试点企业名称</th><th>统一社会信用代码</th><th>所在旗县区</th><th class=\"num\">服务合同金额</th><th class=\"num\">实际改造成本</th><th class=\"num\">奖补资金额</th><th>证明材料</th></tr></thead>\n<tbody>\n";
    $tk = $tc = $ts = 0;
    foreach ($ents as $i => $e) {
        $c = $cap($e[6]);
        $pct = intdiv($e[6], 100) * $b[13] + intdiv(($e[6] % 100) * $b[13], 100);
        $basis = $pct < $b[14]
            ? sprintf('实际改造成本 %s × %d%% = %s 万元（不超过每家试点企业实际改造成本的%d%%，附件3注）', money_fmt($e[6]), $b[13], money_fmt($pct), $b[13])
            : sprintf('实际改造成本 %s × %d%% = %s 万元，超过每家试点企业最高 %s 万元，按 %s 万元（附件3注）', money_fmt($e[6]), $b[13], money_fmt($pct), money_fmt($b[14]), money_fmt($b[14]));
        echo "<tr>\n<td>", $i + 1, "</td>\n",
            '<td><a href="/cgi-bin/app_ent.cgi?id=', $aid, '&amp;ent=', $e[0], '">', e($e[1]), "</a></td>\n",
            '<td>', e($e[2]), '</td><td>', e($e[3]), "</td>\n",
            '<td class="num">', money_fmt($e[5]), '</td><td class="num">', money_fmt($e[6]), "</td>\n",
            '<td class="num', $e[7] > $c ? ' bad' : '', '">', money_fmt($e[7]), "\n",
            '<details class="basis"><summary>测算依据</summary><p>', e($basis),
            $e[7] < $c ? '；本平台申请 ' . money_fmt($e[7]) . ' 万元，低于上限 ' . money_fmt($c) . ' 万元' : '', "</p></details></td>\n",
            '<td>合同 ', $e[8], ' · 发票 ', $e[9], ' · 效果场景 ', $e[10], "</td>\n</tr>\n";
        $tk += $e[5]; $tc += $e[6]; $ts += $e[7];
    }
    echo "</tbody>\n<tfoot><tr><th colspan=\"4\">合计（单位：万元）</th><th class=\"num\">", money_fmt($tk), '</th><th class="num">', money_fmt($tc), "</th>\n",
        '<th class="num', $ts > $b[12] ? ' bad' : '', '">', money_fmt($ts), '</th><th>上限 ', $money_trim($b[12]), ' 万元，尚余 ', money_fmt($b[12] - $ts), " 万元</th></tr></tfoot>\n</table>\n";
}
echo "</section>\n<section class=\"card\">\n<h2>校验与提交</h2>\n<p>", e(state_label($state)), "</p>\n";
if ($versions) {
    echo "<h3>已提交的版本</h3>\n<table class=\"list\"><thead><tr><th>版本</th><th>提交时间</th><th>验证码</th><th></th></tr></thead><tbody>\n";
    foreach ($versions as $v)
        echo '<tr><td>第 ', $v[0], ' 版', $v[3] == '1' ? '（已撤回）' : '', '</td><td>', e($v[2]), '</td><td><code>', e($v[1]), "</code></td>\n",
            '<td><a href="/cgi-bin/app_print.cgi?id=', $aid, '&amp;v=', $v[0], '">打印</a> · <a href="/cgi-bin/app_versions.cgi?id=', $aid, '&amp;b=', $v[0], '">变更</a></td></tr>';
    echo "\n</tbody></table>\n";
}
echo '<p><a href="/cgi-bin/app_print.cgi?id=', $aid, "\">打印申请报告</a></p>\n</section>\n";
if ($events) {
    echo "<section class=\"card\">\n<h2>办理记录</h2>\n<table class=\"list\"><thead><tr><th>时间</th><th>办理人</th><th>层级</th><th>操作</th><th>结果</th><th>意见</th></tr></thead><tbody>\n";
    foreach ($events as $v)
        echo '<tr><td>', e($v[0]), '</td><td>', e($v[1]), '</td><td>', e(role_label($v[2])), '</td><td>', e(wf_label($b[1], $v[3])), '</td><td>',
            e(state_label($v[5])), '</td><td class="opinion">', e($v[6]), '</td></tr>';
    echo "\n</tbody></table>\n</section>\n";
}
page_bottom();
