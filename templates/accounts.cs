<?cs set:Page.Title = "账户管理" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>账户管理</h1>
<div class="actions"><a class="button primary" href="/cgi-bin/account.cgi">开通审核/专家账户</a></div>
<form class="filters" method="get" action="/cgi-bin/accounts.cgi" role="search">
  <div class="field"><label for="f-q">登录名、名称或统一社会信用代码</label><input id="f-q" name="q" type="search" value="<?cs var:Form.q ?>" maxlength="100"></div>
  <div class="field"><label for="f-role">角色</label>
    <select id="f-role" name="role"><option value="">全部</option>
    <?cs each:x = Roles ?><option value="<?cs var:x.key ?>"<?cs if:Form.role == x.key ?> selected<?cs /if ?>><?cs var:x.label ?></option><?cs /each ?></select></div>
  <div class="field"><label for="f-status">状态</label>
    <select id="f-status" name="status"><option value="">全部</option>
      <option value="active"<?cs if:Form.status == "active" ?> selected<?cs /if ?>>正常</option>
      <option value="disabled"<?cs if:Form.status == "disabled" ?> selected<?cs /if ?>>已停用</option>
      <option value="must_change"<?cs if:Form.status == "must_change" ?> selected<?cs /if ?>>待修改密码</option></select></div>
  <div class="field"><span class="choice"><input type="checkbox" id="f-recent" name="recent" value="1"<?cs if:Form.recent ?> checked<?cs /if ?>><label for="f-recent">近7天注册</label></span></div>
  <input type="hidden" name="sort" value="<?cs var:Filter.sort ?>">
  <div class="field"><button type="submit" class="primary">查询</button></div>
</form>
<?cs if:subcount(Accounts) == 0 ?><p class="panel">没有符合条件的账户。</p><?cs else ?>
<table class="list">
  <thead><tr>
    <th><a href="<?cs var:Filter.base ?>sort=username">登录名</a></th>
    <th><a href="<?cs var:Filter.base ?>sort=name">名称</a></th>
    <th><a href="<?cs var:Filter.base ?>sort=role">角色</a></th>
    <th>地区/管辖范围</th><th>状态</th>
    <th><a href="<?cs var:Filter.base ?>sort=created">开通日期</a></th>
  </tr></thead>
  <tbody>
  <?cs each:a = Accounts ?>
  <tr>
    <td><a href="/cgi-bin/account.cgi?id=<?cs var:a.id ?>"><?cs var:a.username ?></a></td>
    <td><?cs var:a.name ?><?cs if:a.credit_code ?><br><small><?cs var:a.credit_code ?></small><?cs /if ?></td>
    <td><?cs each:x = Roles ?><?cs if:x.key == a.role ?><?cs var:x.label ?><?cs /if ?><?cs /each ?></td>
    <td><?cs var:a.region ?></td>
    <td><?cs if:a.status == "disabled" ?><span class="badge off">已停用</span><?cs elif:a.must_change != "0" ?><span class="badge">待改密码</span><?cs else ?><span class="badge on">正常</span><?cs /if ?></td>
    <td><?cs var:a.created ?></td>
  </tr><?cs /each ?>
  </tbody></table>
<?cs /if ?>
<?cs call:pager() ?>
<?cs include:"footer.cs" ?>
