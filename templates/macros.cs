<?cs # Form macros.  Every input has a <label for> with the official field
      name, the user's input kept in Form.<name>, and the message for that
      field in Err.<name>, linked by aria-describedby. ?>
<?cs # the user's programme's words for its levels and authority (内蒙古's without one) ?>
<?cs def:county_word() ?><?cs if:UserProg.county_level ?><?cs var:UserProg.county_level ?><?cs else ?>旗县区<?cs /if ?><?cs /def ?>
<?cs def:city_word() ?><?cs if:UserProg.city_level ?><?cs var:UserProg.city_level ?><?cs else ?>盟市<?cs /if ?><?cs /def ?>
<?cs def:authority_word() ?><?cs if:UserProg.authority ?><?cs var:UserProg.authority ?><?cs else ?>自治区工信厅<?cs /if ?><?cs /def ?>
<?cs def:field_errmsg(n) ?><?cs if:Err[n] ?><p class="err" id="e-<?cs var:n ?>"><?cs var:Err[n] ?></p><?cs /if ?><?cs /def ?>
<?cs def:field_label(n, label, req) ?><label for="f-<?cs var:n ?>"><?cs var:label ?><?cs if:req ?><span class="req" aria-hidden="true">*</span><?cs /if ?></label><?cs /def ?>

<?cs def:text(n, label, type, req, max, hint) ?>
<div class="field<?cs if:Err[n] ?> invalid<?cs /if ?>">
  <?cs call:field_label(n, label, req) ?>
  <input id="f-<?cs var:n ?>" name="<?cs var:n ?>" type="<?cs var:type ?>" value="<?cs var:Form[n] ?>"<?cs if:max ?> maxlength="<?cs var:max ?>"<?cs /if ?><?cs if:req ?> required<?cs /if ?><?cs if:Err[n] ?> aria-invalid="true" aria-describedby="e-<?cs var:n ?>"<?cs elif:hint ?> aria-describedby="h-<?cs var:n ?>"<?cs /if ?>>
  <?cs if:hint ?><p class="hint" id="h-<?cs var:n ?>"><?cs var:hint ?></p><?cs /if ?>
  <?cs call:field_errmsg(n) ?>
</div>
<?cs /def ?>

<?cs def:select(n, label, req, opts) ?><div class="field<?cs if:Err[n] ?> invalid<?cs /if ?>"><?cs call:field_label(n, label, req) ?>
      <select id="f-<?cs var:n ?>" name="<?cs var:n ?>"<?cs if:Err[n] ?> aria-invalid="true" aria-describedby="e-<?cs var:n ?>"<?cs /if ?>><option value="">请选择</option>
      <?cs each:o = opts ?><option value="<?cs var:o.key ?>"<?cs if:Form[n] == o.key ?> selected<?cs /if ?>><?cs var:o.label ?></option><?cs /each ?></select><?cs call:field_errmsg(n) ?></div><?cs /def ?>
<?cs def:password(n, label, auto, hint) ?>
<div class="field<?cs if:Err[n] ?> invalid<?cs /if ?>">
  <?cs call:field_label(n, label, 1) ?>
  <input id="f-<?cs var:n ?>" name="<?cs var:n ?>" type="password" autocomplete="<?cs var:auto ?>" required<?cs if:Err[n] ?> aria-invalid="true" aria-describedby="e-<?cs var:n ?>"<?cs /if ?>>
  <?cs if:hint ?><p class="hint"><?cs var:hint ?></p><?cs /if ?>
  <?cs call:field_errmsg(n) ?>
</div>
<?cs /def ?>

