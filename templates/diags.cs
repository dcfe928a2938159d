<?cs set:Page.Title = "咨询诊断" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card">
  <h1>咨询诊断项目</h1>
  <p class="lead">试点企业入库后进入咨询诊断：选定服务商、签订服务协议，服务商完成诊断服务后两周内提交咨询诊断报告（实施细则 第四章（二）1（4））。逾期未提交的项目排在前面。</p>
  <form method="get" action="/cgi-bin/diag.cgi" class="filters">
    <div class="field"><label for="f-q">企业名称</label><input id="f-q" name="q" type="search" value="<?cs var:Form.q ?>" maxlength="100"></div>
    <span class="choice"><input type="checkbox" id="f-overdue" name="overdue" value="1"<?cs if:Filter.overdue ?> checked<?cs /if ?>><label for="f-overdue">只看逾期未提交报告</label></span>
    <input type="hidden" name="sort" value="<?cs var:Filter.sort ?>">
    <input type="hidden" name="provider" value="<?cs var:Form.provider ?>"><input type="hidden" name="county" value="<?cs var:Form.county ?>">
    <button type="submit">查询</button>
  </form>
  <?cs if:subcount(Diags) == 0 ?><p class="hint">暂无咨询诊断项目。</p><?cs else ?>
  <table class="list"><thead><tr><th><a href="<?cs var:Filter.base ?>sort=org">企业名称</a></th><th>所属县（市、区）</th><th>服务商</th><th><a href="<?cs var:Filter.base ?>sort=state">状态</a></th><th>完成服务日期</th><th><a href="<?cs var:Filter.base ?>sort=due">报告提交期限</a></th></tr></thead><tbody>
  <?cs each:d = Diags ?><tr><td><a href="/cgi-bin/diag.cgi?id=<?cs var:d.id ?>"><?cs var:d.org ?></a></td><td><?cs var:d.county ?></td><td><?cs var:d.provider ?></td><td><?cs var:d.state_label ?></td><td><?cs var:d.completed ?></td>
    <td><?cs var:d.due ?><?cs if:d.overdue > 0 ?> <span class="badge late">已逾期 <?cs var:d.overdue ?> 天</span><?cs elif:d.late > 0 ?> <span class="badge late">逾期提交</span><?cs /if ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
  <?cs call:pager() ?>
</section>
<?cs include:"footer.cs" ?>
