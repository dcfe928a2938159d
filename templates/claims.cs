<?cs set:Page.Title = "试点企业归属裁定" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>试点企业归属裁定 <small class="count"><?cs var:Batch.title ?></small></h1>
<?cs call:batch_picker("claims") ?>
<p class="hint">同一试点企业（统一社会信用代码相同）出现在本批次多个服务平台的服务企业清单中。每家试点企业奖补资金最高不超过 <?cs var:Batch.cap_enterprise ?> 万元（附件3注），请裁定由哪个服务平台保留该企业并说明理由。裁定记入审计日志，在汇总表和审核页面显示，不改动各平台申报的数据。</p>
<?cs call:error_summary() ?>
<?cs if:subcount(Claims) == 0 ?><p class="panel">本批次没有被多个服务平台同时申报的试点企业。</p><?cs /if ?>
<?cs each:c = Claims ?>
<section class="card" id="c-<?cs var:c.code ?>">
  <h2><?cs var:c.name ?> <small class="count"><?cs var:c.code ?></small></h2>
  <p>各平台合计申请奖补 <strong><?cs var:c.total ?></strong> 万元<?cs if:c.over == "1" ?>，<span class="badge off">超过每家 <?cs var:Batch.cap_enterprise ?> 万元</span><?cs /if ?>
    <?cs if:c.kept ?> · 已于 <?cs var:c.decided_at ?> 裁定，理由：<?cs var:c.reason ?><?cs /if ?></p>
  <form data-autosave="claims-<?cs var:Batch.id ?>-<?cs var:c.code ?>" method="post" action="/cgi-bin/claims.cgi?batch=<?cs var:Batch.id ?>" novalidate data-confirm="确定裁定该企业的归属？裁定将记入审计日志。">
    <?cs call:csrf() ?><input type="hidden" name="op" value="decide"><input type="hidden" name="code" value="<?cs var:c.code ?>">
    <table class="list"><thead><tr><th>保留</th><th>服务平台</th><th>审核状态</th><th class="num">实际改造成本（万元）</th><th class="num">奖补资金额（万元）</th></tr></thead><tbody>
    <?cs each:a = c.apps ?><tr>
      <td><input type="radio" id="f-app-<?cs var:c.code ?>-<?cs var:a.app ?>" name="app" value="<?cs var:a.app ?>"<?cs if:c.kept == a.app ?> checked<?cs /if ?>></td>
      <td><label for="f-app-<?cs var:c.code ?>-<?cs var:a.app ?>"><?cs var:a.org ?></label> <a href="/cgi-bin/app.cgi?id=<?cs var:a.app ?>">查看</a></td>
      <td><?cs var:a.state ?></td><td class="num"><?cs var:a.cost ?></td><td class="num"><?cs var:a.subsidy ?></td></tr><?cs /each ?>
    </tbody></table>
    <?cs set:mine = Form.code == c.code ?>
    <?cs if:mine && Err.app ?><p class="err" role="alert"><?cs var:Err.app ?></p><?cs /if ?>
    <div class="field<?cs if:mine && Err.reason ?> invalid<?cs /if ?>"><label for="f-reason-<?cs var:c.code ?>">裁定理由</label>
      <textarea id="f-reason-<?cs var:c.code ?>" name="reason" rows="2" data-maxchars="1000"<?cs if:mine && Err.reason ?> aria-invalid="true"<?cs /if ?>><?cs if:mine ?><?cs var:Form.reason ?><?cs else ?><?cs var:c.reason ?><?cs /if ?></textarea>
      <?cs if:mine && Err.reason ?><p class="err"><?cs var:Err.reason ?></p><?cs /if ?></div>
    <div class="actions"><button type="submit" class="primary"><?cs if:c.kept ?>修改裁定<?cs else ?>裁定归属<?cs /if ?></button></div>
  </form>
</section>
<?cs /each ?>
<?cs include:"footer.cs" ?>
