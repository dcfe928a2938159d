<?cs # 资金拨付 (cgi-bin/payments.c): the list of decisions, or one decision with its payments and, for 财政, the 拨付 / 追回 forms ?>
<?cs set:Page.Title = "资金拨付" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<?cs def:upload_field(n, label, req) ?><div class="field<?cs if:Err[n] ?> invalid<?cs /if ?>"><?cs call:field_label(n, label, req) ?>
  <input id="f-<?cs var:n ?>" name="<?cs var:n ?>" type="file" accept=".pdf,.jpg,.jpeg,.png"<?cs if:Err[n] ?> aria-invalid="true" aria-describedby="e-<?cs var:n ?>"<?cs /if ?>><?cs call:field_errmsg(n) ?></div><?cs /def ?>
<?cs def:record_form(op, what) ?><form data-autosave="payments-<?cs var:Dec.id ?>-<?cs var:op ?>" method="post" enctype="multipart/form-data" action="/cgi-bin/payments.cgi?id=<?cs var:Dec.id ?>" novalidate
  data-confirm="确定记录这笔<?cs var:what ?>？记录后不能修改或删除，并记入审计日志。"><?cs call:csrf() ?><input type="hidden" name="op" value="<?cs var:op ?>"><input type="hidden" name="version" value="<?cs var:Dec.version ?>"><?cs /def ?>
<?cs def:sort_th(key, label, dir, cls) ?><th scope="col"<?cs if:cls ?> class="<?cs var:cls ?>"<?cs /if ?><?cs if:Filter.sort == key ?> aria-sort="<?cs var:dir ?>"<?cs /if ?>><a href="<?cs var:Filter.base ?>sort=<?cs var:key ?>"<?cs if:Filter.sort == key ?> aria-current="true"<?cs /if ?>><?cs var:label ?></a></th><?cs /def ?>
<?cs if:Dec.id ?>
<p><a href="/cgi-bin/payments.cgi">← 资金拨付</a></p>
<h1><?cs var:Dec.name ?> <small class="count"><?cs var:Dec.credit_code ?></small></h1>
<?cs call:error_summary() ?>
<section class="card">
  <dl class="kv">
    <dt>项目</dt><dd><?cs var:Dec.programme ?> · <?cs var:Dec.batch ?><?cs if:Dec.app != "0" && User.Role != "finance" ?> · <a href="/cgi-bin/<?cs var:Dec.overview ?>.cgi?id=<?cs var:Dec.app ?>">申报材料</a><?cs /if ?></dd>
    <dt>所在地区</dt><dd><?cs var:Dec.region ?></dd>
    <dt>资金类别</dt><dd><?cs var:Dec.kind ?></dd>
    <dt>计算规则</dt><dd><a href="/cgi-bin/subsidy.cgi?rs=<?cs var:Dec.ruleset_key ?>"><?cs var:Dec.ruleset ?></a></dd>
    <dt>决定日期</dt><dd><?cs var:Dec.on ?><?cs if:Dec.decided_by ?>（<?cs var:Dec.decided_by ?>）<?cs /if ?></dd>
  </dl>
  <div class="tiles">
    <div class="tile"><span class="n" id="m-decided"><?cs var:Dec.decided ?></span><span class="t">决定金额（万元）</span></div>
    <div class="tile"><span class="n" id="m-paid"><?cs var:Dec.paid ?></span><span class="t">已拨付（万元，拨付 <?cs var:Dec.pays ?> − 追回 <?cs var:Dec.clawed ?>）</span></div>
    <div class="tile<?cs if:Dec.open ?> warn<?cs /if ?>"><span class="n" id="m-left"><?cs var:Dec.left ?></span><span class="t">未拨付（万元）</span></div>
  </div>
  <h2>金额的计算</h2>
  <p class="reason" id="explanation"><?cs var:Dec.explanation ?></p>
