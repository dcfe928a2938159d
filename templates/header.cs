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
<body<?cs if:Login.Expired || Error.Resave ?> data-resave="1"<?cs elif:Error.Status ?> data-error="<?cs var:Error.Status ?>"<?cs /if ?><?cs if:User.Id ?> data-idle="<?cs var:Session.IdleSeconds ?>" data-life="<?cs var:Session.LifeSeconds ?>" data-warn="<?cs var:Session.WarnSeconds ?>" data-csrf="<?cs var:Csrf ?>" data-user="<?cs var:User.Id ?>"<?cs /if ?>>
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
    <?cs each:m = Menu ?><a href="<?cs var:m.href ?>"<?cs if:m.current == "1" ?> aria-current="page"<?cs /if ?>><?cs var:m.label ?></a>
    <?cs /each ?>
  </nav>
  <?cs /if ?>
</header>
<div id="idle-warning" class="idle-warning" role="alert" hidden>
  <p>您已较长时间未操作，会话将在 <strong id="idle-left">5</strong> 分钟后过期。未保存的内容请先保存。</p>
  <button type="button" id="idle-keep">继续使用</button>
</div>
<main id="main">
<?cs if:Flash ?><p class="flash" role="status"><?cs var:Flash ?></p><?cs /if ?>
