<?cs # the step forms of 长春's later stages (diag.cs, eval.cs) ?>
<?cs def:file_field(label, hint) ?>
<div class="field<?cs if:Err.upload ?> invalid<?cs /if ?>">
  <label for="f-upload"><?cs var:label ?><span class="req" aria-hidden="true">*</span></label>
  <input id="f-upload" name="upload" type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" data-max-bytes="<?cs var:Upload.MaxBytes ?>" aria-describedby="h-upload<?cs if:Err.upload ?> e-upload<?cs /if ?>">
  <p class="hint" id="h-upload"><?cs var:hint ?>PDF、JPG 或 PNG，不超过 <?cs var:Upload.Limit ?>。</p>
  <?cs call:field_errmsg("upload") ?>
</div>
<?cs /def ?>
<?cs def:radios(n, legend, opts) ?>
<fieldset class="field<?cs if:Err[n] ?> invalid<?cs /if ?>"><legend><?cs var:legend ?><span class="req" aria-hidden="true">*</span></legend>
  <?cs each:o = opts ?><span class="choice"><input type="radio" name="<?cs var:n ?>" value="<?cs var:o.key ?>" id="f-<?cs var:n ?>-<?cs var:o.key ?>"<?cs if:Form[n] == o.key ?> checked<?cs /if ?>><label for="f-<?cs var:n ?>-<?cs var:o.key ?>"><?cs var:o.label ?></label></span><?cs /each ?>
  <?cs call:field_errmsg(n) ?>
</fieldset>
<?cs /def ?>
<?cs # the form of the step(s) this session may take now, up to its fields (the page closes form and section) ?>
<?cs def:step_form(page, title, legend) ?>
<section class="card" id="step">
  <h2><?cs if:subcount(Steps) > 1 ?><?cs var:title ?><?cs else ?><?cs var:Steps.0.label ?><?cs /if ?></h2>
  <?cs call:error_summary() ?>
  <form method="post" enctype="multipart/form-data" action="/cgi-bin/<?cs var:page ?>.cgi?id=<?cs var:App.id ?>" novalidate data-confirm="确定提交？提交后不能撤回，办理结果将通知相关单位并记入办理记录。">
    <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:App.version ?>">
    <?cs if:subcount(Steps) > 1 ?>
    <fieldset class="field"><legend><?cs var:legend ?><span class="req" aria-hidden="true">*</span></legend>
      <?cs each:s = Steps ?><span class="choice"><input type="radio" name="action" value="<?cs var:s.action ?>" id="f-action-<?cs var:name(s) ?>"<?cs if:Form.action == s.action ?> checked<?cs /if ?>><label for="f-action-<?cs var:name(s) ?>"><?cs var:s.label ?></label></span><?cs /each ?>
    </fieldset>
    <?cs else ?><input type="hidden" name="action" value="<?cs var:Steps.0.action ?>"><?cs /if ?>
<?cs /def ?>
<?cs # the head of a stage's page: back to its list, the enterprise, the state, the project's stages ?>
<?cs def:stage_head(page, what) ?>
<p><a href="/cgi-bin/<?cs var:page ?>.cgi">← <?cs var:what ?>项目</a></p>
<section class="card">
  <div class="app-head">
    <h1><?cs var:App.org ?> <small class="count"><?cs var:what ?> · <?cs var:Batch.title ?></small></h1>
    <p><span class="badge state-<?cs var:App.state ?>"><?cs var:App.state_label ?></span><?cs if:App.county ?> · <?cs var:App.city ?> <?cs var:App.county ?><?cs /if ?></p>
    <?cs call:ov_stages() ?>
  </div>
<?cs /def ?>
<?cs def:step_form_end() ?>
    <div class="actions"><button type="submit" class="primary">提交</button></div>
  </form>
</section>
<?cs /def ?>