</section>
<?cs if:Others_programmes > 1 ?>
<p class="error-summary" role="alert" id="double">该单位（<?cs var:Dec.credit_code ?>）在 <?cs var:Others_programmes ?> 个项目中均有资金决定，请核对是否重复享受（就高不重复），由市、自治区主管部门认定。</p>
<?cs /if ?>
<?cs if:subcount(Others) > 1 ?>
<section class="card">
  <h2>该单位的全部资金决定 <small class="count">按统一社会信用代码，跨项目、批次、规则</small></h2>
  <div class="table-scroll" tabindex="0" role="region" aria-label="该单位的全部资金决定"><table class="list"><thead><tr><th>项目</th><th>批次</th><th>类别</th><th>规则</th><th class="num">决定（万元）</th><th class="num">拨付</th><th class="num">追回</th><th class="num">未拨付</th></tr></thead><tbody>
  <?cs each:o = Others ?><tr<?cs if:o.id == Dec.id ?> class="current"<?cs /if ?>><td><?cs var:o.programme ?><?cs if:o.void == "1" ?> <span class="badge off">已作废</span><?cs /if ?></td><td><?cs var:o.batch ?></td><td><?cs var:o.kind ?></td><td><?cs var:o.ruleset ?></td>
    <td class="num"><?cs var:o.decided ?></td><td class="num"><?cs var:o.paid ?></td><td class="num"><?cs var:o.clawed ?></td><td class="num"><?cs var:o.left ?></td></tr><?cs /each ?>
  </tbody></table></div>
</section>
<?cs /if ?>
<section class="card">
  <h2>拨付与追回记录</h2>
  <?cs if:subcount(Pay) == 0 ?><p class="hint">尚未拨付。</p><?cs else ?>
  <div class="table-scroll" tabindex="0" role="region" aria-label="拨付与追回记录"><table class="list"><thead><tr><th>类型</th><th>日期</th><th class="num">金额（万元）</th><th>银行流水号 / 追回原因</th><th>凭证</th><th>记录人</th><th>记录时间</th></tr></thead><tbody>
  <?cs each:p = Pay ?><tr><td><?cs var:p.kind ?></td><td><?cs var:p.day ?></td><td class="num"><?cs var:p.amount ?></td>
    <td><?cs if:p.bank_ref ?><?cs var:p.bank_ref ?><?cs else ?><?cs var:p.reason ?><?cs /if ?></td>
    <td><?cs if:p.file == "1" ?><a href="/cgi-bin/payments.cgi?file=<?cs var:p.id ?>"><?cs var:p.filename ?></a><?cs /if ?></td>
    <td><?cs var:p.who ?></td><td><?cs var:p.at ?></td></tr><?cs /each ?>
  </tbody></table></div><?cs /if ?>
</section>
<?cs if:Dec.finance ?>
<?cs if:Dec.open ?>
<section class="card" id="pay">
  <h2>记录拨付</h2>
  <p class="hint">拨付金额不能超过未拨付金额 <?cs var:Dec.left ?> 万元。记录后不能修改；多付或违规的资金以“追回”记录。</p>
  <?cs call:record_form("pay", "拨付") ?>
    <?cs call:text("pay_day", "拨付日期", "date", 1, 0, "") ?>
    <?cs call:money("pay_amount", "拨付金额（万元）", 1, "", "") ?>
    <?cs call:text("bank_ref", "银行流水号（交易参考号）", "text", 1, 100, "") ?>
    <?cs call:upload_field("voucher", "付款凭证（PDF、JPG或PNG）", 1) ?>
    <div class="actions"><button type="submit" class="primary">记录拨付</button></div>
  </form>
</section>
<?cs /if ?>
<?cs if:Dec.can_claw ?>
<section class="card" id="clawback">
  <h2>记录追回</h2>
  <p class="hint">骗取、套取补助资金的，依法追回（实施方案 二（五）13）。追回金额不能超过已拨付金额 <?cs var:Dec.paid ?> 万元。</p>
  <?cs call:record_form("clawback", "追回") ?>
    <?cs call:text("claw_day", "追回日期", "date", 1, 0, "") ?>
    <?cs call:money("claw_amount", "追回金额（万元）", 1, "", "") ?>
    <div class="field<?cs if:Err.reason ?> invalid<?cs /if ?>">
      <?cs call:field_label("reason", "追回原因", 1) ?>
      <textarea id="f-reason" name="reason" rows="3" data-maxchars="1000"<?cs if:Err.reason ?> aria-invalid="true" aria-describedby="e-reason"<?cs /if ?>><?cs var:Form.reason ?></textarea>
      <?cs call:field_errmsg("reason") ?>
    </div>
    <?cs call:upload_field("claw_doc", "追回文书（可选，PDF、JPG或PNG）", 0) ?>
    <div class="actions"><button type="submit" class="danger">记录追回</button></div>
  </form>
