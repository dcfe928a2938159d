<?cs set:Page.Title = "申请报告核验" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card narrow">
  <h1>申请报告核验</h1>
  <p class="lead">输入纸质申请报告页脚的验证码，核验纸质稿与在线提交的内容是否一致（线上与线下数据应保持一致）。</p>
  <form method="get" action="/cgi-bin/verify.cgi" novalidate>
    <?cs call:text("code", "验证码", "text", 1, 40, "16位，例如 ABCD-EFGH-JKMN-PQRS") ?>
    <div class="actions"><button type="submit" class="primary">核验</button></div>
  </form>
  <?cs if:Found.0.org ?>
  <div class="<?cs if:Found.0.current == "1" ?>flash<?cs else ?>error-summary<?cs /if ?>" role="status">
    <dl class="kv">
      <dt>验证码</dt><dd><?cs var:Found.code ?></dd>
      <dt>服务平台</dt><dd><?cs var:Found.0.org ?></dd>
      <dt>申报批次</dt><dd><?cs var:Found.0.batch ?></dd>
      <dt>申报细分行业</dt><dd><?cs var:Found.0.sub_industry ?></dd>
      <dt>版本</dt><dd>第 <?cs var:Found.0.version ?> 版</dd>
      <dt>提交时间</dt><dd><?cs var:Found.0.submitted_at ?></dd>
      <dt>是否当前版本</dt><dd><?cs if:Found.0.current == "1" ?>是：该纸质稿与当前在线申报一致。<?cs elif:Found.0.withdrawn == "1" ?>否：该版本已撤回。<?cs else ?>否：此后已提交了新的版本，请以最新版本为准。<?cs /if ?></dd>
    </dl>
  </div>
  <?cs elif:NotFound ?>
  <p class="error-summary" role="alert">没有找到该验证码对应的申请报告。请核对验证码；纸质稿可能不是由本系统生成。</p>
  <?cs /if ?>
</section>
<?cs include:"footer.cs" ?>
