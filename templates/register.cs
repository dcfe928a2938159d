<?cs set:Page.Title = "注册申报账户" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card">
  <h1>注册申报账户</h1>
  <p class="lead">服务平台（数字化转型服务商）和中小企业在此注册后在线申报。数字化转型服务商注册后由所在市工信局审核。审核部门、评审专家和评测机构的账户由主管部门开通，无需注册。带 <span class="req">*</span> 的为必填项。</p>
  <?cs if:Register.Throttled ?><p class="error-summary" role="alert">本网络地址的注册次数过多，请一小时后再试。如需帮助，请联系管理员。</p><?cs /if ?>
  <?cs call:error_summary() ?>
  <form method="post" action="/cgi-bin/register.cgi" novalidate>
    <?cs call:csrf() ?>
    <fieldset class="field<?cs if:Err.kind ?> invalid<?cs /if ?>">
      <legend>申报主体类型<span class="req" aria-hidden="true">*</span></legend>
      <span class="choice"><input type="radio" name="kind" value="platform" id="f-kind"<?cs if:Form.kind == "platform" ?> checked<?cs /if ?>><label for="f-kind">服务平台（数字化转型服务商）</label></span>
      <span class="choice"><input type="radio" name="kind" value="enterprise" id="f-kind-e"<?cs if:Form.kind == "enterprise" ?> checked<?cs /if ?>><label for="f-kind-e">中小企业</label></span>
      <span class="choice"><input type="radio" name="kind" value="provider" id="f-kind-p"<?cs if:Form.kind == "provider" ?> checked<?cs /if ?>><label for="f-kind-p">数字化转型服务商（长春等市级试点，经市工信局审核后方可被试点企业选择）</label></span>
      <?cs call:field_errmsg("kind") ?>
    </fieldset>
    <div class="fields-2">
      <div>
        <?cs call:text("org_name", "单位名称", "text", 1, 100, "与营业执照一致") ?>
        <?cs call:text("credit_code", "统一社会信用代码", "text", 1, 18, "18位，见营业执照") ?>
        <?cs call:region_select("region", "所在旗县区", 1) ?>
        <?cs call:text("contact_person", "联系人", "text", 1, 50, "") ?>
        <?cs call:text("mobile", "联系人手机", "tel", 1, 11, "") ?>
        <?cs call:text("email", "电子邮箱", "email", 1, 254, "") ?>
        <?cs call:text("services", "主要服务领域（服务商填写）", "text", 0, 500, "数字化转型服务商必填：咨询诊断、数字化改造的主要产品和服务") ?>
      </div>
      <div>
        <?cs call:text("username", "登录名", "text", 1, 32, "3至32位小写字母、数字、下划线或连字符，以字母开头") ?>
        <?cs call:password("password", "密码", "new-password", "至少12个字符，字母、数字、空格、汉字均可；不能是常见密码。一句容易记住的话最好") ?>
        <?cs call:password("password2", "确认密码", "new-password", "") ?>
      </div>
    </div>
    <div class="actions"><button type="submit" class="primary">注册</button><a class="button" href="/cgi-bin/login.cgi">返回登录</a></div>
  </form>
</section>
<?cs include:"footer.cs" ?>
