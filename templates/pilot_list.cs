<?cs set:Page.Title = "公布试点企业名单" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<?cs call:batch_picker("pilot_list") ?>
<section class="card">
  <h1>公布试点企业名单 <small class="count"><?cs var:Batch.title ?></small></h1>
  <p class="lead">经县（市）区审核推荐、市专家评审和集体决策列入的企业，由市工信局核定公布（实施细则 第四章（一）2（4））。公布后企业进入试点企业库，建立“一企一档”。</p>
  <?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
  <?cs call:error_summary() ?>
  <h2>待公布（<?cs var:subcount(Waiting) ?>家）</h2>
  <?cs if:subcount(Waiting) == 0 ?><p class="hint">暂无待公布的企业。</p><?cs else ?>
  <table class="list"><thead><tr><th>序号</th><th>企业名称</th><th>统一社会信用代码</th><th>所属县（市、区）</th></tr></thead><tbody>
  <?cs each:w = Waiting ?><tr><td><?cs var:name(w) + 1 ?></td><td><a href="/cgi-bin/ent.cgi?id=<?cs var:w.id ?>"><?cs var:w.org ?></a></td><td><?cs var:w.credit_code ?></td><td><?cs var:w.county ?></td></tr><?cs /each ?>
  </tbody></table>
  <?cs call:publish_form("pilot_list", "确定公布这" + subcount(Waiting) + "家企业为试点企业？公布后不能撤回，名单将在公开页面展示。", "例如：长工信发〔2026〕12号") ?>
  <?cs /if ?>
</section>
<section class="card">
  <h2>已公布的名单</h2>
  <?cs if:subcount(Listed) == 0 ?><p class="hint">本批次尚未公布名单。</p><?cs else ?>
  <table class="list"><thead><tr><th>文号</th><th>公布日期</th><th>企业名称</th><th>统一社会信用代码</th><th>所属县（市、区）</th></tr></thead><tbody>
  <?cs each:l = Listed ?><tr><td><?cs var:l.doc_no ?></td><td><?cs var:l.on ?></td><td><a href="/cgi-bin/pilot.cgi?code=<?cs var:l.credit_code ?>"><?cs var:l.org ?></a></td><td><?cs var:l.credit_code ?></td><td><?cs var:l.county ?></td></tr><?cs /each ?>
  </tbody></table><p><a href="/cgi-bin/public.cgi">查看公开页面</a></p><?cs /if ?>
</section>
<?cs include:"footer.cs" ?>
