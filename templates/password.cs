<?cs set:Page.Title = "修改密码" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card narrow">
  <h1>修改密码</h1>
  <?cs if:Page.MustChange ?><p class="error-summary" role="alert">管理员已为您重置密码。请先设置新密码，然后才能继续使用系统。</p><?cs /if ?>
  <?cs call:error_summary() ?>
  <form method="post" action="/cgi-bin/password.cgi" novalidate>
    <?cs call:csrf() ?>
    <?cs call:password("current", "当前密码", "current-password", "") ?>
    <?cs call:password("password", "新密码", "new-password", "至少10个字符，须同时包含字母和数字") ?>
    <?cs call:password("password2", "确认新密码", "new-password", "") ?>
    <div class="actions"><button type="submit" class="primary">保存新密码</button></div>
  </form>
</section>
<?cs include:"footer.cs" ?>
