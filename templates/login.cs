<?cs set:Page.Title = "登录" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="login-box">
  <h1>用户登录</h1>
  <p class="lead">中小企业数字化转型试点：服务平台、中小企业在线申报，旗县区、盟市、自治区逐级审核。</p>
  <?cs if:Login.Registered ?><p class="flash" role="status">注册成功，请使用新账户登录。</p><?cs /if ?>
  <?cs if:Login.Expired ?><p class="error-summary timeout" role="alert">登录已超时，请重新登录，您填写的内容已保留。登录后将回到原页面，自动恢复您填写的内容并重新保存。</p>
  <?cs elif:Login.Timeout ?><p class="error-summary timeout" role="alert">登录已超时，请重新登录。登录后将回到您刚才打开的页面。</p><?cs /if ?>
  <?cs if:Login.Error ?><p class="error-summary" role="alert"><?cs var:Login.Error ?></p><?cs /if ?>
  <form method="post" action="/cgi-bin/login.cgi" novalidate>
    <?cs call:csrf() ?>
    <?cs if:Login.Next ?><input type="hidden" name="next" value="<?cs var:Login.Next ?>"><?cs /if ?>
    <?cs call:text("username", "登录名", "text", 1, 64, "") ?>
    <?cs call:password("password", "密码", "current-password", "") ?>
    <?cs if:Login.NeedOtp ?><?cs call:otp("otp", "动态验证码", "打开手机上的身份验证器应用，输入本系统对应的6位数字。") ?><?cs /if ?>
    <div class="actions"><button type="submit" class="primary">登录</button></div>
  </form>
  <p class="aside">还没有账户？服务平台和中小企业请 <a href="/cgi-bin/register.cgi">注册申报账户</a>。审核部门和评审专家的账户由自治区工信厅开通。</p>
</section>
<?cs include:"footer.cs" ?>
