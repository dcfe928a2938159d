<?php
// make bench's peer (tests/bench/bench.py): the same pages as dtpilot, in PHP
// behind the same nginx (php-fpm, opcache), against the same database with the
// same prepared statements.  A benchmark baseline, not a product: no input
// validation beyond what these GET pages read, no forms.
// DTPILOT_PERSISTENT (a fastcgi_param): 1 = mysqli persistent connections.
mysqli_report(MYSQLI_REPORT_OFF);

function db() {
    static $db = null;
    if ($db) return $db;
    $host = (($_SERVER['DTPILOT_PERSISTENT'] ?? '0') === '1' ? 'p:' : '') . 'localhost';
    $db = mysqli_init();
    $db->options(MYSQLI_SET_CHARSET_NAME, 'utf8mb4');
    if (!@$db->real_connect($host, getenv('DTPILOT_DB_USER'), getenv('DTPILOT_DB_PASSWORD'),
                            getenv('DTPILOT_DB_NAME'), 0, getenv('DTPILOT_DB_SOCKET'))) {
        http_response_code(503);
        exit("数据库暂时不可用\n");
    }
    return $db;
}

// one prepared statement: prepare, bind, execute, all rows (numeric), close
function q($sql, $types = '', ...$args) {
    $st = db()->prepare($sql);
    if (!$st) fail($sql);
    if ($types !== '') $st->bind_param($types, ...$args);
    if (!$st->execute()) fail($sql);
    $res = $st->get_result();
    $rows = $res ? $res->fetch_all(MYSQLI_NUM) : [];
    $st->close();
    return $rows;
}

function fail($what) {
    error_log('bench peer: ' . $what . ': ' . db()->error);
    http_response_code(500);
    exit("500\n");
}

// ClearSilver's html escaping (neos_html_escape): & < > " ' and nothing else
function e($s) {
    return strtr((string)$s, ['&' => '&amp;', '<' => '&lt;', '>' => '&gt;', '"' => '&quot;', "'" => '&#39;']);
}

function state_label($s) {
    static $t = ['draft' => '草稿', 'submitted' => '已提交，待旗县区初审', 'returned' => '退回修改',
        'county_passed' => '旗县区初审通过，待盟市审核', 'county_rejected' => '旗县区不予推荐',
        'city_passed' => '盟市审核通过', 'city_rejected' => '盟市不予推荐', 'recommended' => '已推荐',
        'proposed' => '拟认定', 'recognised' => '已认定', 'not_recognised' => '未予认定',
        'selected' => '已列入试点企业名单'];
    return $t[$s] ?? $s;
}

function role_label($r) {
    static $t = ['platform' => '服务平台', 'enterprise' => '中小企业', 'county' => '旗县区工信部门',
        'city' => '盟市工信部门', 'province' => '自治区工信厅（管理员）', 'expert' => '评审专家'];
    return $t[$r] ?? '';
}

function money_fmt($yuan) {
    $yuan = (int)$yuan;
    $a = abs($yuan);
    return ($yuan < 0 ? '-' : '') . intdiv($a, 10000) . '.' . sprintf('%04d', $a % 10000);
}

function cn_date($iso) {
    if (strlen($iso) != 10) return $iso;
    return substr($iso, 0, 4) . '年' . (int)substr($iso, 5, 2) . '月' . (int)substr($iso, 8, 2) . '日';
}

