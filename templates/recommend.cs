<?cs set:Page.Title = "盟市推荐" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>盟市推荐 <small class="count"><?cs var:Rec.city_name ?> · <?cs var:Batch.title ?></small></h1>
<?cs call:batch_picker("recommend") ?>
<p>盟市上报截止：<?cs var:Batch.city_deadline ?><?cs if:Rec.past_deadline == "1" ?>（已截止）<?cs /if ?> ·
  状态：<?cs if:Rec.submitted == "1" ?><span class="badge on">已提交（<?cs var:Rec.submitted_at ?>），已冻结</span><?cs else ?><span class="badge">未提交</span><?cs /if ?>
  · <a href="/cgi-bin/rec_print.cgi?batch=<?cs var:Batch.id ?>&amp;city=<?cs var:Rec.city ?>">推荐汇总表（打印）</a></p>
<?cs call:rec_cosign_status() ?>
<?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
<div class="tiles">
  <div class="tile<?cs if:Quota.subs_left <= 0 ?> warn<?cs /if ?>"><span class="n"><?cs var:Quota.subs ?> / <?cs var:Batch.max_subind_per_city ?></span><span class="t">已选细分行业（尚可 <?cs var:Quota.subs_left ?> 个，五、相关要求（二））</span></div>
  <div class="tile"><span class="n"><?cs var:subcount(Items) ?></span><span class="t">推荐平台（每个细分行业不超过 <?cs var:Batch.max_platforms_per_subind ?> 个，五、相关要求（三））</span></div>
</div>
<section class="card">
  <h2>推荐名单</h2>
  <?cs if:subcount(Items) == 0 ?><p>尚未加入任何服务平台。</p><?cs else ?>
  <table class="list">
    <thead><tr><th>细分行业</th><th>排序</th><th>服务平台</th><th>推荐理由</th><th class="num">服务企业</th><th class="num">奖补资金（万元）</th><?cs if:Rec.submitted != "1" && User.Role == "city" ?><th>操作</th><?cs /if ?></tr></thead>
    <tbody>
    <?cs each:i = Items ?>
    <tr><?cs if:i.first == "1" ?><td rowspan="<?cs var:i.in_sub ?>"><?cs var:i.sub ?>. <?cs var:i.sub_name ?><br><small>已推荐 <?cs var:i.in_sub ?> / <?cs var:Batch.max_platforms_per_subind ?></small></td><?cs /if ?>
      <td>第 <?cs var:i.rank ?> 位</td><td><?cs if:Rec.cosigner == "1" ?><?cs var:i.org ?><?cs else ?><a href="/cgi-bin/app.cgi?id=<?cs var:i.app ?>"><?cs var:i.org ?></a><?cs /if ?></td><td><?cs var:i.reason ?></td>
      <td class="num"><?cs var:i.ents ?></td><td class="num"><?cs var:i.subsidy ?></td>
      <?cs if:Rec.submitted != "1" && User.Role == "city" ?><td>
        <form class="inline" method="post" action="/cgi-bin/recommend.cgi?batch=<?cs var:Batch.id ?>"><?cs call:csrf() ?><input type="hidden" name="item" value="<?cs var:i.id ?>"><button class="link" name="op" value="up" type="submit" aria-label="上移 <?cs var:i.org ?>">上移</button> <button class="link" name="op" value="down" type="submit" aria-label="下移 <?cs var:i.org ?>">下移</button> <button class="link" name="op" value="remove" type="submit" aria-label="移出 <?cs var:i.org ?>">移出</button></form></td><?cs /if ?>
    </tr>
    <?cs /each ?>
    </tbody>
  </table>
  <?cs /if ?>
</section>
<?cs call:rec_cosign_form("recommend", "服务平台") ?>
<?cs if:Rec.submitted != "1" && User.Role == "city" ?>
<section class="card">
  <h2>本盟市审核通过、尚未推荐的服务平台</h2>
  <?cs if:subcount(Candidates) == 0 ?><p>没有待推荐的服务平台（须先在“审核”中审核通过）。</p><?cs else ?>
  <table class="list"><thead><tr><th>服务平台</th><th>所在旗县区</th><th>细分行业</th><th>推荐理由</th></tr></thead><tbody>
  <?cs each:c = Candidates ?><tr><td><a href="/cgi-bin/app.cgi?id=<?cs var:c.app ?>"><?cs var:c.org ?></a></td><td><?cs var:c.county ?></td><td><?cs var:c.sub ?>. <?cs var:c.sub_name ?></td>
    <td><form data-autosave="recommend-<?cs var:Batch.id ?>-add-<?cs var:c.app ?>" method="post" action="/cgi-bin/recommend.cgi?batch=<?cs var:Batch.id ?>"><?cs call:csrf() ?><input type="hidden" name="op" value="add"><input type="hidden" name="app" value="<?cs var:c.app ?>">
      <?cs set:bad = Err.reason && Form.app == c.app ?>
      <div class="field<?cs if:bad ?> invalid<?cs /if ?>"><label class="sr" for="f-reason-<?cs var:c.app ?>">推荐理由（<?cs var:c.org ?>）</label>
      <textarea id="f-reason-<?cs var:c.app ?>" name="reason" rows="2" maxlength="500"<?cs if:bad ?> aria-invalid="true" aria-describedby="e-reason-<?cs var:c.app ?>"<?cs /if ?>><?cs if:bad ?><?cs var:Form.reason ?><?cs /if ?></textarea>
      <?cs if:bad ?><p class="err" id="e-reason-<?cs var:c.app ?>"><?cs var:Err.reason ?></p><?cs /if ?></div>
      <button type="submit">加入推荐</button></form></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
</section>
<section class="card">
  <h2>提交推荐（须附盟市工信和财政部门联合行文）</h2>
  <?cs call:rec_submit_form("recommend", "联合行文", "例如：包工信发〔2026〕12号", "确定提交推荐名单？提交后将冻结，不能再修改。", "提交推荐名单") ?>
</section>
<?cs elif:Rec.submitted == "1" ?>
<section class="card"><h2>联合行文</h2>
  <dl class="kv"><dt>文号</dt><dd><?cs var:Rec.doc_no ?></dd><dt>日期</dt><dd><?cs var:Rec.doc_date ?></dd><dt>文件</dt><dd><?cs var:Rec.doc_file ?></dd></dl>
  <?cs if:User.Role == "province" ?>
  <form method="post" action="/cgi-bin/recommend.cgi?batch=<?cs var:Batch.id ?>&amp;city=<?cs var:Rec.city ?>" data-confirm="确定重新开放该盟市的推荐？已推荐的申请将退回“盟市审核通过”状态。">
    <?cs call:csrf() ?><input type="hidden" name="op" value="reopen"><div class="actions"><button type="submit" class="danger">重新开放推荐</button></div></form>
  <?cs /if ?>
</section>
<?cs /if ?>
<?cs include:"footer.cs" ?>