</section>
<?cs /if ?>
<?cs /if ?>
<?cs else ?>
<h1>资金拨付 <small class="count"><?cs var:User.RegionName ?></small></h1>
<p class="lead">本地区已决定的资金（各项目认定、决策时写入），决定金额、已拨付（拨付 − 追回）和未拨付。<?cs if:User.Role == "finance" ?>打开一项记录拨付或追回。<?cs /if ?></p>
<div class="tiles">
  <a class="tile<?cs if:Money.Todo.count > 0 ?> warn<?cs /if ?>" href="/cgi-bin/payments.cgi?show=unpaid"><span class="n"><?cs var:Money.Todo.count ?></span><span class="t">待拨付（未拨付合计 <?cs var:Money.Todo.left ?> 万元）</span></a>
  <a class="tile<?cs if:Money.Double.count > 0 ?> warn<?cs /if ?>" href="/cgi-bin/payments.cgi?show=double"><span class="n"><?cs var:Money.Double.count ?></span><span class="t">在多个项目均有资金决定的单位</span></a>
</div>
<form class="filters" method="get" action="/cgi-bin/payments.cgi" role="search">
  <div class="field"><label for="f-q">收款单位名称或统一社会信用代码</label><input id="f-q" name="q" type="search" value="<?cs var:Form.q ?>" maxlength="100"></div>
  <div class="field"><label for="f-show">范围</label>
    <select id="f-show" name="show"><option value="">全部</option>
      <option value="unpaid"<?cs if:Filter.show == "unpaid" ?> selected<?cs /if ?>>尚有未拨付</option>
      <option value="paid"<?cs if:Filter.show == "paid" ?> selected<?cs /if ?>>已全部拨付</option>
      <option value="double"<?cs if:Filter.show == "double" ?> selected<?cs /if ?>>在多个项目均有资金决定</option></select></div>
  <input type="hidden" name="sort" value="<?cs var:Filter.sort ?>"><div class="field"><button type="submit" class="primary">查询</button></div>
</form>
<?cs set:exq = "/cgi-bin/payments.cgi?q=" + url_escape(Form.q) + "&amp;show=" + Filter.show + "&amp;sort=" + Filter.sort + "&amp;format=" ?>
<p class="actions">资金安排与拨付汇总表：<a class="button" href="<?cs var:exq ?>xlsx">导出 Excel</a> <a class="button" href="<?cs var:exq ?>csv">导出 CSV</a>
  <a class="button" href="<?cs var:exq ?>print">打印（A4横向）</a> <a class="button" href="<?cs var:exq ?>pdf">PDF</a></p>
<?cs if:subcount(Decisions) == 0 ?><p class="panel">没有符合条件的资金决定。</p>
<?cs else ?><div class="table-scroll"><table class="list">
  <thead><tr><?cs call:sort_th("name", "收款单位", "ascending", "") ?><th>统一社会信用代码</th><th>项目与批次</th><th>地区</th>
    <?cs call:sort_th("decided", "决定金额（万元）", "descending", "num") ?><th class="num">已拨付（万元）</th>
    <?cs call:sort_th("left", "未拨付（万元）", "descending", "num") ?><?cs call:sort_th("date", "决定日期", "descending", "") ?></tr></thead>
  <tbody><?cs each:d = Decisions ?><tr>
    <td><a href="/cgi-bin/payments.cgi?id=<?cs var:d.id ?>"><?cs var:d.name ?></a><?cs if:d.programmes > 1 ?> <span class="badge off">在<?cs var:d.programmes ?>个项目均有资金决定</span><?cs /if ?></td>
    <td><?cs var:d.credit_code ?></td><td><?cs var:d.programme ?> · <?cs var:d.batch ?>（<?cs var:d.kind ?>）</td><td><?cs var:d.county ?></td>
    <td class="num"><?cs var:d.decided ?></td><td class="num"><?cs var:d.paid ?></td>
    <td class="num"><?cs if:d.open == "1" ?><strong><?cs var:d.left ?></strong><?cs else ?><?cs var:d.left ?><?cs /if ?></td><td><?cs var:d.on ?></td>
  </tr><?cs /each ?></tbody></table></div><?cs /if ?>
<?cs call:pager() ?>
<?cs /if ?>
<?cs include:"footer.cs" ?>