// the signed-in user, read with the same statement as lib/auth.c; null when not signed in
function session_user() {
    $tok = $_COOKIE['dtp_sid'] ?? '';
    if (!preg_match('/^[0-9a-f]{64}$/', $tok)) return null;
    $d = q("SELECT s.id, a.id, a.role, a.username, a.display_name,"
        . " COALESCE(sc.region_code, a.region_code, ''), COALESCE(rg.name, ''),"
        . " s.csrf, a.must_change_password, s.flash, TIMESTAMPDIFF(SECOND, s.last_seen, NOW()),"
        . " (SELECT COUNT(*) FROM messages m WHERE m.account_id = a.id AND m.read_at IS NULL),"
        . " (SELECT COALESCE(MAX(b.programme = 'platform'), 0) + 2 * COALESCE(MAX(b.programme = 'enterprise'), 0)"
        . "  FROM batches b WHERE b.region_code IN (rg.code, rg.city_code, rg.province_code)),"
        . " TIMESTAMPDIFF(SECOND, NOW(), s.created_at + INTERVAL ? HOUR)"
        . " FROM sessions s JOIN accounts a ON a.id = s.account_id"
        . " LEFT JOIN account_scopes sc ON sc.account_id = a.id"
        . " LEFT JOIN regions rg ON rg.code = COALESCE(sc.region_code, a.region_code)"
        . " WHERE s.token_hash = SHA2(?, 256) AND a.status = 'active'"
        . " AND s.last_seen > NOW() - INTERVAL ? MINUTE AND s.created_at > NOW() - INTERVAL ? HOUR",
        'isii', 12, $tok, 120, 12);
    if (count($d) != 1) return null;
    $u = $d[0];
    if ($u[9] !== null || $u[10] >= 30)
        q("UPDATE sessions SET last_seen = NOW(), flash = NULL WHERE id = ?", 'i', $u[0]);
    return ['sid' => $u[0], 'id' => $u[1], 'role' => $u[2], 'login' => $u[3], 'name' => $u[4],
            'region' => $u[5], 'region_name' => $u[6], 'csrf' => $u[7], 'flash' => $u[9],
            'unread' => (int)$u[11], 'platform' => ($u[12] & 1) != 0, 'enterprise' => ($u[12] & 2) != 0,
            'life' => (int)$u[13]];
}

function require_user(...$roles) {
    $u = session_user();
    if (!$u) { header('Location: /cgi-bin/login.cgi', true, 303); exit; }
    if ($roles && !in_array($u['role'], $roles, true)) { http_response_code(403); exit("403\n"); }
    return $u;
}

