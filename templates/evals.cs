<?cs set:Page.Title = "水平评测" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card">
  <h1>水平评测项目</h1>
  <p class="lead">市工信局为试点项目分配第三方评测机构，评测机构按四个维度评定改造后的数字化水平等级，市工信局复核认定（实施细则 第四章（四））。</p>
  <form method="get" action="/cgi-bin/eval.cgi" class="filters">
    <div class="field"><label for="f-q">企业名称</label><input id="f-q" name="q" type="search" value="<?cs var:Form.q ?>" maxlength="100"></div>
    <input type="hidden" name="sort" value="<?cs var:Filter.sort ?>">
    <button type="submit">查询</button>
  </form>
  <?cs if:subcount(Evals) == 0 ?><p class="hint">暂无水平评测项目。</p><?cs else ?>
  <table class="list"><thead><tr><th><a href="<?cs var:Filter.base ?>sort=org">企业名称</a></th><th>所属县（市、区）</th><th>评测机构</th><th><a href="<?cs var:Filter.base ?>sort=state">状态</a></th><th><a href="<?cs var:Filter.base ?>sort=total">总分</a></th><th>等级</th></tr></thead><tbody>
  <?cs each:e = Evals ?><tr><td><a href="/cgi-bin/eval.cgi?id=<?cs var:e.id ?>"><?cs var:e.org ?></a></td><td><?cs var:e.county ?></td><td><?cs var:e.evaluator ?></td><td><?cs var:e.state_label ?></td><td><?cs var:e.total ?></td><td><?cs var:e.level_label ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
  <?cs call:pager() ?>
</section>
<?cs include:"footer.cs" ?>
