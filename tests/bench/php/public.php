<?php
// cgi-bin/public.c + templates/public.cs: 公示 and the recognised platforms, no login
require __DIR__ . '/common.php';
// the bench data's 公示 are the platform programme's (its struct notice in lib/programmes/platform.c)
$notice = q("SELECT u.id, b.programme, b.title, DATE_FORMAT(u.start_date, '%Y-%m-%d'), DATE_FORMAT(u.end_date, '%Y-%m-%d'),"
    . " u.working_days, a.display_name, s.name, g.name, c.name, i.amount_yuan"
    . " FROM publications u JOIN batches b ON b.id = u.batch_id"
    . " JOIN publication_items i ON i.publication_id = u.id JOIN applications p ON p.id = i.application_id"
    . " JOIN accounts a ON a.id = p.account_id LEFT JOIN sub_industries s ON s.seq = p.sub_industry"
    . " JOIN regions g ON g.code = p.region_code LEFT JOIN regions c ON c.code = g.city_code"
    . " WHERE CURDATE() BETWEEN u.start_date AND u.end_date ORDER BY u.id, c.sort, s.seq, p.id");
$lists = q("SELECT b.title, l.doc_no, DATE_FORMAT(l.published_on, '%Y-%m-%d'), a.display_name, g.name, c.name"
    . " FROM pilot_lists l JOIN batches b ON b.id = l.batch_id JOIN pilot_entries e ON e.list_id = l.id"
    . " JOIN applications p ON p.id = e.application_id JOIN accounts a ON a.id = p.account_id"
    . " JOIN regions g ON g.code = p.region_code JOIN regions c ON c.code = g.city_code"
    . " ORDER BY l.published_on DESC, l.id DESC, g.sort, p.id");
$rec = q("SELECT b.title, a.display_name, s.name, c.name FROM applications p JOIN batches b ON b.id = p.batch_id"
    . " JOIN accounts a ON a.id = p.account_id JOIN sub_industries s ON s.seq = p.sub_industry"
    . " JOIN regions g ON g.code = p.region_code JOIN regions c ON c.code = g.city_code"
    . " WHERE p.state = 'recognised' ORDER BY b.open_date DESC, b.id, c.sort, s.seq, p.id");
page_top('公示与公布名单', 'public', null);
echo "<h1>中小企业数字化转型 公示与公布名单</h1>\n";
if (!$notice)
    echo "<section class=\"card\">\n  <h2>公示</h2>\n  <p>当前没有正在公示的名单。</p>\n</section>";
echo "\n";
$cur = null;
foreach ($notice as $n) {
    if ($n[0] !== $cur) {
        if ($cur !== null)
            echo "\n  </tbody></table>\n  <p><strong>异议方式：</strong>公示期内，对名单如有异议，请以书面形式向自治区工业和信息化厅反映，注明真实姓名或单位及联系方式，并提供必要的证明材料；匿名异议不予受理。联系方式：自治区工业和信息化厅 牟立茁 0471-4824952。</p>\n</section>\n";
        $cur = $n[0];
        $seq = 0;
        echo "\n<section class=\"card\">\n  <h2>拟认定名单公示</h2>\n  <p>根据《内蒙古自治区中小企业数字化转型试点申报指南》，经盟市推荐、第三方机构评审，现将拟认定的数字化转型试点平台名单予以公示，公示期为 ",
            e(cn_date($n[3])), ' 至 ', e(cn_date($n[4])), '（', e($n[5]), " 个工作日）。</p>\n",
            '  <table class="list"><caption>', e($n[2]), "</caption><thead><tr><th>序号</th><th>服务平台名称</th><th>细分行业</th><th>盟市</th></tr></thead><tbody>\n  ";
    }
    echo '<tr><td>', ++$seq, '</td><td>', e($n[6]), '</td><td>', e($n[7]), '</td><td>', e($n[9]), '</td></tr>';
}
if ($cur !== null)
    echo "\n  </tbody></table>\n  <p><strong>异议方式：</strong>公示期内，对名单如有异议，请以书面形式向自治区工业和信息化厅反映，注明真实姓名或单位及联系方式，并提供必要的证明材料；匿名异议不予受理。联系方式：自治区工业和信息化厅 牟立茁 0471-4824952。</p>\n</section>\n";
echo "\n";
if ($rec) {
    echo "<section class=\"card\">\n  <h2>已认定的数字化转型试点平台</h2>\n  <table class=\"list\"><thead><tr><th>批次</th><th>服务平台名称</th><th>细分行业</th><th>盟市</th></tr></thead><tbody>\n  ";
    foreach ($rec as $n)
        echo '<tr><td>', e($n[0]), '</td><td>', e($n[1]), '</td><td>', e($n[2]), '</td><td>', e($n[3]), '</td></tr>';
    echo "\n  </tbody></table>\n</section>\n";
}
if ($lists) {
    echo "<section class=\"card\">\n  <h2>试点企业名单</h2>\n  <p>经企业自主申报、县（市）区工信主管部门审核推荐、市工信主管部门专家评审和集体决策，以下企业列为中小企业数字化转型试点企业。</p>\n",
        "  <table class=\"list\"><thead><tr><th>批次</th><th>公布文号</th><th>公布日期</th><th>企业名称</th><th>所属县（市、区）</th><th>市</th></tr></thead><tbody>\n  ";
    foreach ($lists as $n)
        echo '<tr>', implode('', array_map(function ($v) { return '<td>' . e($v) . '</td>'; }, $n)), '</tr>';
    echo "\n  </tbody></table>\n</section>\n";
}
page_bottom();