// the response headers dtpilot sends with every page (lib/resp.c)
function page_headers() {
    header('Content-Type: text/html; charset=UTF-8');
    header("Content-Security-Policy: default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    header('X-Content-Type-Options: nosniff');
    header('Referrer-Policy: same-origin');
    header('Cache-Control: no-store');
}

const SITE = '数字化转型试点申报评审系统';
const AUTHORITY = '内蒙古自治区工业和信息化厅';

// templates/header.cs
function page_top($title, $page, $u) {
    page_headers();
    $cur = function (...$names) use ($page) { return in_array($page, $names, true) ? ' aria-current="page"' : ''; };
    echo "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        '<title>', e($title), ' - ', e(SITE), "</title>\n",
        "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">\n",
        "<link rel=\"stylesheet\" href=\"/static/css/site.css\">\n",
        "<script src=\"/static/js/app.js\" defer></script>\n</head>\n<body";
    if ($u) echo ' data-idle="7200" data-life="', $u['life'], '" data-warn="300" data-csrf="', e($u['csrf']), '" data-user="', $u['id'], '"';
    echo ">\n<a class=\"skip\" href=\"#main\">跳到正文</a>\n<header class=\"top\">\n  <div class=\"bar\">\n",
        '    <a class="brand" href="/cgi-bin/home.cgi"><span class="emblem" aria-hidden="true">数</span>', e(SITE), "</a>\n";
    if ($u) {
        $r = $u['role'];
        echo "<div class=\"who\">\n<span class=\"user\">", e($u['name']), "</span>\n",
            '<span class="role">', e(role_label($r)), $u['region_name'] !== '' ? ' · ' . e($u['region_name']) : '', "</span>\n",
            '<a href="/cgi-bin/messages.cgi" class="msgs">站内消息';
        if ($u['unread'] > 0) echo ' <span class="count-badge" aria-label="未读 ', $u['unread'], ' 条">', $u['unread'], '</span>';
        echo "</a>\n<a href=\"/cgi-bin/password.cgi\">修改密码</a>\n<a href=\"/cgi-bin/sessions.cgi\">登录会话</a>\n";
        if (in_array($r, ['county', 'city', 'province', 'expert'], true)) echo '<a href="/cgi-bin/totp.cgi">两步验证</a>';
        echo "\n<form class=\"inline\" method=\"post\" action=\"/cgi-bin/logout.cgi\" data-logout>\n",
            '<input type="hidden" name="csrf" value="', e($u['csrf']), "\">\n",
            "<button type=\"submit\" class=\"link\">退出登录</button>\n</form>\n</div>\n";
    }
    echo "</div>\n";
    if ($u) {
        echo "<nav class=\"main-nav\" aria-label=\"主菜单\">\n",
            '<a href="/cgi-bin/home.cgi"', $cur('home'), ">首页</a>\n";
        if ($r == 'platform') echo '<a href="/cgi-bin/app.cgi"', $cur('app', 'app_edit', 'app_ent', 'app_files', 'app_versions'), ">我的申报</a>\n";
        if ($r == 'expert') echo '<a href="/cgi-bin/score.cgi"', $cur('score'), '>我的评审</a>';
        if ($r == 'enterprise') echo '<a href="/cgi-bin/ent.cgi"', $cur('ent', 'ent_edit'), '>我的申报</a>';
        if ($r == 'platform' || $r == 'enterprise') echo '<a href="/cgi-bin/profile.cgi"', $cur('profile'), ">单位信息</a>\n";
        if ($r == 'county' || $r == 'city' || $r == 'province') {
            echo '<a href="/cgi-bin/queue.cgi"', $cur('queue'), ">审核</a>\n";
            if ($r == 'county' && $u['enterprise']) echo '<a href="/cgi-bin/county_rec.cgi"', $cur('county_rec'), '>县区推荐（企业）</a>';
            if (($r == 'county' || $r == 'city') && $u['enterprise']) echo '<a href="/cgi-bin/ent_summary.cgi"', $cur('ent_summary'), '>企业推荐汇总表</a>';
            if ($r == 'city' && $u['enterprise']) echo '<a href="/cgi-bin/batches.cgi"', $cur('batches', 'batch'), '>征集批次</a>';
            if ($r == 'city' && $u['platform']) echo '<a href="/cgi-bin/recommend.cgi"', $cur('recommend'), '>盟市推荐</a>';
            if ($r == 'province') echo '<a href="/cgi-bin/province.cgi"', $cur('province'), ">各盟市推荐</a>\n",
                '<a href="/cgi-bin/experts.cgi"', $cur('experts'), ">专家评审</a>\n",
                '<a href="/cgi-bin/publicity.cgi"', $cur('publicity'), '>公示与认定</a>';
            if ($u['platform']) echo '<a href="/cgi-bin/summary.cgi"', $cur('summary', 'kpi'), ">汇总表</a>\n",
                '<a href="/cgi-bin/stats.cgi"', $cur('stats'), '>统计</a>';
            echo '<a href="/cgi-bin/orgs.cgi"', $cur('orgs', 'org'), ">申报单位</a>\n",
                '<a href="/cgi-bin/payments.cgi"', $cur('payments'), ">资金拨付</a>\n";
        }
        echo '<a href="/cgi-bin/subsidy.cgi"', $cur('subsidy'), ">政策测算</a>\n";
        if ($r == 'province') echo '<a href="/cgi-bin/batches.cgi"', $cur('batches', 'batch'), ">申报批次</a>\n",
            '<a href="/cgi-bin/accounts.cgi"', $cur('accounts', 'account'), ">账户管理</a>\n",
            '<a href="/cgi-bin/online.cgi"', $cur('online'), ">在线会话</a>\n",
            '<a href="/cgi-bin/audit.cgi"', $cur('audit'), ">审计日志</a>\n";
        echo "</nav>\n";
    }
    echo "</header>\n<div id=\"idle-warning\" class=\"idle-warning\" role=\"alert\" hidden>\n",
        "<p>您已较长时间未操作，会话将在 <strong id=\"idle-left\">5</strong> 分钟后过期。未保存的内容请先保存。</p>\n",
        "<button type=\"button\" id=\"idle-keep\">继续使用</button>\n</div>\n<main id=\"main\">\n";
    if ($u && $u['flash'] !== null && $u['flash'] !== '') echo '<p class="flash" role="status">', e($u['flash']), "</p>\n";
}

// templates/footer.cs
function page_bottom() {
    echo "</main>\n<footer class=\"foot\">\n<p>", e(AUTHORITY), ' · ', e(SITE), "</p>\n</footer>\n</body>\n</html>\n";
}

// the reviewer's to-do list (lib/workflow.c wf_todo_to_hdf): the workflow rows of the registry
// (build/bench/wf_rows writes them, DTPILOT_WF_ROWS names the file) where this role acts, counted
// in one statement through the scope's regions, each state once per stage, its actions joined, the nearest
// deadline of its kind still ahead
function todo_items($u) {
    $rows = require getenv('DTPILOT_WF_ROWS');
    $states = [];
    foreach ($rows as $t)
        if ($t[0] === $u['role'] && !$t[4] && !in_array($t[3], $states, true)) $states[] = $t[3];
    if (!$states) return [];
    $in = q("SELECT STRAIGHT_JOIN p.state, b.programme, p.stage, p.batch_id, COUNT(*) FROM regions x"
        . " JOIN JSON_TABLE(?, '$[*]' COLUMNS (s VARCHAR(32) PATH '$')) w"
        . " JOIN applications p ON p.region_code = x.code AND p.state = w.s JOIN batches b ON b.id = p.batch_id"
        . " WHERE ? IN (x.code, x.city_code, x.province_code) GROUP BY p.state, b.programme, p.stage, p.batch_id",
        'ss', json_encode($states), $u['region']);
    $out = [];
    foreach ($rows as $i => $t) {
        if ($t[0] !== $u['role'] || $t[4]) continue;
        $same = function ($v) use ($t) { return $v[0] === $t[0] && !$v[4] && $v[1] === $t[1] && $v[2] === $t[2] && $v[3] === $t[3]; };
        $first = true; $acts = [];
        foreach ($rows as $j => $v)
            if ($same($v)) { if ($j < $i) $first = false; else $acts[] = $v[5]; }
        if (!$first) continue;
        $count = 0; $batches = [];
        foreach ($in as $w)
            if ($w[0] === $t[3] && $w[1] === $t[1] && $w[2] === $t[2]) { $count += $w[4]; $batches[] = $w[3]; }
        if (!$count) continue;
        $item = ['label' => $t[10], 'programme' => $t[8], 'stage' => $t[9], 'count' => $count,
                 'actions' => implode('、', $acts),
                 'href' => $t[6] === 'review' ? '/cgi-bin/queue.cgi?state=' . $t[3] : '/cgi-bin/' . $t[6] . '.cgi'];
        if ($t[7] !== '') {
            $d = q("SELECT DATE_FORMAT(MIN(day), '%Y-%m-%d'), DATEDIFF(MIN(day), CURDATE()) FROM batch_deadlines"
                . " WHERE name = ? AND day >= CURDATE() AND FIND_IN_SET(batch_id, ?) > 0", 'ss', $t[7], implode(',', $batches));
            if (count($d) == 1 && $d[0][0] !== null && $d[0][0] !== '') {
                $item['deadline'] = cn_date($d[0][0]);
                $item['days_left'] = (int)$d[0][1];
            }
        }
        $out[] = $item;
    }
    return $out;
}