<?cs # a one-time code from an authenticator app: six digits, numeric keypad on phones ?>
<?cs def:otp(n, label, hint) ?>
<div class="field<?cs if:Err[n] ?> invalid<?cs /if ?>">
  <?cs call:field_label(n, label, 1) ?>
  <input id="f-<?cs var:n ?>" name="<?cs var:n ?>" type="text" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" size="8" autocomplete="one-time-code" required<?cs if:Err[n] ?> aria-invalid="true" aria-describedby="e-<?cs var:n ?>"<?cs elif:hint ?> aria-describedby="h-<?cs var:n ?>"<?cs /if ?>>
  <?cs if:hint ?><p class="hint" id="h-<?cs var:n ?>"><?cs var:hint ?></p><?cs /if ?>
  <?cs call:field_errmsg(n) ?>
</div>
<?cs /def ?>

<?cs # a 旗县区 select grouped by 盟市, from Regions.N.{code,name} and Regions.N.Counties.M.{code,name} ?>
<?cs def:region_select(n, label, req) ?>
<div class="field<?cs if:Err[n] ?> invalid<?cs /if ?>">
  <?cs call:field_label(n, label, req) ?>
  <select id="f-<?cs var:n ?>" name="<?cs var:n ?>"<?cs if:req ?> required<?cs /if ?><?cs if:Err[n] ?> aria-invalid="true" aria-describedby="e-<?cs var:n ?>"<?cs /if ?>>
    <option value="">请选择</option>
    <?cs each:c = Regions ?>
    <optgroup label="<?cs var:c.name ?>">
      <?cs each:k = c.Counties ?>
      <option value="<?cs var:k.code ?>"<?cs if:Form[n] == k.code ?> selected<?cs /if ?>><?cs var:k.name ?></option>
      <?cs /each ?>
    </optgroup>
    <?cs /each ?>
  </select>
  <?cs call:field_errmsg(n) ?>
</div>
<?cs /def ?>

<?cs # an amount in 万元: as the user types, the same amount in 元 and 万元 (htdocs/js/app.js) ?>
<?cs def:money(n, label, req, hint, subsidy_out) ?>
<div class="field<?cs if:Err[n] ?> invalid<?cs /if ?>">
  <?cs call:field_label(n, label, req) ?>
  <input id="f-<?cs var:n ?>" name="<?cs var:n ?>" type="text" inputmode="decimal" value="<?cs var:Form[n] ?>" maxlength="16" data-money="m-<?cs var:n ?>"<?cs if:subsidy_out ?> data-subsidy-out="<?cs var:subsidy_out ?>" data-subsidy-pct="<?cs var:Batch.cap_enterprise_pct ?>" data-subsidy-cap="<?cs var:Batch.cap_enterprise_yuan ?>"<?cs /if ?><?cs if:req ?> required<?cs /if ?> aria-describedby="m-<?cs var:n ?><?cs if:hint ?> h-<?cs var:n ?><?cs /if ?><?cs if:Err[n] ?> e-<?cs var:n ?><?cs /if ?>"<?cs if:Err[n] ?> aria-invalid="true"<?cs /if ?>>
  <p class="hint money-echo" id="m-<?cs var:n ?>" aria-live="polite"></p>
  <?cs if:hint ?><p class="hint" id="h-<?cs var:n ?>"><?cs var:hint ?></p><?cs /if ?>
  <?cs call:field_errmsg(n) ?>
</div>
<?cs /def ?>

<?cs # the applicant's region decides who reviews it: shown, never chosen (申报指南 四（一）) ?>
<?cs def:locked_region(n, label) ?>
<div class="field<?cs if:Err[n] ?> invalid<?cs /if ?>">
  <label for="f-<?cs var:n ?>"><?cs var:label ?></label>
  <input id="f-<?cs var:n ?>" type="text" value="<?cs var:Derived.region_name ?>" readonly aria-describedby="h-<?cs var:n ?><?cs if:Err[n] ?> e-<?cs var:n ?><?cs /if ?>">
  <input type="hidden" name="<?cs var:n ?>" value="<?cs var:Form[n] ?>">
  <p class="hint" id="h-<?cs var:n ?>">以注册登记的所在地为准，由该地工信部门初审；如需变更，请联系管理员（变更记入审计日志）。</p>
  <?cs call:field_errmsg(n) ?>
</div>
<?cs /def ?>

