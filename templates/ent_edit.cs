<?cs set:Page.Title = Section.title ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<p><a href="/cgi-bin/ent.cgi?id=<?cs var:App.id ?>">← 申报书（<?cs var:App.state_label ?>）</a></p>
<nav class="section-nav" aria-label="申报表各部分">
  <?cs each:s = SectionList ?><a href="/cgi-bin/ent_edit.cgi?id=<?cs var:App.id ?>&amp;section=<?cs var:s.key ?>"<?cs if:s.key == Section.key ?> aria-current="page"<?cs /if ?>><?cs var:s.title ?></a><?cs /each ?>
</nav>
<section class="card">
  <h1><?cs var:Section.title ?></h1>
  <?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
  <?cs if:Conflict ?><p class="error-summary" role="alert">保存失败：这一部分已在别处（例如另一个浏览器标签页）保存过。您刚填写的内容保留在下方；请核对后再次保存。</p><?cs /if ?>
  <?cs call:error_summary() ?>
  <?cs if:Section.key == "e1" ?>
  <dl class="kv computed"><dt>企业名称</dt><dd><?cs var:App.org ?></dd><dt>企业信用代码</dt><dd><?cs var:App.credit_code ?></dd>
    <dt>生产经营情况年度</dt><dd><?cs var:Batch.data_year ?>年（截至<?cs var:Batch.data_year ?>年底）</dd></dl>
  <?cs /if ?>
  <form method="post" action="/cgi-bin/ent_edit.cgi?id=<?cs var:App.id ?>&amp;section=<?cs var:Section.key ?>" novalidate<?cs if:App.editable ?> data-autosave="ent-<?cs var:App.id ?>-<?cs var:Section.key ?>"<?cs /if ?>>
  <?cs call:csrf() ?>
  <input type="hidden" name="sv" value="<?cs if:Form.sv ?><?cs var:Form.sv ?><?cs else ?><?cs var:Sections[Section.key].version ?><?cs /if ?>">
  <fieldset<?cs if:!App.editable ?> disabled<?cs /if ?> class="plain">
  <?cs each:f = Fields ?>
    <?cs if:f.heading ?><h3 class="group-heading"><?cs var:f.heading ?></h3><?cs /if ?>
    <?cs if:f.type == "bool" ?>
    <span class="choice<?cs if:Err[f.name] ?> invalid<?cs /if ?><?cs if:string.length(f.label) > 60 ?> wide<?cs /if ?>"><input type="checkbox" id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>" value="1"<?cs if:Form[f.name] == "1" ?> checked<?cs /if ?>><label for="f-<?cs var:f.name ?>"><?cs var:f.label ?></label></span>
    <?cs elif:f.type == "othertext" ?>
    <span class="choice other<?cs if:Err[f.name] ?> invalid<?cs /if ?>"><label class="sr" for="f-<?cs var:f.name ?>"><?cs var:f.label ?></label><input type="text" id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>" value="<?cs var:Form[f.name] ?>" maxlength="100" placeholder="其他（请填写）"<?cs if:Err[f.name] ?> aria-invalid="true" aria-describedby="e-<?cs var:f.name ?>"<?cs /if ?>><?cs call:field_errmsg(f.name) ?></span>
    <?cs elif:f.type == "choice" ?>
    <fieldset class="field<?cs if:Err[f.name] ?> invalid<?cs /if ?>"<?cs if:Err[f.name] ?> aria-describedby="e-<?cs var:f.name ?>"<?cs /if ?>>
      <legend><?cs var:f.label ?><?cs if:f.submit ?><span class="req" aria-hidden="true">*</span><?cs /if ?></legend>
      <?cs each:o = f.options ?><span class="choice"><input type="radio" id="f-<?cs var:f.name ?>-<?cs var:o.key ?>" name="<?cs var:f.name ?>" value="<?cs var:o.key ?>"<?cs if:Form[f.name] == o.key ?> checked<?cs /if ?>><label for="f-<?cs var:f.name ?>-<?cs var:o.key ?>"><?cs var:o.label ?></label></span><?cs /each ?>
      <?cs if:f.hint ?><p class="hint"><?cs var:f.hint ?></p><?cs /if ?>
      <?cs call:field_errmsg(f.name) ?>
    </fieldset>
    <?cs elif:f.type == "text" ?>
    <div class="field<?cs if:Err[f.name] ?> invalid<?cs /if ?>">
      <?cs call:field_label(f.name, f.label, f.submit) ?>
      <textarea id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>" rows="6" data-maxchars="<?cs var:f.max ?>" aria-describedby="c-<?cs var:f.name ?><?cs if:Err[f.name] ?> e-<?cs var:f.name ?><?cs /if ?>"<?cs if:Err[f.name] ?> aria-invalid="true"<?cs /if ?>><?cs var:Form[f.name] ?></textarea>
      <p class="counter" id="c-<?cs var:f.name ?>">最多 <?cs var:f.max ?> 字</p>
      <?cs call:field_errmsg(f.name) ?>
    </div>
    <?cs elif:f.type == "region" && Locked[f.name] ?>
      <?cs call:locked_region(f.name, f.label) ?>
    <?cs elif:f.type == "region" ?>
    <div class="field<?cs if:Err[f.name] ?> invalid<?cs /if ?>">
      <?cs call:field_label(f.name, f.label, f.submit) ?>
      <select id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>"<?cs if:Err[f.name] ?> aria-invalid="true" aria-describedby="e-<?cs var:f.name ?>"<?cs /if ?>><option value="">请选择</option>
        <?cs each:c = Counties ?><option value="<?cs var:c.code ?>"<?cs if:Form[f.name] == c.code ?> selected<?cs /if ?>><?cs var:c.name ?></option><?cs /each ?></select>
      <?cs call:field_errmsg(f.name) ?>
    </div>
    <?cs else ?>
      <?cs if:f.type == "date" ?><?cs set:ftype = "date" ?><?cs elif:f.type == "tel" ?><?cs set:ftype = "tel" ?><?cs else ?><?cs set:ftype = "text" ?><?cs /if ?>
      <?cs if:f.name == "e_revenue" ?><h3 class="group-heading">生产经营情况（<?cs var:Batch.data_year ?>年）</h3><?cs /if ?>
      <?cs call:text(f.name, f.label, ftype, f.submit, f.max, f.hint) ?>
    <?cs /if ?>
  <?cs /each ?>
  </fieldset>
  <?cs if:App.editable ?><div class="actions"><button type="submit" class="primary">保存草稿</button>
    <?cs if:Sections[Section.key].saved_at ?><span class="hint">最近保存：<?cs var:Sections[Section.key].saved_at ?></span><?cs /if ?></div><?cs /if ?>
  </form>
</section>
<?cs include:"footer.cs" ?>
