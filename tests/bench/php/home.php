<?php
// cgi-bin/home.c + templates/home.cs for the reviewers of a 旗县区 or 盟市 (the home page make bench compares)
require __DIR__ . '/common.php';
$u = require_user('county', 'city');
$scope = $u['region'];
$orgs = q("SELECT COUNT(*) FROM accounts a JOIN regions g ON g.code = a.region_code"
    . " WHERE a.role IN ('platform', 'enterprise') AND ? IN (g.code, g.city_code, g.province_code)", 's', $scope)[0][0];
$new = q("SELECT COUNT(*) FROM accounts a JOIN regions g ON g.code = a.region_code"
    . " WHERE a.role IN ('platform', 'enterprise') AND ? IN (g.code, g.city_code, g.province_code)"
    . " AND a.created_at > NOW() - INTERVAL 7 DAY", 's', $scope)[0][0];
if ($u['role'] == 'city')
    $counties = q("SELECT COUNT(*) FROM regions WHERE parent_code = ? AND level = 'county'", 's', $scope)[0][0];
$todo = todo_items($u);
if ($u['role'] == 'city')
    $double = q("SELECT COUNT(DISTINCT x.credit_code) FROM money_decisions x JOIN regions g ON g.code = x.region_code"
        . " WHERE x.state = 'decided' AND ? IN (g.code, g.city_code, g.province_code) AND x.credit_code IN"
        . "  (SELECT o.credit_code FROM money_decisions o JOIN batches q ON q.id = o.batch_id WHERE o.state = 'decided'"
        . "   GROUP BY o.credit_code HAVING COUNT(DISTINCT q.programme) > 1)", 's', $scope)[0][0];
page_top('首页', 'home', $u);
echo '<h1>', e($u['name']), "</h1>\n";
echo "<section class=\"card todo\" aria-labelledby=\"todo-h\">\n<h2 id=\"todo-h\">待办事项</h2>\n";
if (!$todo) echo "<p>目前没有等待您办理的事项。</p>\n";
else {
    echo "<ul class=\"todo-list\">\n";
    foreach ($todo as $t) {
        echo '<li><a href="', e($t['href']), '"><strong>', e($t['label']), '</strong> <span class="n">', $t['count'], ' 件</span></a>',
            '<span class="hint">', e($t['programme']), $t['stage'] !== '' ? ' · ' . e($t['stage']) : '', ' · 可办理：', e($t['actions']), '</span>';
        if (isset($t['deadline']))
            echo '<span class="due', $t['days_left'] < 4 ? ' soon' : '', '">截止 ', e($t['deadline']), '，',
                $t['days_left'] == 0 ? '今天截止' : '还剩 ' . $t['days_left'] . ' 天', '</span>';
        echo "</li>\n";
    }
    echo "</ul>\n";
}
echo "</section>\n";
if ($u['role'] == 'city' && $double > 0)
    echo '<p class="error-summary" role="alert"><a href="/cgi-bin/payments.cgi?show=double">', $double,
        ' 家单位在多个项目中均有资金决定</a>，请核对是否重复享受（就高不重复）。</p>';
echo '<p class="lead">本', $u['role'] == 'city' ? '盟市' : '旗县区', '（', e($u['region_name']), "）的申报单位与审核工作。</p>\n",
    "<div class=\"tiles\">\n",
    '<a class="tile" href="/cgi-bin/orgs.cgi"><span class="n">', $orgs, "</span><span class=\"t\">辖区内申报单位</span></a>\n",
    '<a class="tile', $new > 0 ? ' warn' : '', '" href="/cgi-bin/orgs.cgi?recent=1"><span class="n">', $new,
    "</span><span class=\"t\">近7天新注册</span></a>\n";
if ($u['role'] == 'city') echo '<div class="tile"><span class="n">', $counties, '</span><span class="t">所辖旗县区</span></div>';
echo "\n</div>\n";
page_bottom();
