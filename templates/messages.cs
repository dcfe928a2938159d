<?cs set:Page.Title = "站内消息" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>站内消息</h1>
<?cs if:User.Unread > 0 ?>
<form method="post" action="/cgi-bin/messages.cgi"><?cs call:csrf() ?><input type="hidden" name="op" value="read">
  <div class="actions"><button type="submit">全部标为已读（<?cs var:User.Unread ?> 条未读）</button></div></form>
<?cs /if ?>
<?cs if:subcount(Messages) == 0 ?><p class="panel">没有消息。</p><?cs else ?>
<table class="list"><thead><tr><th>时间</th><th>标题</th><th>内容</th></tr></thead><tbody>
<?cs each:m = Messages ?><tr><td><?cs var:m.at ?><?cs if:m.unread == "1" ?> <span class="badge on">未读</span><?cs /if ?></td>
  <td><?cs if:m.app != "0" ?><a href="/cgi-bin/app.cgi?id=<?cs var:m.app ?>"><?cs var:m.title ?></a><?cs else ?><?cs var:m.title ?><?cs /if ?></td><td><?cs var:m.body ?></td></tr><?cs /each ?>
</tbody></table><?cs /if ?>
<?cs call:pager() ?>
<?cs include:"footer.cs" ?>
