<?cs set:Page.Title = "审计日志" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>审计日志</h1>
<p class="lead">每条记录都与上一条以 SHA-256 链接；任何修改或删除都会被 <code>dtpilot-admin audit-verify</code> 发现。</p>
<form class="filters" method="get" action="/cgi-bin/audit.cgi" role="search">
  <div class="field"><label for="f-user">操作人登录名</label><input id="f-user" name="user" type="search" value="<?cs var:Form.user ?>" maxlength="64"></div>
  <div class="field"><label for="f-action">操作</label>
    <select id="f-action" name="action">
      <option value="">全部操作</option>
      <?cs each:k = AuditKinds ?><option value="<?cs var:k.key ?>"<?cs if:Form.action == k.key ?> selected<?cs /if ?>><?cs var:k.label ?></option><?cs /each ?>
    </select></div>
  <div class="field"><label for="f-object">对象编号</label><input id="f-object" name="object" type="text" inputmode="numeric" value="<?cs var:Form.object ?>"></div>
  <div class="field"><button type="submit" class="primary">查询</button></div>
</form>
<table class="list">
  <thead><tr><th>时间</th><th>操作人</th><th>操作</th><th>对象</th><th>内容</th><th>IP</th><th>哈希</th></tr></thead>
  <tbody>
  <?cs each:e = Log ?>
  <tr><td><?cs var:e.at ?></td><td><?cs var:e.username ?></td><td title="<?cs var:e.action ?>"><?cs var:e.action_label ?></td>
    <td data-object="<?cs var:e.object_id ?>"><?cs if:e.href ?><a href="<?cs var:e.href ?>"><?cs var:e.object ?></a><?cs else ?><?cs var:e.object ?><?cs /if ?></td><td class="opinion"><?cs if:e.before ?><?cs var:e.before ?> → <?cs /if ?><?cs var:e.after ?></td><td><?cs var:e.ip ?></td><td><code><?cs var:e.hash ?></code></td></tr>
  <?cs /each ?>
  </tbody>
</table>
<?cs call:pager() ?>
<?cs include:"footer.cs" ?>
