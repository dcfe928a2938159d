<?cs set:Page.Title = "第三方评测、审计机构" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<?cs if:OneTime.Password ?><section class="card"><p class="flash" role="status">已开通<?cs var:Kind.label ?>账户 <strong><?cs var:OneTime.Username ?></strong>，初始密码 <strong><code><?cs var:OneTime.Password ?></code></strong>。此密码只显示这一次，请当面或以安全方式告知对方；首次登录须修改密码。</p></section><?cs /if ?>
<section class="card">
  <h1>第三方<?cs var:Kind.label ?> <small class="count"><?cs var:subcount(Evaluators) ?> 个</small></h1>
  <p><?cs if:Kind.key == "auditor" ?><a href="/cgi-bin/evaluators.cgi">评测机构</a> · <strong>审计机构</strong><?cs else ?><strong>评测机构</strong> · <a href="/cgi-bin/evaluators.cgi?kind=auditor">审计机构</a><?cs /if ?></p>
  <?cs if:Kind.key == "auditor" ?><p class="lead">第三方审计机构作为试点项目专项评审单位，对数字化改造期间软硬件投入进行专项审计，为资金拨付提供依据支撑（实施细则 第三章（六））。账户由市工信局开通，审计机构只能看到分配给它的资金申报项目。</p>
  <?cs else ?><p class="lead">政府采购的第三方评测机构负责改造后数字化水平评测和项目验收（实施细则 第三章（五））。账户由市工信局开通，评测机构只能看到分配给它的项目。</p><?cs /if ?>
  <?cs if:subcount(Evaluators) == 0 ?><p class="hint">尚未开通<?cs var:Kind.label ?>账户。</p><?cs else ?>
  <table class="list"><thead><tr><th>登录名</th><th><?cs var:Kind.label ?>名称</th><th>统一社会信用代码</th><th>联系人</th><th>状态</th><th>开通日期</th></tr></thead><tbody>
  <?cs each:e = Evaluators ?><tr><td><?cs var:e.username ?></td><td><?cs var:e.name ?></td><td><?cs var:e.credit_code ?></td><td><?cs var:e.contact ?> <?cs var:e.mobile ?></td><td><?cs var:e.status ?></td><td><?cs var:e.created ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
</section>
<section class="card">
  <h2>开通<?cs var:Kind.label ?>账户</h2>
  <?cs call:error_summary() ?>
  <form data-autosave="evaluators-new-<?cs var:Kind.key ?>" method="post" action="/cgi-bin/evaluators.cgi" novalidate data-confirm="确定开通该<?cs var:Kind.label ?>账户？">
    <?cs call:csrf() ?><input type="hidden" name="op" value="create"><input type="hidden" name="kind" value="<?cs var:Kind.key ?>">
    <div class="fields-2"><div>
      <?cs call:text("display_name", Kind.label + "名称", "text", 1, 100, "") ?>
      <?cs call:text("org_credit_code", "统一社会信用代码", "text", 1, 18, "18位") ?>
      <?cs call:text("username", "登录名", "text", 1, 32, "3至32位小写字母、数字、下划线或连字符，以字母开头") ?>
    </div><div>
      <?cs call:text("contact_person", "联系人", "text", 1, 50, "") ?>
      <?cs call:text("mobile", "联系人手机", "tel", 1, 11, "") ?>
      <?cs call:text("email", "电子邮箱", "email", 0, 254, "") ?>
    </div></div>
    <div class="actions"><button type="submit" class="primary">开通账户</button></div>
  </form>
</section>
<?cs include:"footer.cs" ?>
