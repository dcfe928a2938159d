<?cs include:"macros.cs" ?>
<?cs if:Acct.0.id ?><?cs set:Page.Title = Acct.0.username ?><?cs else ?><?cs set:Page.Title = "开通账户" ?><?cs /if ?>
<?cs include:"header.cs" ?>
<p><a href="/cgi-bin/accounts.cgi">← 账户管理</a></p>
<?cs if:OneTime.Password ?>
<section class="card" role="status">
  <h2>一次性初始密码</h2>
  <p>请通过安全渠道将此密码交给账户使用人。此密码只显示这一次；使用人首次登录后必须设置新密码。</p>
  <p><span class="secret"><?cs var:OneTime.Password ?></span></p>
</section>
<?cs /if ?>
<?cs if:Acct.0.id ?>
<section class="card">
  <h1><?cs var:Acct.0.name ?> <small class="count"><?cs var:Acct.0.username ?></small>
    <?cs if:Acct.0.status == "disabled" ?><span class="badge off">已停用</span><?cs else ?><span class="badge on">正常</span><?cs /if ?></h1>
  <dl class="kv">
    <dt>角色</dt><dd><?cs var:Acct.0.role_label ?></dd>
    <?cs if:Acct.0.credit_code ?><dt>统一社会信用代码</dt><dd><?cs var:Acct.0.credit_code ?></dd><?cs /if ?>
    <?cs if:Acct.0.role == "expert" ?><dt>所在单位</dt><dd><?cs if:Acct.0.org_name || Acct.0.org_credit_code ?><?cs var:Acct.0.org_name ?> <?cs var:Acct.0.org_credit_code ?><?cs else ?>未填写（无法自动回避）<?cs /if ?></dd><?cs /if ?>
    <?cs if:Acct.0.region ?><dt>所在旗县区</dt><dd><?cs var:Acct.0.region ?></dd><?cs /if ?>
    <?cs if:Acct.0.scope ?><dt>管辖范围</dt><dd><?cs var:Acct.0.scope_name ?>（<?cs var:Acct.0.scope ?>）</dd><?cs /if ?>
    <dt>联系人</dt><dd><?cs var:Acct.0.contact ?></dd>
    <dt>联系人手机</dt><dd><?cs var:Acct.0.mobile ?></dd>
    <dt>电子邮箱</dt><dd><?cs var:Acct.0.email ?></dd>
    <dt>开通时间</dt><dd><?cs var:Acct.0.created ?></dd>
    <dt>最近登录</dt><dd><?cs if:Acct.0.last_login ?><?cs var:Acct.0.last_login ?><?cs else ?>从未登录<?cs /if ?></dd>
    <dt>当前会话</dt><dd><?cs var:Acct.0.sessions ?></dd>
    <dt>两步验证</dt><dd><?cs if:Acct.0.totp == "1" ?>已开启<?cs else ?>未开启<?cs /if ?></dd>
    <?cs if:Acct.0.must_change == "1" ?><dt>密码</dt><dd>待使用人修改初始密码</dd><?cs elif:Acct.0.must_change == "2" ?><dt>密码</dt><dd>不符合现行密码规则，待使用人修改</dd><?cs /if ?>
  </dl>
  <div class="actions">
    <?cs if:Acct.0.id != User.Id ?>
    <?cs if:Acct.0.status == "disabled" ?>
    <form method="post" action="/cgi-bin/account.cgi?id=<?cs var:Acct.0.id ?>" data-confirm="确定启用此账户？">
      <?cs call:csrf() ?><input type="hidden" name="op" value="enable"><input type="hidden" name="version" value="<?cs var:Acct.0.version ?>">
      <button type="submit">启用账户</button></form>
    <?cs else ?>
    <form method="post" action="/cgi-bin/account.cgi?id=<?cs var:Acct.0.id ?>" data-confirm="确定停用此账户？停用后该账户立即退出登录且无法再登录。">
      <?cs call:csrf() ?><input type="hidden" name="op" value="disable"><input type="hidden" name="version" value="<?cs var:Acct.0.version ?>">
      <button type="submit" class="danger">停用账户</button></form>
    <?cs /if ?>
    <?cs /if ?>
    <form method="post" action="/cgi-bin/account.cgi?id=<?cs var:Acct.0.id ?>" data-confirm="确定重置密码？原密码立即失效，该账户的登录会话将全部结束。">
      <?cs call:csrf() ?><input type="hidden" name="op" value="reset"><input type="hidden" name="version" value="<?cs var:Acct.0.version ?>">
      <button type="submit">重置密码</button></form>
    <?cs if:Acct.0.totp == "1" && Acct.0.id != User.Id ?>
    <form method="post" action="/cgi-bin/account.cgi?id=<?cs var:Acct.0.id ?>" data-confirm="确定关闭此账户的两步验证？仅在使用人遗失身份验证器时使用；该账户的登录会话将全部结束。">
      <?cs call:csrf() ?><input type="hidden" name="op" value="totp_off"><input type="hidden" name="version" value="<?cs var:Acct.0.version ?>">
      <button type="submit">关闭两步验证</button></form>
    <?cs /if ?>
  </div>