<?cs # one field of a stage's form (lib/sections.c fills Fields.N: name, label, type, max, hint, submit,
     heading, options, inline), the same for every programme ?>
<?cs def:field(f) ?>
    <?cs if:f.heading ?><h2 class="group-heading"><?cs var:f.heading ?></h2><?cs /if ?>
    <?cs if:f.type == "bool" && f.inline ?>
    <span class="choice<?cs if:Err[f.name] ?> invalid<?cs /if ?><?cs if:string.length(f.label) > 60 ?> wide<?cs /if ?>"><input type="checkbox" id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>" value="1"<?cs if:Form[f.name] == "1" ?> checked<?cs /if ?>><label for="f-<?cs var:f.name ?>"><?cs var:f.label ?></label></span>
    <?cs elif:f.type == "bool" ?>
    <div class="check-field<?cs if:Err[f.name] ?> invalid<?cs /if ?>">
      <input type="checkbox" id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>" value="1"<?cs if:Form[f.name] == "1" ?> checked<?cs /if ?>>
      <label for="f-<?cs var:f.name ?>"><?cs var:f.label ?></label>
      <?cs call:field_errmsg(f.name) ?>
    </div>
    <?cs elif:f.type == "othertext" ?>
    <span class="choice other<?cs if:Err[f.name] ?> invalid<?cs /if ?>"><label class="sr" for="f-<?cs var:f.name ?>"><?cs var:f.label ?></label><input type="text" id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>" value="<?cs var:Form[f.name] ?>" maxlength="100" placeholder="其他（请填写）"<?cs if:Err[f.name] ?> aria-invalid="true" aria-describedby="e-<?cs var:f.name ?>"<?cs /if ?>><?cs call:field_errmsg(f.name) ?></span>
    <?cs elif:f.type == "choice" ?>
    <fieldset class="field<?cs if:Err[f.name] ?> invalid<?cs /if ?>"<?cs if:Err[f.name] ?> aria-describedby="e-<?cs var:f.name ?>"<?cs /if ?>>
      <legend><?cs var:f.label ?><?cs if:f.submit ?><span class="req" aria-hidden="true">*</span><?cs /if ?></legend>
      <?cs each:o = f.options ?><span class="choice"><input type="radio" id="f-<?cs var:f.name ?>-<?cs var:o.key ?>" name="<?cs var:f.name ?>" value="<?cs var:o.key ?>"<?cs if:Form[f.name] == o.key ?> checked<?cs /if ?>><label for="f-<?cs var:f.name ?>-<?cs var:o.key ?>"><?cs var:o.label ?></label></span><?cs /each ?>
      <?cs if:f.hint ?><p class="hint"><?cs var:f.hint ?></p><?cs /if ?>
      <?cs call:field_errmsg(f.name) ?>
    </fieldset>
    <?cs elif:f.type == "choices" ?>
    <fieldset class="field<?cs if:Err[f.name] ?> invalid<?cs /if ?>"<?cs if:Err[f.name] ?> aria-describedby="e-<?cs var:f.name ?>"<?cs /if ?>>
      <legend><?cs var:f.label ?>（多选）<?cs if:f.submit ?><span class="req" aria-hidden="true">*</span><?cs /if ?></legend>
      <?cs each:o = f.options ?><span class="choice"><input type="checkbox" id="f-<?cs var:f.name ?>-<?cs var:o.key ?>" name="<?cs var:f.name ?>" value="<?cs var:o.key ?>"<?cs if:o.on ?> checked<?cs /if ?>><label for="f-<?cs var:f.name ?>-<?cs var:o.key ?>"><?cs var:o.label ?></label></span><?cs /each ?>
      <?cs if:f.hint ?><p class="hint"><?cs var:f.hint ?></p><?cs /if ?>
      <?cs call:field_errmsg(f.name) ?>
    </fieldset>
    <?cs elif:f.type == "text" ?>
    <div class="field<?cs if:Err[f.name] ?> invalid<?cs /if ?>">
      <?cs call:field_label(f.name, f.label, f.submit) ?>
      <textarea id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>" rows="<?cs if:f.rows ?><?cs var:f.rows ?><?cs else ?>6<?cs /if ?>" data-maxchars="<?cs var:f.max ?>" aria-describedby="c-<?cs var:f.name ?><?cs if:Err[f.name] ?> e-<?cs var:f.name ?><?cs /if ?>"<?cs if:Err[f.name] ?> aria-invalid="true"<?cs /if ?>><?cs var:Form[f.name] ?></textarea>
      <p class="counter" id="c-<?cs var:f.name ?>">最多 <?cs var:f.max ?> 字</p>
      <?cs call:field_errmsg(f.name) ?>
    </div>
    <?cs elif:f.type == "region" && Locked[f.name] ?>
      <?cs call:locked_region(f.name, f.label) ?>
    <?cs elif:f.type == "region" ?>
      <?cs call:region_select(f.name, f.label, f.submit) ?>
      <?cs if:f.hint ?><p class="hint"><?cs var:f.hint ?></p><?cs /if ?>
    <?cs else ?>
      <?cs if:f.type == "date" ?><?cs set:ftype = "date" ?><?cs elif:f.type == "tel" ?><?cs set:ftype = "tel" ?><?cs else ?><?cs set:ftype = "text" ?><?cs /if ?>
      <?cs if:f.year_heading ?><h2 class="group-heading"><?cs var:f.year_heading ?></h2><?cs /if ?>
      <?cs call:text(f.name, f.label, ftype, f.submit, f.max, f.hint) ?>
    <?cs /if ?>
