<?php
// cgi-bin/queue.c + templates/queue.cs: a reviewer's queue, the default view (first page, default filter and sort)
require __DIR__ . '/common.php';
$u = require_user('county', 'city', 'province');
$scope = $u['region'];
require __DIR__ . '/platform_form.php';
$state = 'todo';
$w = wf_waiting($u['role']);
$sort = 'submitted'; $q = ''; $region = ''; $sub = 0; $page = 1;
$rows = q("SELECT SQL_CALC_FOUND_ROWS p.id, a.display_name, COALESCE(a.credit_code, ''), g.name, c.name,"
    . " COALESCE(CONCAT(s.seq, '. ', s.name), ''), p.state, COALESCE(DATE_FORMAT(p.submitted_at, '%Y-%m-%d %H:%i'), ''),"
    . " p.submitted_no, (SELECT COUNT(*) FROM app_enterprises e WHERE e.application_id = p.id),"
    . " (SELECT COALESCE(SUM(e.subsidy_yuan), 0) FROM app_enterprises e WHERE e.application_id = p.id),"
    . " (SELECT COALESCE(MAX(e.version_no), 0) FROM app_events e WHERE e.application_id = p.id AND e.account_id = ?),"
    . " IF(b.programme = 'enterprise', 'ent', 'app')"
    . " FROM applications p JOIN batches b ON b.id = p.batch_id JOIN accounts a ON a.id = p.account_id JOIN regions g ON g.code = p.region_code"
    . " JOIN regions c ON c.code = g.city_code LEFT JOIN sub_industries s ON s.seq = p.sub_industry"
    . " WHERE p.state <> 'draft'"
    . " AND p.region_code IN (SELECT x.code FROM regions x WHERE ? IN (x.code, x.city_code, x.province_code))"
    . " AND (? IN ('all', 'todo') OR p.state = ?) AND (? = 0 OR p.sub_industry = ?)"
    . " AND (? <> 'todo' OR FIND_IN_SET(CONCAT(b.programme, ':', p.state), ?) > 0)"
    . " AND (? = '' OR a.display_name LIKE CONCAT('%', ?, '%') OR a.credit_code = UPPER(?))"
    . " AND (? = '' OR g.code = ? OR g.city_code = ?)"
    . " ORDER BY CASE WHEN ? = 'name' THEN CONVERT(a.display_name USING gbk) END,"
    . "          CASE WHEN ? = 'subind' THEN p.sub_industry END, CASE WHEN ? = 'region' THEN g.sort END,"
    . "          p.submitted_at DESC, p.id DESC LIMIT ? OFFSET ?",
    'isssiisssssssssssii', $u['id'], $scope, $state, $state, $sub, $sub,
    $state, $w,
    $q, $q, $q, $region, $region, $region,
    $sort, $sort, $sort, 20, 0);
$total = (int)q("SELECT FOUND_ROWS()")[0][0];
$subind = q("SELECT seq, name FROM sub_industries ORDER BY seq");
$regions = q("SELECT code, name, level FROM regions WHERE ? IN (code, city_code, province_code)"
    . " AND level <> 'province' AND code <> ? ORDER BY sort", 'ss', $scope, $scope);
$states = ['submitted', 'returned', 'county_passed', 'county_rejected', 'city_passed', 'city_rejected', 'recommended',
    'proposed', 'recognised', 'not_recognised', 'selected'];
$base = '/cgi-bin/queue.cgi?state=' . $state . '&sub=&q=&region=&';
page_top('审核', 'queue', $u);
echo '<h1>审核 <small class="count">', e($u['region_name']), "</small></h1>\n",
    "<form class=\"filters\" method=\"get\" action=\"/cgi-bin/queue.cgi\" role=\"search\">\n",
    "<div class=\"field\"><label for=\"f-q\">平台名称或统一社会信用代码</label><input id=\"f-q\" name=\"q\" type=\"search\" value=\"\" maxlength=\"100\"></div>\n",
    "<div class=\"field\"><label for=\"f-state\">状态</label>\n",
    '<select id="f-state" name="state"><option value="todo"', $state == 'todo' ? ' selected' : '', '>待本级办理</option><option value="all"',
    $state == 'all' ? ' selected' : '', ">全部</option>\n";
foreach ($states as $s) echo '<option value="', $s, '"', $state == $s ? ' selected' : '', '>', e(state_label($s)), '</option>';
echo "</select></div>\n<div class=\"field\"><label for=\"f-sub\">细分行业</label>\n<select id=\"f-sub\" name=\"sub\"><option value=\"\">全部</option>\n";
foreach ($subind as $s) echo '<option value="', e($s[0]), '">', e($s[0]), '. ', e($s[1]), '</option>';
echo "</select></div>\n";
if ($regions) {
    echo "<div class=\"field\"><label for=\"f-region\">地区</label>\n<select id=\"f-region\" name=\"region\"><option value=\"\">全部</option>\n";
    foreach ($regions as $g) echo '<option value="', e($g[0]), '">', $g[2] == 'county' ? '　' : '', e($g[1]), '</option>';
    echo "</select></div>\n";
}
echo '<input type="hidden" name="sort" value="', $sort, "\">\n<div class=\"field\"><button type=\"submit\" class=\"primary\">查询</button></div>\n</form>\n";
if (!$rows) {
    echo "<p class=\"panel\">没有符合条件的申请。</p>\n";
} else {
    $b = e($base);
    echo "<table class=\"list\">\n<thead><tr>\n<th><a href=\"{$b}sort=name\">服务平台</a></th>\n",
        "<th><a href=\"{$b}sort=region\">所在地区</a></th>\n<th><a href=\"{$b}sort=subind\">细分行业</a></th>\n",
        "<th>状态</th><th><a href=\"{$b}sort=submitted\">提交时间</a></th>\n",
        "<th class=\"num\">服务企业</th><th class=\"num\">奖补资金（万元）</th>\n</tr></thead>\n<tbody>\n";
    foreach ($rows as $a) {
        $updated = $a[11] > 0 && $a[8] > $a[11];
        echo "<tr>\n<td><a href=\"/cgi-bin/", $a[12], '.cgi?id=', $a[0], '">', e($a[1]), '</a><br><small>', e($a[2]), "</small></td>\n",
            '<td>', e($a[4]), ' ', e($a[3]), '</td><td>', e($a[5]), "</td>\n",
            '<td><span class="badge state-', e($a[6]), '">', e(state_label($a[6])), '</span>',
            $updated ? ' <span class="badge off">有新版本</span>' : '', "</td>\n",
            '<td>', e($a[7]), '（第 ', $a[8], " 版）</td>\n",
            '<td class="num">', $a[9], '</td><td class="num">', money_fmt($a[10]), "</td>\n</tr>\n";
    }
    echo "</tbody>\n</table>\n";
}
$pages = $total ? intdiv($total + 19, 20) : 1;
if ($pages > 1) {
    echo "<nav class=\"pager\" aria-label=\"分页\">\n<span>共 ", $total, ' 条，第 1 / ', $pages, " 页</span>\n";
    echo '<a href="', e('/cgi-bin/queue.cgi?state=' . $state . '&sub=&q=&region=&sort=' . $sort . '&'), 'page=2">下一页</a>', "\n</nav>\n";
} else {
    echo '<p class="count">共 ', $total, " 条</p>\n";
}
page_bottom();
