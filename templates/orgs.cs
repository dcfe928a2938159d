<?cs set:Page.Title = "申报单位" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>申报单位 <small class="count"><?cs var:User.RegionName ?></small></h1>
<form class="filters" method="get" action="/cgi-bin/orgs.cgi" role="search">
  <div class="field"><label for="f-q">单位名称或统一社会信用代码</label><input id="f-q" name="q" type="search" value="<?cs var:Form.q ?>" maxlength="100"></div>
  <div class="field"><label for="f-role">申报主体类型</label>
    <select id="f-role" name="role"><option value="">全部</option>
      <option value="platform"<?cs if:Form.role == "platform" ?> selected<?cs /if ?>>服务平台</option>
      <option value="enterprise"<?cs if:Form.role == "enterprise" ?> selected<?cs /if ?>>中小企业</option></select></div>
  <?cs if:subcount(Scope.Regions) > 0 ?>
  <div class="field"><label for="f-region">地区</label>
    <select id="f-region" name="region"><option value="">全部</option>
      <?cs each:g = Scope.Regions ?><option value="<?cs var:g.code ?>"<?cs if:Form.region == g.code ?> selected<?cs /if ?>><?cs if:g.level == "county" ?>　<?cs /if ?><?cs var:g.name ?></option><?cs /each ?></select></div>
  <?cs /if ?>
  <div class="field"><span class="choice"><input type="checkbox" id="f-recent" name="recent" value="1"<?cs if:Form.recent ?> checked<?cs /if ?>><label for="f-recent">近7天注册</label></span></div>
  <input type="hidden" name="sort" value="<?cs var:Filter.sort ?>">
  <div class="field"><button type="submit" class="primary">查询</button></div>
</form>
<?cs if:subcount(Orgs) == 0 ?>
<p class="panel">没有符合条件的申报单位。</p>
<?cs else ?>
<table class="list">
  <thead><tr>
    <th scope="col"<?cs if:Filter.sort == "name" ?> aria-sort="ascending"<?cs /if ?>><a href="<?cs var:Filter.base ?>sort=name"<?cs if:Filter.sort == "name" ?> aria-current="true"<?cs /if ?>>单位名称</a></th>
    <th>统一社会信用代码</th><th>类型</th>
    <th scope="col"<?cs if:Filter.sort == "region" ?> aria-sort="ascending"<?cs /if ?>><a href="<?cs var:Filter.base ?>sort=region"<?cs if:Filter.sort == "region" ?> aria-current="true"<?cs /if ?>>所在地区</a></th>
    <th>联系人</th><th>联系电话</th>
    <th scope="col"<?cs if:Filter.sort == "created" ?> aria-sort="descending"<?cs /if ?>><a href="<?cs var:Filter.base ?>sort=created"<?cs if:Filter.sort == "created" ?> aria-current="true"<?cs /if ?>>注册日期</a></th>
  </tr></thead>
  <tbody>
  <?cs each:o = Orgs ?>
  <tr>
    <td><a href="/cgi-bin/org.cgi?id=<?cs var:o.id ?>"><?cs var:o.name ?></a><?cs if:o.status == "disabled" ?> <span class="badge off">已停用</span><?cs /if ?></td>
    <td><?cs var:o.credit_code ?></td>
    <td><?cs if:o.role == "platform" ?>服务平台<?cs else ?>中小企业<?cs /if ?></td>
    <td><?cs var:o.city ?> <?cs var:o.county ?></td>
    <td><?cs var:o.contact ?></td><td><?cs var:o.mobile ?></td><td><?cs var:o.created ?></td>
  </tr><?cs /each ?>
  </tbody></table>
<?cs /if ?>
<?cs call:pager() ?>
<?cs include:"footer.cs" ?>