</section>
<section class="card">
  <h2>登录会话 <small class="count"><?cs var:LiveCount ?> 个</small></h2>
  <?cs if:LiveCount == 0 ?><p>该账户当前没有有效的登录。</p><?cs else ?>
  <table class="list"><thead><tr><th>登录时间</th><th>最近使用</th><th>网络地址</th><th>浏览器</th></tr></thead><tbody>
  <?cs each:s = Live ?><tr><td><?cs var:s.created ?></td><td><?cs var:s.last_seen ?></td><td><?cs var:s.ip ?></td><td class="small"><?cs var:s.agent ?></td></tr><?cs /each ?>
  </tbody></table>
  <?cs if:Acct.0.id != User.Id ?>
  <form method="post" action="/cgi-bin/account.cgi?id=<?cs var:Acct.0.id ?>" data-confirm="确定结束该账户的全部登录会话？使用人需要重新登录。">
    <?cs call:csrf() ?><input type="hidden" name="op" value="sessions"><input type="hidden" name="version" value="<?cs var:Acct.0.version ?>">
    <div class="actions"><button type="submit" class="danger">结束全部会话</button></div></form>
  <?cs /if ?><?cs /if ?>
</section>
<?cs if:Acct.0.role == "expert" ?>
<section class="card">
  <h2>所在单位</h2>
  <p>分配评审任务时，专家所在单位与服务平台或其服务企业相同（统一社会信用代码或名称一致）的申请自动回避。同一单位可有多位专家。</p>
  <?cs call:error_summary() ?>
  <form data-autosave="account-<?cs var:Acct.0.id ?>-edit" method="post" action="/cgi-bin/account.cgi?id=<?cs var:Acct.0.id ?>" novalidate>
    <?cs call:csrf() ?><input type="hidden" name="op" value="org"><input type="hidden" name="version" value="<?cs var:Acct.0.version ?>">
    <?cs call:text("org_name", "所在单位名称", "text", 0, 100, "") ?>
    <?cs call:text("org_credit_code", "所在单位统一社会信用代码", "text", 0, 18, "18位，见单位营业执照或法人证书") ?>
    <div class="actions"><button type="submit">保存所在单位</button></div>
  </form>
</section>
<?cs /if ?>
<?cs if:Acct.0.role == "county" || Acct.0.role == "city" ?>
<section class="card">
  <h2>调整管辖范围</h2>
  <form data-autosave="account-<?cs var:Acct.0.id ?>-scope" method="post" action="/cgi-bin/account.cgi?id=<?cs var:Acct.0.id ?>" data-confirm="确定调整管辖范围？该账户将只能看到新范围内的申报。">
    <?cs call:csrf() ?><input type="hidden" name="op" value="scope"><input type="hidden" name="version" value="<?cs var:Acct.0.version ?>">
    <div class="field<?cs if:Err.scope ?> invalid<?cs /if ?>">
      <label for="f-scope">管辖范围</label>
      <select id="f-scope" name="scope"<?cs if:Err.scope ?> aria-invalid="true" aria-describedby="e-scope"<?cs /if ?>>
        <?cs each:g = AllRegions ?><?cs if:g.level == Acct.0.role ?><option value="<?cs var:g.code ?>"<?cs if:Form.scope == g.code ?> selected<?cs /if ?>><?cs var:g.name ?>（<?cs var:g.code ?>）</option><?cs /if ?><?cs /each ?>
      </select>
      <?cs call:field_errmsg("scope") ?>
    </div>
    <div class="actions"><button type="submit">保存管辖范围</button></div>
  </form>
</section>
<?cs /if ?>
<?cs if:Acct.0.role == "platform" || Acct.0.role == "enterprise" ?>
<section class="card">
  <h2>变更所在旗县区</h2>
  <p class="hint">所在旗县区决定由哪个旗县区工信部门初审（申报指南 四（一）），申报单位不能自行更改。变更记入审计日志；其尚未通过初审的申请随之转到新旗县区。</p>
  <form data-autosave="account-<?cs var:Acct.0.id ?>-region" method="post" action="/cgi-bin/account.cgi?id=<?cs var:Acct.0.id ?>" data-confirm="确定变更该申报单位的所在旗县区？其尚未通过初审的申请将转由新旗县区审核。">
    <?cs call:csrf() ?><input type="hidden" name="op" value="region"><input type="hidden" name="version" value="<?cs var:Acct.0.version ?>">
    <div class="field<?cs if:Err.region ?> invalid<?cs /if ?>">
      <label for="f-region">所在旗县区</label>
      <select id="f-region" name="region"<?cs if:Err.region ?> aria-invalid="true" aria-describedby="e-region"<?cs /if ?>>
        <?cs each:g = AllRegions ?><?cs if:g.level == "county" ?><option value="<?cs var:g.code ?>"<?cs if:Form.region == g.code ?> selected<?cs /if ?>><?cs var:g.name ?>（<?cs var:g.code ?>）</option><?cs /if ?><?cs /each ?>
      </select>
      <?cs call:field_errmsg("region") ?>
    </div>
    <div class="actions"><button type="submit">变更所在旗县区</button></div>
  </form>
