<?cs set:Page.Title = "审核" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>审核 <small class="count"><?cs var:User.RegionName ?></small></h1>
<form class="filters" method="get" action="/cgi-bin/queue.cgi" role="search">
  <div class="field"><label for="f-q">平台名称或统一社会信用代码</label><input id="f-q" name="q" type="search" value="<?cs var:Form.q ?>" maxlength="100"></div>
  <div class="field"><label for="f-state">状态</label>
    <select id="f-state" name="state"><option value="todo"<?cs if:Filter.state == "todo" ?> selected<?cs /if ?>>待本级办理</option><option value="all"<?cs if:Filter.state == "all" ?> selected<?cs /if ?>>全部</option>
    <?cs each:s = States ?><option value="<?cs var:s.key ?>"<?cs if:Filter.state == s.key ?> selected<?cs /if ?>><?cs var:s.label ?></option><?cs /each ?></select></div>
  <div class="field"><label for="f-sub">细分行业</label>
    <select id="f-sub" name="sub"><option value="">全部</option>
    <?cs each:s = SubInd ?><option value="<?cs var:s.seq ?>"<?cs if:Form.sub == s.seq ?> selected<?cs /if ?>><?cs var:s.seq ?>. <?cs var:s.name ?></option><?cs /each ?></select></div>
  <?cs if:subcount(Scope.Regions) > 0 ?>
  <div class="field"><label for="f-region">地区</label>
    <select id="f-region" name="region"><option value="">全部</option>
      <?cs each:g = Scope.Regions ?><option value="<?cs var:g.code ?>"<?cs if:Form.region == g.code ?> selected<?cs /if ?>><?cs if:g.level == "county" ?>　<?cs /if ?><?cs var:g.name ?></option><?cs /each ?></select></div>
  <?cs /if ?>
  <input type="hidden" name="sort" value="<?cs var:Filter.sort ?>">
  <div class="field"><button type="submit" class="primary">查询</button></div>
</form>
<?cs if:subcount(Queue) == 0 ?><p class="panel">没有符合条件的申请。</p><?cs else ?>
<table class="list">
  <thead><tr>
    <th><a href="<?cs var:Filter.base ?>sort=name">服务平台</a></th>
    <th><a href="<?cs var:Filter.base ?>sort=region">所在地区</a></th>
    <th><a href="<?cs var:Filter.base ?>sort=subind">细分行业</a></th>
    <th>状态</th><th><a href="<?cs var:Filter.base ?>sort=submitted">提交时间</a></th>
    <th class="num">服务企业</th><th class="num">奖补资金（万元）</th>
  </tr></thead>
  <tbody>
  <?cs each:a = Queue ?>
  <tr>
    <td><a href="/cgi-bin/<?cs var:a.page ?>.cgi?id=<?cs var:a.id ?>"><?cs var:a.org ?></a><br><small><?cs var:a.credit_code ?></small></td>
    <td><?cs var:a.city ?> <?cs var:a.county ?></td><td><?cs var:a.sub_industry ?></td>
    <td><span class="badge state-<?cs var:a.state ?>"><?cs var:a.state_label ?></span><?cs if:a.updated == "1" ?> <span class="badge off">有新版本</span><?cs /if ?></td>
    <td><?cs var:a.submitted_at ?>（第 <?cs var:a.version ?> 版）</td>
    <td class="num"><?cs var:a.ents ?></td><td class="num"><?cs var:a.subsidy ?></td>
  </tr><?cs /each ?>
  </tbody></table>
<?cs /if ?>
<?cs call:pager() ?>
<?cs include:"footer.cs" ?>
