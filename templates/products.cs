<?cs set:Page.Title = "供需适配库" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card">
  <h1>供需适配库：适用产品及解决方案 <small class="count">附件2</small></h1>
  <p class="lead">审核通过的数字化转型服务商针对<a href="/cgi-bin/scenes.cgi">场景清单</a>的三级场景登记适用产品和解决方案（含已有的和新开发的，附件2 注2）；试点企业在备案入库申请表中选用。</p>
  <?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
  <form method="get" action="/cgi-bin/products.cgi" class="filters" role="search">
    <label for="f-q">产品名称</label> <input id="f-q" name="q" type="search" value="<?cs var:Filter.q ?>" maxlength="100">
    <label for="f-scene">适用场景</label> <select id="f-scene" name="scene"><option value="">全部</option>
    <?cs each:s = SceneList ?><option value="<?cs var:s.id ?>"<?cs if:Filter.scene == s.id ?> selected<?cs /if ?>><?cs var:s.label ?></option><?cs /each ?></select>
    <button type="submit">查找</button> <button type="button" data-print>打印</button>
  </form>
  <?cs call:pager() ?>
  <?cs if:subcount(Products.rows) == 0 ?><p class="hint">没有符合条件的产品。</p><?cs else ?>
  <table class="list"><thead><tr><th>名称</th><th>简述</th><th>价格（万元）</th><th>服务商</th><th>适用场景</th><?cs if:Products.provider ?><th>操作</th><?cs /if ?></tr></thead><tbody>
  <?cs each:p = Products.rows ?><tr id="p-<?cs var:p.id ?>"><td><?cs var:p.name ?></td><td><?cs var:p.summary ?></td><td class="num"><?cs var:p.price ?></td><td><?cs var:p.provider ?></td><td><?cs var:p.scenes ?></td>
    <?cs if:Products.provider ?><td><?cs if:p.mine == "1" ?><a href="/cgi-bin/products.cgi?edit=<?cs var:p.id ?>#edit">修改</a>
      <form method="post" action="/cgi-bin/products.cgi" class="inline" data-confirm="确定删除“<?cs var:p.name ?>”？"><?cs call:csrf() ?>
        <input type="hidden" name="id" value="<?cs var:p.id ?>"><input type="hidden" name="version" value="<?cs var:p.version ?>">
        <button type="submit" name="op" value="delete" class="link danger" aria-label="删除 <?cs var:p.name ?>">删除</button></form><?cs /if ?></td><?cs /if ?></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
</section>
<?cs if:Products.provider ?>
<section class="card" id="edit">
  <?cs if:!Products.approved ?><p class="hint">贵单位的服务商注册经市工信局审核通过后，方可登记产品及解决方案。</p><?cs else ?>
  <h2><?cs if:Form.id ?>修改产品及解决方案<?cs else ?>登记产品及解决方案<?cs /if ?></h2>
  <?cs call:error_summary() ?>
  <form data-autosave="products-new" method="post" action="/cgi-bin/products.cgi" novalidate>
    <?cs call:csrf() ?><input type="hidden" name="op" value="<?cs if:Form.id ?>save<?cs else ?>add<?cs /if ?>">
    <?cs if:Form.id ?><input type="hidden" name="id" value="<?cs var:Form.id ?>"><input type="hidden" name="version" value="<?cs var:Form.version ?>"><?cs /if ?>
    <?cs call:text("name", "名称", "text", 1, 100, "") ?>
    <div class="field<?cs if:Err.summary ?> invalid<?cs /if ?>"><label for="f-summary">简述<span class="req" aria-hidden="true">*</span></label>
      <textarea id="f-summary" name="summary" rows="4" data-maxchars="500"<?cs if:Err.summary ?> aria-invalid="true" aria-describedby="e-summary"<?cs /if ?>><?cs var:Form.summary ?></textarea><?cs call:field_errmsg("summary") ?></div>
    <?cs call:money("price", "价格（万元）", 1, "", "") ?>
    <fieldset class="field<?cs if:Err.scenes ?> invalid<?cs /if ?>"<?cs if:Err.scenes ?> aria-describedby="e-scenes"<?cs /if ?>>
      <legend>适用场景（三级场景，多选）<span class="req" aria-hidden="true">*</span></legend>
      <?cs each:s = SceneList ?><span class="choice"><input type="checkbox" id="f-scenes-<?cs var:s.id ?>" name="scenes" value="<?cs var:s.id ?>"<?cs if:s.on == "1" ?> checked<?cs /if ?>><label for="f-scenes-<?cs var:s.id ?>"><?cs var:s.label ?></label></span><?cs /each ?>
      <?cs call:field_errmsg("scenes") ?>
    </fieldset>
    <div class="actions"><button type="submit" class="primary"><?cs if:Form.id ?>保存修改<?cs else ?>登记<?cs /if ?></button><?cs if:Form.id ?> <a href="/cgi-bin/products.cgi">取消</a><?cs /if ?></div>
  </form><?cs /if ?>
</section>
<?cs /if ?>
<?cs include:"footer.cs" ?>
