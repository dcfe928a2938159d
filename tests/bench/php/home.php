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
page_top('首页', 'home', $u);
echo '<h1>', e($u['name']), "</h1>\n",
    '<p class="lead">本', $u['role'] == 'city' ? '盟市' : '旗县区', '（', e($u['region_name']), "）的申报单位与审核工作。</p>\n",
    "<div class=\"tiles\">\n",
    '<a class="tile" href="/cgi-bin/orgs.cgi"><span class="n">', $orgs, "</span><span class=\"t\">辖区内申报单位</span></a>\n",
    '<a class="tile', $new > 0 ? ' warn' : '', '" href="/cgi-bin/orgs.cgi?recent=1"><span class="n">', $new,
    "</span><span class=\"t\">近7天新注册</span></a>\n";
if ($u['role'] == 'city') echo '<div class="tile"><span class="n">', $counties, '</span><span class="t">所辖旗县区</span></div>';
echo "\n</div>\n";
page_bottom();
