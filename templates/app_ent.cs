<?cs if:Ent.id ?><?cs set:Page.Title = "服务企业" ?><?cs else ?><?cs set:Page.Title = "添加服务企业" ?><?cs /if ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<?cs def:dropped_file(n) ?><?cs if:Dropped[n] && !Err[n] ?><p class="err" id="d-<?cs var:n ?>">您选择的文件“<?cs var:Dropped[n] ?>”没有保存（本次保存未成功），请重新选择该文件，并改正标红的内容。</p><?cs /if ?><?cs /def ?>
<p><a href="/cgi-bin/app.cgi?id=<?cs var:App.id ?>#enterprises">← 申请报告 · 服务企业清单</a></p>
<section class="card">
  <h1><?cs if:Ent.id ?><?cs var:Form.name ?><?cs else ?>添加服务企业<?cs /if ?></h1>
  <?cs if:Conflict ?><p class="error-summary" role="alert">保存失败：该服务企业已在别处被修改。您填写的内容保留在下方，请重新打开核对后再保存。</p><?cs /if ?>
  <?cs call:error_summary() ?>
  <?cs if:subcount(Ent.flags) > 0 ?><div class="notice" role="note"><strong>提示（不影响保存，审核人员可见）：</strong><ul><?cs each:x = Ent.flags ?><li><?cs var:x ?></li><?cs /each ?></ul></div><?cs /if ?>
  <p class="hint">金额单位：万元，最多4位小数。奖补资金额不填时按规则允许的最高额测算：不超过实际改造成本的 <?cs var:Batch.cap_enterprise_pct ?>%，且每家最高 <?cs var:Batch.cap_enterprise ?> 万元；每个服务平台合计最高 <?cs var:Batch.cap_platform ?> 万元（附件3注）。其他企业已申请 <?cs var:Ent.others_total ?> 万元，尚余 <?cs var:Ent.remaining ?> 万元。</p>
  <form method="post" action="/cgi-bin/app_ent.cgi?id=<?cs var:App.id ?><?cs if:Ent.id ?>&amp;ent=<?cs var:Ent.id ?><?cs /if ?>" enctype="multipart/form-data" novalidate<?cs if:App.editable ?> data-autosave="ent-<?cs var:App.id ?>-<?cs if:Ent.id ?><?cs var:Ent.id ?><?cs else ?>new<?cs /if ?>"<?cs /if ?>>
    <?cs call:csrf() ?><input type="hidden" name="op" value="save">
    <?cs if:Ent.id ?><input type="hidden" name="version" value="<?cs var:Form.version ?>"><?cs /if ?>
    <fieldset class="plain"<?cs if:!App.editable ?> disabled<?cs /if ?>>
    <div class="fields-2">
      <div>
        <?cs call:text("name", "试点企业名称", "text", 1, 100, "") ?>
        <?cs call:text("credit_code", "统一社会信用代码", "text", 1, 18, "同一申请中不能重复") ?>
        <?cs call:region_select("region", "所在旗县区", 1) ?>
        <div class="field<?cs if:Err.scale ?> invalid<?cs /if ?>">
          <?cs call:field_label("scale", "企业规模", 1) ?>
          <select id="f-scale" name="scale"<?cs if:Err.scale ?> aria-invalid="true" aria-describedby="e-scale"<?cs /if ?>>
            <option value="">请选择</option>
            <option value="medium"<?cs if:Form.scale == "medium" ?> selected<?cs /if ?>>中型企业</option>
            <option value="small"<?cs if:Form.scale == "small" ?> selected<?cs /if ?>>小型企业</option>
            <option value="micro"<?cs if:Form.scale == "micro" ?> selected<?cs /if ?>>微型企业</option>
          </select>
          <?cs call:field_errmsg("scale") ?>
        </div>
        <div class="field<?cs if:Err.ent_sub ?> invalid<?cs /if ?>">
          <?cs call:field_label("ent_sub", "所属细分行业（附件1）", 1) ?>
          <select id="f-ent_sub" name="ent_sub" aria-describedby="h-ent_sub<?cs if:Err.ent_sub ?> e-ent_sub<?cs /if ?>"<?cs if:Err.ent_sub ?> aria-invalid="true"<?cs /if ?>>
            <option value="">请选择</option>
            <?cs set:cat = "" ?>
            <?cs each:s = SubInd ?>
              <?cs if:s.category != cat ?><?cs if:cat != "" ?></optgroup><?cs /if ?><optgroup label="<?cs var:s.category ?>"><?cs set:cat = s.category ?><?cs /if ?>
              <option value="<?cs var:s.seq ?>"<?cs if:Form.ent_sub == s.seq ?> selected<?cs /if ?>><?cs var:s.seq ?>. <?cs var:s.name ?><?cs if:s.seq == Ent.platform_sub ?>（本平台申报的细分行业）<?cs /if ?></option>
            <?cs /each ?></optgroup>
          </select>
          <p class="hint" id="h-ent_sub">申报条件（六）：为某一细分领域的中小企业提供服务；与本平台申报的细分行业不同时将提示审核人员。</p>
          <?cs call:field_errmsg("ent_sub") ?>
        </div>
        <div class="field<?cs if:Err.service_content ?> invalid<?cs /if ?>">
          <?cs call:field_label("service_content", "服务内容", 1) ?>
          <textarea id="f-service_content" name="service_content" rows="4" data-maxchars="500" aria-describedby="c-service_content<?cs if:Err.service_content ?> e-service_content<?cs /if ?>"<?cs if:Err.service_content ?> aria-invalid="true"<?cs /if ?>><?cs var:Form.service_content ?></textarea>
          <p class="counter" id="c-service_content">最多 500 字</p>
          <?cs call:field_errmsg("service_content") ?>
        </div>
      </div>
      <div>
        <?cs call:money("contract", "服务合同金额（万元）", 1, "", "") ?>
        <?cs call:text("contract_date", "服务合同签订日期", "date", 1, 10, "申报条件（六）：本年度提供的服务") ?>
        <?cs call:money("cost", "实际改造成本（万元）", 1, "由服务平台根据成熟改造标准或委托第三方财务机构评估（须提供证明材料）", "subsidy-rule") ?>
        <?cs if:Ask.confirm_cost ?><div class="check-field invalid"><input type="checkbox" id="f-confirm_cost" name="confirm_cost" value="1">
          <label for="f-confirm_cost">我已核对：实际改造成本确为 <?cs var:Form.cost ?> 万元</label></div><?cs /if ?>
        <?cs call:text("subsidy", "奖补资金额（万元）", "text", 0, 16, "不填则按规则允许的最高额测算，并随实际改造成本自动更新；可申请更少，不能更多") ?>
        <p class="computed" id="subsidy-rule" aria-live="polite"><?cs if:Ent.subsidy_now && !Form.subsidy ?>按规则测算：<?cs var:Ent.subsidy_now ?> 万元<?cs /if ?></p>
        <?cs if:Ent.basis ?><p class="computed">测算依据：<?cs var:Ent.basis ?></p><?cs /if ?>
        <div class="field<?cs if:Err.f_contract ?> invalid<?cs /if ?>">
          <label for="f-f_contract">服务合同</label>
          <input id="f-f_contract" name="f_contract" type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" data-max-bytes="<?cs var:Upload.MaxBytes ?>" aria-describedby="h-files<?cs if:Err.f_contract ?> e-f_contract<?cs /if ?>">
          <?cs call:field_errmsg("f_contract") ?><?cs call:dropped_file("f_contract") ?>
        </div>
        <div class="field<?cs if:Err.f_invoice ?> invalid<?cs /if ?>">
          <label for="f-f_invoice">发票（与服务合同相对应）</label>
          <input id="f-f_invoice" name="f_invoice" type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" data-max-bytes="<?cs var:Upload.MaxBytes ?>" aria-describedby="h-files<?cs if:Err.f_invoice ?> e-f_invoice<?cs /if ?>">
          <?cs call:field_errmsg("f_invoice") ?><?cs call:dropped_file("f_invoice") ?>
        </div>
        <div class="field<?cs if:Err.f_scene ?> invalid<?cs /if ?>">
          <label for="f-f_scene">效果场景</label>
          <input id="f-f_scene" name="f_scene" type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" data-max-bytes="<?cs var:Upload.MaxBytes ?>" aria-describedby="h-files<?cs if:Err.f_scene ?> e-f_scene<?cs /if ?>">
          <?cs call:field_errmsg("f_scene") ?><?cs call:dropped_file("f_scene") ?>
        </div>
        <p class="hint" id="h-files">PDF、JPG 或 PNG，每个文件不超过 <?cs var:Upload.Limit ?>（按文件内容判断类型）。</p>
      </div>
    </div>
    </fieldset>
    <?cs if:App.editable ?><div class="actions"><button type="submit" class="primary">保存服务企业</button></div><?cs /if ?>
  </form>
