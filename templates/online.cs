<?cs set:Page.Title = "在线会话" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>在线会话 <small class="count"><?cs var:OnlineCount ?> 个</small></h1>
<p class="lead">全区各账户当前有效的登录，最近使用的在前（最多显示500个）。发现可疑登录时可以结束该会话，并在账户页重置密码或停用账户。</p>
<?cs if:OnlineCount == 0 ?><p class="panel">没有在线会话。</p><?cs else ?>
<table class="list">
  <thead><tr><th>账户</th><th>角色</th><th>登录时间</th><th>最近使用</th><th>网络地址</th><th>浏览器</th><th>操作</th></tr></thead>
  <tbody>
  <?cs each:s = Online ?>
  <tr><td><a href="/cgi-bin/account.cgi?id=<?cs var:s.account ?>"><?cs var:s.username ?></a><br><small><?cs var:s.name ?></small></td>
    <td><?cs var:s.role_label ?></td><td><?cs var:s.created ?></td><td><?cs var:s.last_seen ?></td><td><?cs var:s.ip ?></td>
    <td class="small"><?cs var:s.agent ?></td>
    <td><?cs if:s.current == "1" ?><span class="badge on">本设备</span><?cs else ?>
      <form method="post" action="/cgi-bin/online.cgi" data-confirm="确定结束该会话？该账户在这台设备上需要重新登录。">
        <?cs call:csrf() ?><input type="hidden" name="op" value="end"><input type="hidden" name="sid" value="<?cs var:s.id ?>">
        <button type="submit" class="danger">结束</button></form><?cs /if ?></td></tr>
  <?cs /each ?>
  </tbody>
</table><?cs /if ?>
<?cs include:"footer.cs" ?>
