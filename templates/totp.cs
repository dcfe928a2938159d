<?cs set:Page.Title = "两步验证" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card narrow">
  <h1>两步验证</h1>
  <?cs call:error_summary() ?>
  <?cs if:Totp.On ?>
  <p class="flash" role="status">两步验证<strong>已开启</strong>：登录时除密码外，还需输入手机身份验证器显示的6位动态验证码。</p>
  <h2>关闭两步验证</h2>
  <form method="post" action="/cgi-bin/totp.cgi" novalidate data-confirm="确定关闭两步验证？关闭后仅凭密码即可登录。">
    <?cs call:csrf() ?><input type="hidden" name="op" value="off">
    <?cs call:password("current", "当前密码", "current-password", "") ?>
    <?cs call:otp("code", "动态验证码", "") ?>
    <div class="actions"><button type="submit" class="danger">关闭两步验证</button></div>
  </form>
  <?cs elif:Totp.Pending ?>
  <ol class="steps">
    <li>在手机上打开身份验证器应用（如 FreeOTP、Google Authenticator、Microsoft Authenticator、腾讯身份验证器），选择“扫描二维码”，扫描下方二维码。</li>
    <li>无法扫描时，可选择“手动输入密钥”：账户填 <code><?cs var:Totp.Account ?></code>，密钥填下方字符（基于时间，6位，30秒）。</li>
    <li>输入应用中显示的6位数字，点击“确认开启”。</li>
  </ol>
  <p class="qr-enrol"><img src="<?cs var:Totp.Qr ?>" width="220" height="220" alt="两步验证密钥的二维码（otpauth 格式）"></p>
  <p>密钥：<code class="totp-key"><?cs var:Totp.Key ?></code></p>
  <p class="hint">请勿将二维码或密钥告诉他人。工作人员不会向您索取动态验证码。</p>
  <form method="post" action="/cgi-bin/totp.cgi" novalidate>
    <?cs call:csrf() ?><input type="hidden" name="op" value="confirm">
    <?cs call:otp("code", "动态验证码", "身份验证器中本系统对应的6位数字") ?>
    <?cs call:password("current", "当前密码", "current-password", "开启前再次确认是您本人") ?>
    <div class="actions"><button type="submit" class="primary">确认开启</button></div>
  </form>
  <form method="post" action="/cgi-bin/totp.cgi">
    <?cs call:csrf() ?><input type="hidden" name="op" value="cancel">
    <div class="actions"><button type="submit">取消</button></div>
  </form>
  <?cs else ?>
  <p>两步验证<strong>未开启</strong>。开启后，登录时除密码外还需输入手机身份验证器应用生成的6位动态验证码（每30秒更新），即使密码泄露，他人也无法登录您的审核账户。</p>
  <p class="hint">需要一部装有身份验证器应用的手机。手机遗失时，请联系自治区工信厅管理员关闭两步验证。</p>
  <form method="post" action="/cgi-bin/totp.cgi" novalidate>
    <?cs call:csrf() ?><input type="hidden" name="op" value="start">
    <?cs call:password("current", "当前密码", "current-password", "设置两步验证前请再次输入密码") ?>
    <div class="actions"><button type="submit" class="primary">开启两步验证</button></div>
  </form>
  <?cs /if ?>
</section>
<?cs include:"footer.cs" ?>
