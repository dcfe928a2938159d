<?cs set:Page.Title = "奖励轮次" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<?cs call:batch_picker("xx_round") ?>
<section class="card">
  <h1>奖励建议名单 <small class="count"><?cs var:Batch.title ?></small></h1>
  <p class="lead">免申即享（行动计划 第二十一条）：系统按企业记录和规则集提出奖励建议名单；考核工作小组办公室逐家考察核实（第二十二条），公示7个工作日（第二十三条），报管委会审定后确定奖励（第二十四条）。</p>
  <?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
  <?cs call:error_summary() ?>
  <ul class="steps">
    <li><?cs var:StateLabel.proposed ?>：<?cs var:Count.proposed ?>家</li>
    <li><?cs var:StateLabel.verified ?>：<?cs var:Count.verified ?>家</li>
    <li><?cs var:StateLabel.publicized ?>：<?cs var:Count.publicized ?>家</li>
    <li><?cs var:StateLabel.decided ?>：<?cs var:Count.decided ?>家</li>
    <li><?cs var:StateLabel.refused ?>：<?cs var:Count.refused ?>家</li>
    <li><?cs var:StateLabel.removed ?>：<?cs var:Count.removed ?>家</li>
  </ul>
  <div class="actions">
    <a class="button" href="/cgi-bin/xx_round.cgi?batch=<?cs var:Batch.id ?>&amp;format=xlsx">导出 Excel</a>
    <a class="button" href="/cgi-bin/xx_round.cgi?batch=<?cs var:Batch.id ?>&amp;format=csv">导出 CSV</a>
    <a class="button" href="/cgi-bin/xx_round.cgi?batch=<?cs var:Batch.id ?>&amp;format=print">打印（A4横向）</a>
    <a class="button" href="/cgi-bin/xx_round.cgi?batch=<?cs var:Batch.id ?>&amp;format=pdf">PDF</a>
    <a class="button" href="/cgi-bin/xx_records.cgi">企业记录</a>
  </div>
  <div class="table-wrap"><?cs call:table(T, "list") ?></div>
  <?cs each:n = T.notes ?><p class="note"><?cs var:n ?></p><?cs /each ?>
</section>
<section class="card">
  <h2>提出奖励建议名单</h2>
  <p class="hint">按本区企业已记录的评定等级（二级及以上）、评定年度及其后第一个自然年度的营业收入、第二十五条情形测算；每家企业每轮次一项，尚未奖励的最早一次评定优先。已提出的企业不重复提出。</p>
  <form method="post" action="/cgi-bin/xx_round.cgi?batch=<?cs var:Batch.id ?>" novalidate>
    <?cs call:csrf() ?><input type="hidden" name="op" value="propose">
    <div class="actions"><button type="submit" class="primary">按记录提出奖励建议</button></div>
  </form>
</section>
<section class="card">
  <h2>公示（7个工作日）</h2>
  <?cs each:u = Pubs ?><p>公示期：<?cs var:u.start_cn ?>至<?cs var:u.end_cn ?>（<?cs var:u.days ?>个工作日，<?cs var:u.count ?>家）<?cs if:u.over == 1 ?> · 已期满<?cs else ?> · 公示中<?cs /if ?></p><?cs /each ?>
  <?cs if:Count.verified > 0 ?>
  <form data-autosave="xx_round-<?cs var:Batch.id ?>-publicize" method="post" action="/cgi-bin/xx_round.cgi?batch=<?cs var:Batch.id ?>" novalidate data-confirm="确定公示已考察核实的<?cs var:Count.verified ?>家企业及奖励金额？公示期7个工作日，公开页面同步展示。">
    <?cs call:csrf() ?><input type="hidden" name="op" value="publicize">
    <?cs call:text("start_date", "公示开始日期", "date", 1, 0, "不早于今天；公示期按7个工作日计算（跳过周末和本轮次设置的节假日）") ?>
    <div class="actions"><button type="submit" class="primary">公示已核实的<?cs var:Count.verified ?>家</button></div>
  </form>
  <?cs else ?><p class="hint">没有已考察核实、待公示的奖励。</p><?cs /if ?>
</section>
<section class="card">
  <h2>管委会审定</h2>
  <?cs if:Count.publicized > 0 ?>
  <form data-autosave="xx_round-<?cs var:Batch.id ?>-decide" method="post" action="/cgi-bin/xx_round.cgi?batch=<?cs var:Batch.id ?>" novalidate data-confirm="确定记录管委会审定？公示期满的<?cs var:Count.publicized ?>家企业的奖励将确定，不能撤回。">
    <?cs call:csrf() ?><input type="hidden" name="op" value="decide">
    <?cs call:text("act_date", "审定日期", "date", 1, 0, "不晚于今天；须在公示期满之后") ?>
    <?cs call:text("meeting", "审定会议", "text", 1, 200, "例如：管委会第12次主任办公会") ?>
    <div class="actions"><button type="submit" class="primary">记录审定（<?cs var:Count.publicized ?>家）</button></div>
  </form>
  <?cs else ?><p class="hint">没有公示中、待审定的奖励。</p><?cs /if ?>
</section>
<?cs include:"footer.cs" ?>
