<?cs # 长春's 项目验收 record (accept.cs, cc_accept.cs): the level of 水平评测, the 评测工作方案, each round's 附件5 ?>
<?cs def:accept_record() ?>
<section class="card" id="acceptance">
  <h2>验收情况（附件5 验收意见）</h2>
  <table class="kv">
    <tr><th>评测机构</th><td><?cs if:Accept.evaluator ?><?cs var:Accept.evaluator ?><?cs else ?>—<?cs /if ?></td></tr>
    <tr><th>水平评测认定等级</th><td><strong><?cs var:Accept.level_label ?></strong>（通过验收须达到二级及以上，实施细则 第五章（三））</td></tr>
    <tr><th>评测工作方案</th><td><?cs if:Accept.plan > 0 ?><a href="/cgi-bin/file.cgi?id=<?cs var:Accept.plan ?>"><?cs var:Accept.plan_name ?></a><?cs else ?>尚未上传<?cs /if ?></td></tr>
  </table>
  <?cs if:subcount(Accept.Rounds) == 0 ?><p class="hint">评测机构尚未出具验收意见。</p><?cs /if ?>
  <?cs each:c = Accept.Rounds ?>
  <h3><?cs if:c.round == 2 ?>整改后再次验收<?cs else ?>首次验收<?cs /if ?></h3>
  <table class="kv">
    <tr><th>书面材料审核日期</th><td><?cs var:c.paper_on ?></td></tr>
    <tr><th>现场核查日期</th><td><?cs var:c.site_on ?></td></tr>
    <tr><th>专家组</th><td>负责人：<?cs var:c.leader ?>；组员：<?cs var:c.members ?></td></tr>
    <tr><th>验收意见日期</th><td><?cs var:c.accepted_on ?></td></tr>
    <tr><th>验收结论</th><td><strong><?cs var:c.result_label ?></strong></td></tr>
    <tr><th><?cs if:c.result == "fail" ?>整改要求<?cs else ?>审核意见（改进建议）<?cs /if ?></th><td class="reason"><?cs var:c.opinion ?></td></tr>
    <?cs if:c.rectify_until ?><tr><th>整改期限</th><td><?cs var:c.rectify_until ?>（验收意见之日起 <?cs var:Accept.rectify_days ?> 天，最长 1 个月）<?cs if:App.state == "returned" ?><?cs if:c.days_left < 0 ?> <span class="badge late">整改期已满 <?cs var:0 - c.days_left ?> 天，未再次申请</span><?cs else ?> <span class="badge">剩余 <?cs var:c.days_left ?> 天</span><?cs /if ?><?cs /if ?></td></tr><?cs /if ?>
    <tr><th>县（市、区）工信主管部门意见</th><td><?cs if:c.county_on ?><?cs var:c.county_opinion ?>（<?cs var:c.county_on ?>）<?cs else ?>尚未出具<?cs /if ?></td></tr>
  </table>
  <?cs /each ?>
  <?cs if:subcount(Accept.Returns) > 0 ?>
  <h3>县（市）区退回的验收意见</h3>
  <table class="list" id="returns"><thead><tr><th>轮次</th><th>评测机构</th><th>验收意见日期</th><th>原验收结论</th><th>原审核意见</th><th>退回理由</th><th>退回时间</th></tr></thead><tbody>
  <?cs each:x = Accept.Returns ?><tr><td><?cs if:x.round == 2 ?>整改后再次验收<?cs else ?>首次验收<?cs /if ?></td><td><?cs var:x.evaluator ?></td><td><?cs var:x.accepted_on ?></td><td><?cs var:x.result_label ?></td><td class="reason"><?cs var:x.opinion ?></td><td class="reason"><?cs var:x.reason ?></td><td><?cs var:x.returned_at ?>（<?cs var:x.by ?>）</td></tr><?cs /each ?>
  </tbody></table>
  <?cs /if ?>
  <?cs if:subcount(Accept.Rounds) > 0 ?><p><a href="/cgi-bin/accept.cgi?id=<?cs var:App.id ?>&amp;format=print">打印验收意见（附件5）</a></p><?cs /if ?>
</section>
<?cs /def ?>
