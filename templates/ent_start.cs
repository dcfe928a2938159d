<?cs set:Page.Title = "我的申报" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>我的申报</h1>
<?cs if:Open.id ?>
<section class="card">
  <h2><?cs var:Open.title ?></h2>
  <dl class="kv"><dt>申报截止</dt><dd><?cs var:Open.applicant_deadline ?></dd></dl>
  <p>征集条件：符合《统计上大中小微型企业划分办法（2017）》的中小微企业，有较强的数字化改造意愿和需求且近一年内有改造计划。已获得中央财政专项资金支持的专精特新“小巨人”企业和已纳入2022年改造试点的企业不可申报。</p>
  <form method="post" action="/cgi-bin/ent.cgi"><?cs call:csrf() ?><input type="hidden" name="op" value="create">
    <div class="actions"><button type="submit" class="primary">开始填写申报书</button></div></form>
</section>
<?cs else ?><p class="panel">您所在的市当前没有开放的试点企业征集批次。</p><?cs /if ?>
<?cs include:"footer.cs" ?>
