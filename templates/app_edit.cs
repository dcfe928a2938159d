<?cs set:Page.Title = Section.title ?>
<?cs include:"macros.cs" ?>
<?cs include:"edit.cs" ?>
<?cs include:"header.cs" ?>
<?cs call:ed_head() ?>

  <?cs if:Section.key == "industry" ?>
  <div class="field<?cs if:Err.sub_industry ?> invalid<?cs /if ?>">
    <label for="f-sub_industry">申报细分行业<span class="req" aria-hidden="true">*</span></label>
    <select id="f-sub_industry" name="sub_industry"<?cs if:Err.sub_industry ?> aria-invalid="true" aria-describedby="e-sub_industry"<?cs else ?> aria-describedby="h-sub_industry"<?cs /if ?>>
      <option value="">请选择（附件1：中小企业数字化转型试点细分行业列表）</option>
      <?cs set:cat = "" ?>
      <?cs each:s = SubInd ?>
        <?cs if:s.category != cat ?><?cs if:cat != "" ?></optgroup><?cs /if ?><optgroup label="<?cs var:s.category ?>"><?cs set:cat = s.category ?><?cs /if ?>
        <option value="<?cs var:s.seq ?>"<?cs if:Form.sub_industry == s.seq ?> selected<?cs /if ?>><?cs var:s.seq ?>. <?cs var:s.name ?></option>
      <?cs /each ?></optgroup>
    </select>
    <p class="hint" id="h-sub_industry">每个服务平台，每批只能申报一个细分行业（申报条件四）。</p>
    <?cs call:field_errmsg("sub_industry") ?>
  </div>

  <?cs elif:Section.key == "kpi" ?>
  <p class="hint">附件4：<?cs var:App.org ?> 数字化转型绩效评价目标表。若不存在期初值，则为空。中小企业数字化水平等级依据《中小企业数字化水平评测指标（2022年版）》评测得出（1至4级）。</p>
  <table class="list kpi">
    <thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>单位</th><th>期初值</th><th>目标值</th></tr></thead>
    <tbody>
    <?cs each:k = KPI ?>
    <tr>
      <?cs if:k.span1 > 0 ?><th rowspan="<?cs var:k.span1 ?>" scope="rowgroup"><?cs var:k.g1 ?></th><?cs /if ?>
      <?cs if:k.span2 > 0 ?><td rowspan="<?cs var:k.span2 ?>"><?cs var:k.g2 ?></td><?cs /if ?>
      <td><?cs var:k.g3 ?></td><td><?cs var:k.unit ?></td>
      <td class="<?cs if:Err[k.base] ?>invalid<?cs /if ?>"><label class="sr" for="f-<?cs var:k.base ?>"><?cs var:k.g3 ?> 期初值</label>
        <input id="f-<?cs var:k.base ?>" name="<?cs var:k.base ?>" type="text" inputmode="decimal" value="<?cs var:Form[k.base] ?>"<?cs if:Err[k.base] ?> aria-invalid="true" aria-describedby="e-<?cs var:k.base ?>"<?cs /if ?>>
        <?cs call:field_errmsg(k.base) ?></td>
      <td class="<?cs if:Err[k.target] ?>invalid<?cs /if ?>"><label class="sr" for="f-<?cs var:k.target ?>"><?cs var:k.g3 ?> 目标值</label>
        <input id="f-<?cs var:k.target ?>" name="<?cs var:k.target ?>" type="text" inputmode="decimal" value="<?cs var:Form[k.target] ?>"<?cs if:Err[k.target] ?> aria-invalid="true" aria-describedby="e-<?cs var:k.target ?>"<?cs /if ?>>
        <?cs call:field_errmsg(k.target) ?></td>
    </tr>
    <?cs /each ?>
    </tbody>
  </table>

  <?cs else ?>
  <?cs if:Section.key == "conditions" ?><p class="hint">请逐条确认符合《申报指南》二、申报条件。</p><?cs /if ?>
  <?cs if:Section.key == "pledge" ?><h2 class="center">承 诺 书</h2><p>本企业承诺：</p><?cs /if ?>
  <?cs each:f = Fields ?><?cs call:field(f) ?><?cs /each ?>
  <?cs if:Section.key == "conditions" ?>
  <div class="computed" id="cond6">
    <strong>（六）本年度平台应至少为某一细分领域的<?cs var:Batch.min_smes ?>家中小企业提供数字化转型服务。</strong>
    <p>由服务企业清单计算，不需填写：目前已填 <?cs var:Derived.smes ?> 家，<?cs if:Derived.smes >= Batch.min_smes ?>符合<?cs else ?>尚不符合（还差 <?cs var:Batch.min_smes - Derived.smes ?> 家）<?cs /if ?>。</p>
  </div>
  <?cs /if ?>
  <?cs if:Section.key == "pledge" ?><p>若发生与上述承诺相违背的事实，由本单位承担法律责任。</p><?cs /if ?>
  <?cs /if ?>
<?cs call:ed_end() ?>
<?cs include:"footer.cs" ?>