<?cs /def ?>

<?cs def:csrf() ?><input type="hidden" name="csrf" value="<?cs var:Csrf ?>"><?cs /def ?>

<?cs def:error_summary() ?>
<?cs if:Err.Count > 0 ?>
<div class="error-summary" role="alert" tabindex="-1">
  <p>提交的内容有 <?cs var:Err.Count ?> 处需要修改，请查看标红的字段。</p>
</div>
<?cs /if ?>
<?cs /def ?>

<?cs # pagination: Pager.{Page,Pages,Total,Base} where Base ends with ? or & ?>
<?cs def:pager() ?>
<?cs if:Pager.Pages > 1 ?>
<nav class="pager" aria-label="分页">
  <span>共 <?cs var:Pager.Total ?> 条，第 <?cs var:Pager.Page ?> / <?cs var:Pager.Pages ?> 页</span>
  <?cs if:Pager.Page > 1 ?><a href="<?cs var:Pager.Base ?>page=<?cs var:Pager.Page - 1 ?>">上一页</a><?cs /if ?>
  <?cs if:Pager.Page < Pager.Pages ?><a href="<?cs var:Pager.Base ?>page=<?cs var:Pager.Page + 1 ?>">下一页</a><?cs /if ?>
</nav>
<?cs else ?>
<p class="count">共 <?cs var:Pager.Total ?> 条</p>
<?cs /if ?>
<?cs /def ?>

<?cs # switch between batches on pages that work on one batch (BatchList from batch_default) ?>
<?cs # a co-signed recommendation list (lib/reclist.c): its confirmation, and the co-signer's form ?>
<?cs def:rec_cosign_status() ?><?cs if:Rec.cosign == "1" ?><p id="cosign">联合行文 · <?cs var:Rec.cosign_label ?>确认：<?cs if:Rec.submitted == "1" || Rec.cosigned == "1" ?><?cs if:Rec.cosigned_at ?><span class="badge on">已确认（<?cs var:Rec.cosigned_by ?>，<?cs var:Rec.cosigned_at ?>）</span><?cs /if ?><?cs
  elif:Rec.cosigned_at ?><span class="badge off">名单在确认后有改动，待重新确认</span><?cs else ?><span class="badge off">待确认</span><?cs /if ?></p><?cs /if ?><?cs /def ?>
