<?cs set:Page.Title = "登录会话" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>登录会话</h1>
<p class="lead">以下是您的账户当前有效的登录。超过 <?cs var:Limits.IdleMinutes ?> 分钟未操作，或登录满 <?cs var:Limits.LifeHours ?> 小时，登录即失效，需要重新登录。不认识的会话请立即结束，并修改密码。</p>
<table class="list">
  <thead><tr><th>登录时间</th><th>最近使用</th><th>网络地址</th><th>浏览器</th><th>最晚到期</th><th>操作</th></tr></thead>
  <tbody>
  <?cs each:s = Sessions ?>
  <tr><td><?cs var:s.created ?></td><td><?cs var:s.last_seen ?></td><td><?cs var:s.ip ?></td>
    <td class="small"><?cs var:s.agent ?></td><td><?cs var:s.expires ?></td>
    <td><?cs if:s.current == "1" ?><span class="badge on">本设备</span><?cs else ?>
      <form method="post" action="/cgi-bin/sessions.cgi" data-confirm="确定结束这个会话？使用它的设备需要重新登录。">
        <?cs call:csrf() ?><input type="hidden" name="op" value="end"><input type="hidden" name="sid" value="<?cs var:s.id ?>">
        <button type="submit" class="danger">结束</button></form><?cs /if ?></td></tr>
  <?cs /each ?>
  </tbody>
</table>
<?cs if:SessionCount > 1 ?>
<form method="post" action="/cgi-bin/sessions.cgi" data-confirm="确定结束本设备以外的全部会话？">
  <?cs call:csrf() ?><input type="hidden" name="op" value="others">
  <div class="actions"><button type="submit" class="danger">结束其他全部会话</button></div>
</form>
<?cs /if ?>
<?cs include:"footer.cs" ?>
