<?cs set:Page.Title = "奖励遴选" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<?cs call:batch_picker("awards") ?>
<section class="card">
  <h1>奖励遴选 <small class="count"><?cs var:Batch.title ?></small></h1>
  <p class="lead"><?cs var:Prog.name ?>：<?cs var:Prog.county_level ?>审核推荐的项目，由<?cs var:Prog.authority ?>组织专家评审、集体决策后逐项入选并核定奖励金额，再公布名单。奖励金额按本批次的规则集（<?cs var:Awards.ruleset ?>）在上限内核定，并附计算说明；核定后由财政部门在“资金拨付”中拨付。</p>
  <?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
  <?cs call:error_summary() ?>
  <h2>入选数量</h2>
  <table class="list"><thead><tr><th>奖励类型</th><th>待遴选</th><th>已入选</th><th>其中已公布</th><th>遴选数量要求</th><th>依据</th></tr></thead><tbody>
  <?cs each:c = Counts ?><tr><td><?cs var:c.label ?></td><td class="num"><?cs var:c.recommended ?></td><td class="num"><?cs var:c.selected ?></td><td class="num"><?cs var:c.published ?></td><td><?cs var:c.min ?><?cs if:c.short ?>（尚未达到）<?cs /if ?></td><td class="hint"><?cs var:c.clause ?></td></tr><?cs /each ?>
  </tbody></table>
</section>
<section class="card">
  <h2>待遴选（<?cs var:subcount(Waiting) ?>项）</h2>
  <?cs if:subcount(Waiting) == 0 ?><p class="hint">暂无<?cs var:Prog.county_level ?>推荐、待遴选的项目。</p><?cs else ?>
  <p class="hint">“未入选”和“退回修改”在申报表页面的审核栏中办理（须填写理由）。</p>
  <?cs each:w = Waiting ?>
  <form data-autosave="awards-<?cs var:Batch.id ?>-select-<?cs var:w.id ?>" class="row-form" method="post" action="/cgi-bin/awards.cgi?batch=<?cs var:Batch.id ?>" novalidate data-confirm="确定<?cs var:w.org ?>入选并按规则集核定奖励金额？核定后不能撤回。">
    <?cs call:csrf() ?><input type="hidden" name="op" value="select"><input type="hidden" name="id" value="<?cs var:w.id ?>"><input type="hidden" name="version" value="<?cs var:w.version ?>">
    <h3><a href="/cgi-bin/ent.cgi?id=<?cs var:w.id ?>"><?cs var:w.org ?></a> <small>统一社会信用代码 <?cs var:w.credit_code ?> · <?cs var:w.county ?> · <?cs var:w.type ?><?cs if:w.applied ?> · 申报金额 <?cs var:w.applied ?> 万元<?cs /if ?></small></h3>
    <?cs if:Row.id == w.id ?><p class="error-summary" role="alert" id="e-<?cs var:Row.field ?>"><?cs var:Row.error ?></p><?cs /if ?>
    <div class="field"><label for="f-amount-<?cs var:w.id ?>">拟奖励金额（万元）</label>
      <input id="f-amount-<?cs var:w.id ?>" name="amount" type="text" maxlength="20" value="<?cs if:Row.id == w.id ?><?cs var:Row.amount ?><?cs /if ?>">
      <p class="hint">超过上限的部分按规则集核减，核定金额和计算说明记入资金决定</p></div>
    <div class="field"><label for="f-meeting-<?cs var:w.id ?>">会议</label>
      <input id="f-meeting-<?cs var:w.id ?>" name="meeting" type="text" maxlength="200" value="<?cs if:Row.id == w.id ?><?cs var:Row.meeting ?><?cs /if ?>">
      <p class="hint">例如：专家评审会、局长办公会（集体决策）</p></div>
    <div class="field"><label for="f-act_date-<?cs var:w.id ?>">决定日期</label>
      <input id="f-act_date-<?cs var:w.id ?>" name="act_date" type="date" value="<?cs if:Row.id == w.id ?><?cs var:Row.act_date ?><?cs /if ?>"></div>
    <div class="actions"><button type="submit" class="primary">入选并核定奖励</button></div>
  </form>
  <?cs /each ?>
  <?cs /if ?>
</section>
<section class="card">
  <h2>已入选，待公布（<?cs var:subcount(Selected) ?>项）</h2>
  <?cs if:subcount(Selected) == 0 ?><p class="hint">暂无待公布的入选项目。</p><?cs else ?>
  <table class="list"><thead><tr><th>申报单位</th><th>所属县（市、区）</th><th>奖励类型</th><th>核定奖励（万元）</th><th>计算说明</th></tr></thead><tbody>
  <?cs each:s = Selected ?><tr><td><a href="/cgi-bin/ent.cgi?id=<?cs var:s.id ?>"><?cs var:s.org ?></a></td><td><?cs var:s.county ?></td><td><?cs var:s.type ?></td><td class="num"><?cs var:s.amount ?></td><td><a href="/cgi-bin/payments.cgi?id=<?cs var:s.decision ?>">查看</a></td></tr><?cs /each ?>
  </tbody></table>
  <?cs call:publish_form("awards", "确定公布这" + subcount(Selected) + "项奖励？公布后不能撤回，名单将在公开页面展示。", "例如：工信发〔2026〕20号") ?>
  <?cs /if ?>
</section>
<section class="card">
  <h2>已公布</h2>
  <?cs if:subcount(Published) == 0 ?><p class="hint">本批次尚未公布名单。</p><?cs else ?>
  <table class="list"><thead><tr><th>公布文号</th><th>公布日期</th><th>申报单位</th><th>所属县（市、区）</th><th>奖励类型</th><th>奖励（万元）</th></tr></thead><tbody>
  <?cs each:s = Published ?><tr><td><?cs var:s.doc_no ?></td><td><?cs var:s.on ?></td><td><a href="/cgi-bin/ent.cgi?id=<?cs var:s.id ?>"><?cs var:s.org ?></a></td><td><?cs var:s.county ?></td><td><?cs var:s.type ?></td><td class="num"><?cs var:s.amount ?></td></tr><?cs /each ?>
  </tbody></table>
  <p><a href="/cgi-bin/public.cgi">查看公开页面</a></p><?cs /if ?>
</section>
<?cs include:"footer.cs" ?>
