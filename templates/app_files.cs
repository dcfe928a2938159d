<?cs set:Page.Title = "附件材料" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<p><a href="/cgi-bin/<?cs var:Prog.overview ?>.cgi?id=<?cs var:App.id ?>">← <?cs var:Prog.document ?></a></p>
<section class="card">
  <h1>附件材料</h1>
  <?cs call:error_summary() ?>
  <table class="list">
    <thead><tr><th>申报材料</th><th>文件</th><th>大小</th><th>上传时间</th><th>操作</th></tr></thead>
    <tbody>
    <?cs each:f = Files ?><?cs if:f.ent == "0" ?>
    <tr><td><?cs each:k = FileKinds ?><?cs if:k.key == f.kind ?><?cs var:k.label ?><?cs /if ?><?cs /each ?></td>
      <td><a href="/cgi-bin/file.cgi?id=<?cs var:f.id ?>"><?cs var:f.filename ?></a><?cs if:f.reused > 0 && !App.owner ?> <span class="badge off">同一文件也出现在其他 <?cs var:f.reused ?> 个平台的申报中</span><?cs /if ?></td><td><?cs var:f.size_h ?></td><td><?cs var:f.at ?></td>
      <td><?cs if:App.editable ?><form class="inline" method="post" enctype="multipart/form-data" action="/cgi-bin/app_files.cgi?id=<?cs var:App.id ?>" data-confirm="确定删除此文件？">
        <?cs call:csrf() ?><input type="hidden" name="op" value="delete"><input type="hidden" name="file" value="<?cs var:f.id ?>"><button type="submit" class="link">删除</button></form><?cs /if ?></td></tr>
    <?cs /if ?><?cs /each ?>
    </tbody>
  </table>
  <?cs if:FilesHint ?><p class="hint"><?cs var:FilesHint ?></p><?cs /if ?>
</section>
<?cs if:App.editable ?>
<section class="card">
  <h2>上传材料</h2>
  <form method="post" enctype="multipart/form-data" action="/cgi-bin/app_files.cgi?id=<?cs var:App.id ?>" novalidate>
    <?cs call:csrf() ?><input type="hidden" name="op" value="upload">
    <fieldset class="field<?cs if:Err.kind ?> invalid<?cs /if ?>">
      <legend>材料类别<span class="req" aria-hidden="true">*</span></legend>
      <?cs each:k = FileKinds ?><span class="choice"><input type="radio" name="kind" value="<?cs var:k.key ?>" id="f-<?cs var:k.key ?>"<?cs if:Form.kind == k.key ?> checked<?cs /if ?>><label for="f-<?cs var:k.key ?>"><?cs var:k.label ?><?cs if:k.required == "1" ?>（必需）<?cs /if ?></label></span>
      <?cs /each ?>
      <?cs call:field_errmsg("kind") ?>
    </fieldset>
    <div class="field<?cs if:Err.upload ?> invalid<?cs /if ?>">
      <label for="f-upload">文件<span class="req" aria-hidden="true">*</span></label>
      <input id="f-upload" name="upload" type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" data-max-bytes="<?cs var:Upload.MaxBytes ?>" aria-describedby="h-upload<?cs if:Err.upload ?> e-upload<?cs /if ?>">
      <p class="hint" id="h-upload">PDF、JPG 或 PNG，不超过 <?cs var:Upload.Limit ?>（按文件内容判断类型，与扩展名无关）。</p>
      <?cs call:field_errmsg("upload") ?>
    </div>
    <div class="actions"><button type="submit" class="primary">上传</button></div>
  </form>
</section>
<?cs /if ?>
<?cs include:"footer.cs" ?>