</section>
<?cs /if ?>
<section class="card">
  <h2>操作记录</h2>
  <?cs if:subcount(History) == 0 ?><p>暂无记录。</p><?cs else ?>
  <table class="list"><thead><tr><th>时间</th><th>操作人</th><th>操作</th><th>说明</th></tr></thead><tbody>
  <?cs each:h = History ?><tr><td><?cs var:h.at ?></td><td><?cs var:h.by ?></td><td><?cs var:h.action ?></td><td><?cs var:h.detail ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
</section>
<?cs else ?>
<section class="card">
  <h1>开通审核/专家账户</h1>
  <p class="lead">旗县区、盟市审核账户只能看到其管辖范围内的申报；评审专家只能看到分配给本人的申报。开通后系统生成一次性初始密码。</p>
  <?cs call:error_summary() ?>
  <form data-autosave="account-new" method="post" action="/cgi-bin/account.cgi" novalidate>
    <?cs call:csrf() ?><input type="hidden" name="op" value="create">
    <div class="field<?cs if:Err.role ?> invalid<?cs /if ?>">
      <label for="f-role">角色<span class="req" aria-hidden="true">*</span></label>
      <select id="f-role" name="role" required<?cs if:Err.role ?> aria-invalid="true" aria-describedby="e-role"<?cs /if ?>>
        <option value="">请选择</option>
        <option value="county"<?cs if:Form.role == "county" ?> selected<?cs /if ?>>旗县区工信部门（初审）</option>
        <option value="city"<?cs if:Form.role == "city" ?> selected<?cs /if ?>>盟市工信部门（审核推荐）</option>
        <option value="province"<?cs if:Form.role == "province" ?> selected<?cs /if ?>>自治区工信厅（管理员）</option>
        <option value="expert"<?cs if:Form.role == "expert" ?> selected<?cs /if ?>>评审专家</option>
        <option value="finance"<?cs if:Form.role == "finance" ?> selected<?cs /if ?>>盟市财政局（资金拨付）</option>
      </select>
      <?cs call:field_errmsg("role") ?>
    </div>
    <div class="field<?cs if:Err.scope ?> invalid<?cs /if ?>">
      <label for="f-scope">管辖范围<span class="req" aria-hidden="true">*</span></label>
      <select id="f-scope" name="scope"<?cs if:Err.scope ?> aria-invalid="true" aria-describedby="e-scope"<?cs /if ?>>
        <option value="">请选择</option>
        <?cs each:g = AllRegions ?><option value="<?cs var:g.code ?>"<?cs if:Form.scope == g.code ?> selected<?cs /if ?>><?cs if:g.level == "county" ?>　　<?cs elif:g.level == "city" ?>　<?cs /if ?><?cs var:g.name ?></option><?cs /each ?>
      </select>
      <p class="hint">旗县区账户选一个旗县区，盟市账户选一个盟市，自治区账户选内蒙古自治区；评审专家无需选择。</p>
      <?cs call:field_errmsg("scope") ?>
    </div>
    <?cs call:text("username", "登录名", "text", 1, 32, "3至32位小写字母、数字、下划线或连字符，以字母开头") ?>
    <?cs call:text("display_name", "单位或姓名", "text", 1, 100, "例如：九原区工业和信息化局；专家填写姓名") ?>
    <?cs call:text("org_name", "所在单位名称", "text", 0, 100, "评审专家填写，用于利益冲突回避") ?>
    <?cs call:text("org_credit_code", "所在单位统一社会信用代码", "text", 0, 18, "评审专家填写；同一单位的多位专家可填写相同代码") ?>
    <?cs call:text("contact_person", "联系人", "text", 0, 50, "") ?>
    <?cs call:text("mobile", "联系人手机", "tel", 0, 11, "") ?>
    <?cs call:text("email", "电子邮箱", "email", 0, 254, "") ?>
    <div class="actions"><button type="submit" class="primary">开通账户</button></div>
  </form>
</section>
<?cs /if ?>
<?cs include:"footer.cs" ?>
