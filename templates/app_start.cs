<?cs set:Page.Title = "我的申报" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>我的申报</h1>
<?cs if:Open.id ?>
<section class="card">
  <h2><?cs var:Open.title ?></h2>
  <dl class="kv">
    <dt>开始申报</dt><dd><?cs var:Open.open_date ?></dd>
    <dt>申报截止</dt><dd><?cs var:Open.applicant_deadline ?></dd>
    <dt>申报条件（六）</dt><dd>本年度至少为某一细分领域的 <?cs var:Open.min_smes ?> 家中小企业提供数字化转型服务</dd>
    <dt>奖补上限</dt><dd>每个服务平台 <?cs var:Open.cap_platform ?> 万元；每家试点企业不超过实际改造成本的 <?cs var:Open.cap_enterprise_pct ?>% 且不超过 <?cs var:Open.cap_enterprise ?> 万元</dd>
  </dl>
  <p>申请报告分为基本信息、申报细分行业、申报条件、承诺书、实施方案、服务企业清单、绩效评价目标表和附件材料，可分别保存为草稿。每个服务平台每批只能申报一个细分行业。</p>
  <form method="post" action="/cgi-bin/app.cgi">
    <?cs call:csrf() ?><input type="hidden" name="op" value="create">
    <div class="actions"><button type="submit" class="primary">开始填写申请报告</button></div>
  </form>
</section>
<?cs else ?>
<p class="panel">当前没有开放的申报批次。批次开放后可在此开始申报。</p>
<?cs /if ?>
<?cs include:"footer.cs" ?>
