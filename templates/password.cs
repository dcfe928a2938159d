<?cs set:Page.Title = "修改密码" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card narrow">
  <h1>修改密码</h1>
  <?cs if:Page.MustChange == 2 ?><p class="error-summary" role="alert">您的密码不符合现行密码规则（少于12个字符，或是常见密码）。请先设置新密码，然后才能继续使用系统。</p>
  <?cs elif:Page.MustChange ?><p class="error-summary" role="alert">管理员已为您重置密码。请先设置新密码，然后才能继续使用系统。</p><?cs /if ?>
  <?cs call:error_summary() ?>
  <form method="post" action="/cgi-bin/password.cgi" novalidate>
    <?cs call:csrf() ?>
    <?cs call:password("current", "当前密码", "current-password", "") ?>
    <?cs call:password("password", "新密码", "new-password", "至少12个字符，字母、数字、空格、汉字均可；不能是常见密码。一句容易记住的话最好") ?>
    <?cs call:password("password2", "确认新密码", "new-password", "") ?>
    <div class="actions"><button type="submit" class="primary">保存新密码</button></div>
  </form>
</section>
<?cs include:"footer.cs" ?>
