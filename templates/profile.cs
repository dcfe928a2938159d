<?cs set:Page.Title = "单位信息" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card">
  <h1>单位信息</h1>
  <?cs if:Conflict ?><p class="error-summary" role="alert">保存失败：单位信息已在别处（例如另一个浏览器标签页）被修改。您填写的内容保留在下方，请核对后再次保存。</p><?cs /if ?>
  <?cs call:error_summary() ?>
  <dl class="kv">
    <dt>单位名称</dt><dd><?cs var:Org.0.name ?></dd>
    <dt>统一社会信用代码</dt><dd><?cs var:Org.0.credit_code ?></dd>
    <dt>所在<?cs call:county_word() ?></dt><dd><?cs var:Org.0.city ?> <?cs var:Org.0.county ?></dd>
  </dl>
  <p class="hint">单位名称、统一社会信用代码和所在<?cs call:county_word() ?>如需变更，请联系<?cs call:authority_word() ?>。</p>
  <form data-autosave="profile" method="post" action="/cgi-bin/profile.cgi" novalidate>
    <?cs call:csrf() ?>
    <input type="hidden" name="version" value="<?cs var:Org.0.version ?>">
    <?cs call:text("contact_person", "联系人", "text", 1, 50, "") ?>
    <?cs call:text("mobile", "联系人手机", "tel", 1, 11, "") ?>
    <?cs call:text("email", "电子邮箱", "email", 1, 254, "") ?>
    <div class="actions"><button type="submit" class="primary">保存</button></div>
  </form>
</section>
<?cs include:"footer.cs" ?>