<?cs def:rec_cosign_form(page, noun) ?><?cs if:Rec.cosigner == "1" && Rec.submitted != "1" && subcount(Items) > 0 && Rec.cosigned != "1" ?>
<section class="card" id="cosign-form">
  <h2>确认<?cs var:Rec.list_word ?>（<?cs var:Rec.level_word ?>工信和财政部门联合行文）</h2>
  <p>请核对以上<?cs var:Rec.list_word ?>。确认后，<?cs var:Rec.level_word ?>工信部门方可连同<?cs var:Rec.doc ?>提交；名单在确认后再有改动的，须重新确认（<?cs var:Rec.cosign_clause ?>）。</p>
  <form method="post" action="/cgi-bin/<?cs var:page ?>.cgi?batch=<?cs var:Batch.id ?>" data-confirm="确定确认该<?cs var:Rec.list_word ?>（共 <?cs var:subcount(Items) ?> 个<?cs var:noun ?>）？">
    <?cs call:csrf() ?><input type="hidden" name="op" value="cosign"><input type="hidden" name="version" value="<?cs var:Rec.version ?>">
    <div class="actions"><button type="submit" class="primary">确认<?cs var:Rec.list_word ?></button></div></form>
</section>
<?cs /if ?><?cs /def ?>
<?cs def:rec_cosign_hint() ?><?cs if:Rec.cosign == "1" && Rec.cosigned != "1" ?><p class="hint">提交前须经<?cs var:Rec.cosign_label ?>在本页确认当前名单。</p><?cs /if ?><?cs /def ?>
<?cs # a recommendation list's submission (lib/reclist.c): its document's 文号, date and PDF ?>
<?cs def:rec_submit_form(key, doc, example, confirm, button) ?>
  <?cs call:rec_cosign_hint() ?>
  <?cs if:Err.doc_no || Err.doc_date || Err.doc ?><?cs call:error_summary() ?><?cs /if ?>
  <form data-autosave="<?cs var:key ?>-<?cs var:Batch.id ?>-submit" method="post" enctype="multipart/form-data" action="/cgi-bin/recommend.cgi?batch=<?cs var:Batch.id ?>" novalidate data-confirm="<?cs var:confirm ?>">
    <?cs call:csrf() ?><input type="hidden" name="op" value="submit"><input type="hidden" name="version" value="<?cs var:Rec.version ?>">
    <?cs call:text("doc_no", doc + "文号", "text", 1, 100, example) ?>
    <?cs call:text("doc_date", "行文日期", "date", 1, 10, "") ?>
    <div class="field<?cs if:Err.doc ?> invalid<?cs /if ?>"><label for="f-doc"><?cs var:doc ?>（PDF）<span class="req" aria-hidden="true">*</span></label>
      <input id="f-doc" name="doc" type="file" accept=".pdf,application/pdf" data-max-bytes="<?cs var:Upload.MaxBytes ?>"<?cs if:Err.doc ?> aria-invalid="true" aria-describedby="e-doc"<?cs /if ?>><?cs call:field_errmsg("doc") ?></div>
    <div class="actions"><button type="submit" class="primary"><?cs var:button ?></button></div>
  </form>
<?cs /def ?>
<?cs def:batch_picker(page) ?>
<?cs if:subcount(BatchList) > 1 ?>
<form class="filters" method="get" action="/cgi-bin/<?cs var:page ?>.cgi">
  <?cs if:User.Role == "province" && Rec.city ?><input type="hidden" name="city" value="<?cs var:Rec.city ?>"><?cs /if ?>
  <div class="field"><label for="f-batch">申报批次</label>
    <select id="f-batch" name="batch"><?cs each:b = BatchList ?><option value="<?cs var:b.id ?>"<?cs if:b.id == Batch.id ?> selected<?cs /if ?>><?cs var:b.title ?></option><?cs /each ?></select></div>
  <div class="field"><button type="submit">切换批次</button></div>
</form>
<?cs /if ?>
<?cs /def ?>