</section>
<?cs if:Ent.id ?>
<section class="card">
  <h2>证明材料</h2>
  <?cs if:subcount(EntFiles) == 0 ?><p>还没有上传证明材料。服务合同和发票为必需（申报材料（5））。</p><?cs else ?>
  <table class="list"><thead><tr><th>类别</th><th>文件</th><th>上传时间</th><th>操作</th></tr></thead><tbody>
  <?cs each:f = EntFiles ?><tr>
    <td><?cs if:f.kind == "contract" ?>服务合同<?cs elif:f.kind == "invoice" ?>发票<?cs else ?>效果场景<?cs /if ?></td>
    <td><a href="/cgi-bin/file.cgi?id=<?cs var:f.id ?>"><?cs var:f.filename ?></a><?cs if:f.reused > 0 && !App.owner ?> <span class="badge off">同一文件也出现在其他 <?cs var:f.reused ?> 个平台的申报中</span><?cs /if ?></td>
    <td><?cs var:f.at ?></td>
    <td><?cs if:App.editable ?><form class="inline" method="post" enctype="multipart/form-data" action="/cgi-bin/app_ent.cgi?id=<?cs var:App.id ?>&amp;ent=<?cs var:Ent.id ?>" data-confirm="确定删除此文件？">
      <?cs call:csrf() ?><input type="hidden" name="op" value="delfile"><input type="hidden" name="file" value="<?cs var:f.id ?>"><button type="submit" class="link">删除</button></form><?cs /if ?></td>
  </tr><?cs /each ?></tbody></table><?cs /if ?>
  <?cs if:App.editable ?>
  <form method="post" enctype="multipart/form-data" action="/cgi-bin/app_ent.cgi?id=<?cs var:App.id ?>&amp;ent=<?cs var:Ent.id ?>" data-confirm="确定从服务企业清单中删除该企业及其全部证明材料？">
    <?cs call:csrf() ?><input type="hidden" name="op" value="delete"><input type="hidden" name="version" value="<?cs var:Form.version ?>">
    <div class="actions"><button type="submit" class="danger">删除该服务企业</button></div>
  </form>
  <?cs /if ?>
</section>
<?cs /if ?>
<?cs include:"footer.cs" ?>
