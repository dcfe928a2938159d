<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs var:Page.Title ?> - <?cs var:Site.Name ?></title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/css/site.css">
<script src="/static/js/app.js" defer></script>
</head>
<body<?cs if:User.Id ?> data-idle="<?cs var:Session.IdleSeconds ?>" data-life="<?cs var:Session.LifeSeconds ?>" data-warn="<?cs var:Session.WarnSeconds ?>" data-csrf="<?cs var:Csrf ?>" data-user="<?cs var:User.Id ?>"<?cs /if ?>>
<a class="skip" href="#main">跳到正文</a>
<header class="top">
  <div class="bar">
    <a class="brand" href="/cgi-bin/home.cgi"><span class="emblem" aria-hidden="true">数</span><?cs var:Site.Name ?></a>
    <?cs if:User.Id ?>
    <div class="who">
      <span class="user"><?cs var:User.Name ?></span>
      <span class="role"><?cs var:User.RoleLabel ?><?cs if:User.RegionName ?> · <?cs var:User.RegionName ?><?cs /if ?></span>
      <a href="/cgi-bin/messages.cgi" class="msgs">站内消息<?cs if:User.Unread > 0 ?> <span class="count-badge" aria-label="未读 <?cs var:User.Unread ?> 条"><?cs var:User.Unread ?></span><?cs /if ?></a>
      <a href="/cgi-bin/password.cgi">修改密码</a>
      <a href="/cgi-bin/sessions.cgi">登录会话</a>
      <?cs if:User.Role == "county" || User.Role == "city" || User.Role == "province" || User.Role == "expert" ?><a href="/cgi-bin/totp.cgi">两步验证</a><?cs /if ?>
      <form class="inline" method="post" action="/cgi-bin/logout.cgi" data-logout>
        <input type="hidden" name="csrf" value="<?cs var:Csrf ?>">
        <button type="submit" class="link">退出登录</button>
      </form>
    </div>
    <?cs /if ?>
  </div>
  <?cs if:User.Id ?>
  <nav class="main-nav" aria-label="主菜单">
    <a href="/cgi-bin/home.cgi"<?cs if:Page.Name == "home" ?> aria-current="page"<?cs /if ?>>首页</a>
    <?cs if:User.Role == "platform" ?>
    <a href="/cgi-bin/app.cgi"<?cs if:Page.Name == "app" || Page.Name == "app_edit" || Page.Name == "app_ent" || Page.Name == "app_files" || Page.Name == "app_versions" ?> aria-current="page"<?cs /if ?>>我的申报</a>
    <?cs /if ?>
    <?cs if:User.Role == "expert" ?><a href="/cgi-bin/score.cgi"<?cs if:Page.Name == "score" ?> aria-current="page"<?cs /if ?>>我的评审</a><?cs /if ?>
    <?cs if:User.Role == "enterprise" ?><a href="/cgi-bin/ent.cgi"<?cs if:Page.Name == "ent" || Page.Name == "ent_edit" ?> aria-current="page"<?cs /if ?>>我的申报</a><?cs /if ?>
    <?cs if:User.Role == "platform" || User.Role == "enterprise" ?>
    <a href="/cgi-bin/profile.cgi"<?cs if:Page.Name == "profile" ?> aria-current="page"<?cs /if ?>>单位信息</a>
    <?cs /if ?>
    <?cs if:User.Role == "county" || User.Role == "city" || User.Role == "province" ?>
    <a href="/cgi-bin/queue.cgi"<?cs if:Page.Name == "queue" ?> aria-current="page"<?cs /if ?>>审核</a>
    <?cs if:User.Role == "county" && User.Enterprise ?><a href="/cgi-bin/county_rec.cgi"<?cs if:Page.Name == "county_rec" ?> aria-current="page"<?cs /if ?>>县区推荐（企业）</a><?cs /if ?>
    <?cs if:(User.Role == "county" || User.Role == "city") && User.Enterprise ?><a href="/cgi-bin/ent_summary.cgi"<?cs if:Page.Name == "ent_summary" ?> aria-current="page"<?cs /if ?>>企业推荐汇总表</a><?cs /if ?>
    <?cs if:User.Role == "city" && User.Enterprise ?><a href="/cgi-bin/batches.cgi"<?cs if:Page.Name == "batches" || Page.Name == "batch" ?> aria-current="page"<?cs /if ?>>征集批次</a><?cs /if ?>
    <?cs if:User.Role == "city" && User.Platform ?><a href="/cgi-bin/recommend.cgi"<?cs if:Page.Name == "recommend" ?> aria-current="page"<?cs /if ?>>盟市推荐</a><?cs /if ?>
    <?cs if:User.Role == "province" ?><a href="/cgi-bin/province.cgi"<?cs if:Page.Name == "province" ?> aria-current="page"<?cs /if ?>>各盟市推荐</a>
    <a href="/cgi-bin/experts.cgi"<?cs if:Page.Name == "experts" ?> aria-current="page"<?cs /if ?>>专家评审</a>
    <a href="/cgi-bin/publicity.cgi"<?cs if:Page.Name == "publicity" ?> aria-current="page"<?cs /if ?>>公示与认定</a><?cs /if ?>
    <?cs if:User.Platform ?><a href="/cgi-bin/summary.cgi"<?cs if:Page.Name == "summary" || Page.Name == "kpi" ?> aria-current="page"<?cs /if ?>>汇总表</a>
    <a href="/cgi-bin/stats.cgi"<?cs if:Page.Name == "stats" ?> aria-current="page"<?cs /if ?>>统计</a><?cs /if ?>
    <a href="/cgi-bin/orgs.cgi"<?cs if:Page.Name == "orgs" || Page.Name == "org" ?> aria-current="page"<?cs /if ?>>申报单位</a>
    <?cs /if ?>
    <?cs if:User.Role == "province" ?>
    <a href="/cgi-bin/batches.cgi"<?cs if:Page.Name == "batches" || Page.Name == "batch" ?> aria-current="page"<?cs /if ?>>申报批次</a>
    <a href="/cgi-bin/accounts.cgi"<?cs if:Page.Name == "accounts" || Page.Name == "account" ?> aria-current="page"<?cs /if ?>>账户管理</a>
    <a href="/cgi-bin/online.cgi"<?cs if:Page.Name == "online" ?> aria-current="page"<?cs /if ?>>在线会话</a>
    <a href="/cgi-bin/audit.cgi"<?cs if:Page.Name == "audit" ?> aria-current="page"<?cs /if ?>>审计日志</a>
    <?cs /if ?>
  </nav>
  <?cs /if ?>
</header>
<div id="idle-warning" class="idle-warning" role="alert" hidden>
  <p>您已较长时间未操作，会话将在 <strong id="idle-left">5</strong> 分钟后过期。未保存的内容请先保存。</p>
  <button type="button" id="idle-keep">继续使用</button>
</div>
<main id="main">
<?cs if:Flash ?><p class="flash" role="status"><?cs var:Flash ?></p><?cs /if ?>