<?cs # the call's guide to download and who answers questions (a section page, the overview) ?>
<?cs def:applicant_help() ?>
<?cs if:Prog.contact || Prog.guide_href ?>
<aside class="card help" aria-label="填报帮助">
  <h2>填报帮助</h2>
  <?cs if:Prog.guide_href ?><p><a href="<?cs var:Prog.guide_href ?>" download>下载<?cs var:Prog.guide_title ?></a></p><?cs /if ?>
  <?cs if:Prog.contact ?><p>业务咨询：<?cs var:Prog.contact ?></p><?cs /if ?>
</aside>
<?cs /if ?>
<?cs /def ?>
<?cs # One table for every export (lib/table.c fills T.*: table_to_hdf).  The screen gets links, badges and
      explanations; the paper (print) only what the attachment prints.  A row group starts a new tbody, so
      print keeps a short group on one page; the total is a row, not a repeated footer. ?>
<?cs include:"table_rows.cs" ?>
<?cs def:table(t, cls) ?>
<table class="<?cs var:cls ?>">
  <?cs if:t.npaper ?><colgroup><?cs loop:i = 1, t.npaper, 1 ?><col><?cs /loop ?></colgroup><?cs /if ?>
  <thead><?cs each:hr = t.head ?><tr><?cs each:h = hr ?><?cs call:tcell(h, "th") ?><?cs /each ?></tr><?cs /each ?></thead>
  <tbody><?cs if:t.stream ?><!--dt:rows--><?cs else ?><?cs call:table_rows(t) ?><?cs /if ?>
  </tbody>
</table>
<?cs if:t.nrows == 0 && t.empty && !t.stream ?><p class="panel"><?cs var:t.empty ?></p><?cs /if ?>
<?cs /def ?>
<?cs # a table as the attachment prints it: its number, title, the lines above it, notes and signatures below ?>
<?cs def:paper_table(t) ?>
<?cs if:t.docno ?><p class="doc-no"><?cs var:t.docno ?></p><?cs /if ?>
<?cs if:t.title ?><h2 class="center"><?cs var:t.title ?></h2><?cs /if ?>
<?cs each:l = t.lines ?><p class="line"><?cs var:l.left ?><?cs if:l.right ?><span class="right"><?cs var:l.right ?></span><?cs /if ?></p><?cs /each ?>
<?cs call:table(t, "grid " + t.key) ?>
<?cs each:n = t.notes ?><p class="note"><?cs var:n ?></p><?cs /each ?>
<?cs each:s = t.signs ?><p class="line"><?cs var:s ?></p><?cs /each ?>
<?cs /def ?>
<?cs # an export's files: base is the page's URL with its query (ending in ? or &, escaped here); paper=1 adds print and PDF ?>
<?cs def:export_links(base, paper) ?>
  <a class="button" href="<?cs var:base ?>format=xlsx">导出 Excel</a>
  <a class="button" href="<?cs var:base ?>format=csv">导出 CSV</a>
  <?cs if:paper ?><a class="button" href="<?cs var:base ?>format=print">打印</a>
  <a class="button" href="<?cs var:base ?>format=pdf">PDF</a><?cs /if ?>
<?cs /def ?>

<?cs # 公布名单: the form of a 市's published list (pilot_list, awards): 文号 and day, confirmed in the page ?>
<?cs def:publish_form(page, confirm, example) ?>
  <form data-autosave="<?cs var:page ?>-<?cs var:Batch.id ?>" method="post" action="/cgi-bin/<?cs var:page ?>.cgi?batch=<?cs var:Batch.id ?>" novalidate data-confirm="<?cs var:confirm ?>">
    <?cs call:csrf() ?><input type="hidden" name="op" value="publish">
    <?cs call:text("doc_no", "公布文号", "text", 1, 100, example) ?>
    <?cs call:text("published_on", "公布日期", "date", 1, 0, "不晚于今天") ?>
    <div class="actions"><button type="submit" class="primary">公布名单</button></div>
  </form>
<?cs /def ?>
