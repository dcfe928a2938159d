<?cs set:Page.Title = "需求、问题和场景清单" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card">
  <h1>中小企业数字化转型需求、问题和场景清单 <small class="count">附件2</small></h1>
  <p class="lead">一级场景请勿删减；在保留现有框架基础上，市工信局可结合细分行业特点对二级、三级场景进行增补（附件2 注1）。各场景的适用产品及解决方案由审核通过的服务商在<a href="/cgi-bin/products.cgi">供需适配库</a>中登记（注2）。</p>
  <?cs if:!Scenes.count && !Filter.q ?><p class="hint">本市尚无场景清单。</p><?cs else ?>
  <form method="get" action="/cgi-bin/scenes.cgi" class="filters" role="search">
    <label for="f-q">场景名称</label> <input id="f-q" name="q" type="search" value="<?cs var:Filter.q ?>" maxlength="100">
    <button type="submit">查找</button><?cs if:Filter.q ?> <a href="/cgi-bin/scenes.cgi">全部场景</a><?cs /if ?>
    <button type="button" data-print>打印</button>
  </form>
  <p class="count">共 <?cs var:Scenes.count ?> 个场景</p>
  <table class="list scenes"><thead><tr><th>编号</th><th>一级场景</th><th>二级场景</th><th>三级场景</th><th>问题及需求分析（含行业共性需求与企业个性需求）</th><th>场景描述</th><th>适用产品及解决方案</th></tr></thead><tbody>
  <?cs each:s = Scenes.rows ?><tr id="s-<?cs var:s.id ?>" class="level-<?cs var:s.level ?>"><td><?cs var:s.code ?><?cs if:s.seed_code ?><br><small>（原清单编号 <?cs var:s.seed_code ?>）</small><?cs /if ?></td>
    <td><?cs if:s.level == 1 ?><?cs var:s.name ?><?cs /if ?></td><td><?cs if:s.level == 2 ?><?cs var:s.name ?><?cs /if ?></td>
    <td><?cs if:s.level == 3 ?><?cs var:s.name ?><?cs /if ?><?cs if:s.added == "1" ?> <span class="badge">市增补</span><?cs /if ?></td>
    <td><?cs var:s.needs ?></td><td><?cs var:s.description ?></td>
    <td class="num"><?cs if:s.level == 3 ?><a href="/cgi-bin/products.cgi?scene=<?cs var:s.id ?>"><?cs var:s.products ?> 项</a><?cs /if ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
</section>
<?cs if:Scenes.editor ?>
<section class="card">
  <h2>增补二级、三级场景</h2>
  <?cs call:error_summary() ?>
  <form data-autosave="scenes-new" method="post" action="/cgi-bin/scenes.cgi" novalidate data-confirm="确定增补该场景？增补后各县（市）区、企业和服务商即可看到。">
    <?cs call:csrf() ?><input type="hidden" name="op" value="add">
    <div class="field<?cs if:Err.parent ?> invalid<?cs /if ?>"><label for="f-parent">上级场景<span class="req" aria-hidden="true">*</span></label>
      <select id="f-parent" name="parent"<?cs if:Err.parent ?> aria-invalid="true" aria-describedby="e-parent"<?cs /if ?>><option value="">请选择（一级场景下增补二级，二级场景下增补三级）</option>
      <?cs each:p = Parents ?><option value="<?cs var:p.code ?>"<?cs if:Form.parent == p.code ?> selected<?cs /if ?>><?cs var:p.label ?></option><?cs /each ?></select>
      <?cs call:field_errmsg("parent") ?></div>
    <?cs call:text("name", "场景名称", "text", 1, 100, "") ?>
    <div class="field<?cs if:Err.needs ?> invalid<?cs /if ?>"><label for="f-needs">问题及需求分析</label>
      <textarea id="f-needs" name="needs" rows="3" data-maxchars="1000"><?cs var:Form.needs ?></textarea><?cs call:field_errmsg("needs") ?></div>
    <div class="field<?cs if:Err.description ?> invalid<?cs /if ?>"><label for="f-description">场景描述</label>
      <textarea id="f-description" name="description" rows="3" data-maxchars="1000"><?cs var:Form.description ?></textarea><?cs call:field_errmsg("description") ?></div>
    <div class="actions"><button type="submit" class="primary">增补场景</button></div>
  </form>
</section>
<?cs /if ?>
<?cs include:"footer.cs" ?>
