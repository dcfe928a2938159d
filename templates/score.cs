<?cs set:Page.Title = "我的评审" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>我的评审</h1>
<?cs if:Task.id ?>
<section class="card">
  <h2><?cs var:Task.org ?> <small class="count"><?cs var:Task.sub ?></small></h2>
  <?cs call:error_summary() ?>
  <?cs if:Task.declared != "1" ?>
  <form method="post" action="/cgi-bin/score.cgi?a=<?cs var:Task.id ?>">
    <?cs call:csrf() ?><input type="hidden" name="op" value="declare">
    <div class="check-field<?cs if:Err.declare ?> invalid<?cs /if ?>"><input type="checkbox" id="f-declare" name="declare" value="1">
      <label for="f-declare">本人声明：与该服务平台及其服务的试点企业不存在隶属、投资、雇佣、亲属等利益关系，将独立、客观、公正地评审，并对申报材料保密。</label><?cs call:field_errmsg("declare") ?></div>
    <div class="actions"><button type="submit" class="primary">声明并开始评审</button></div>
  </form>
  <?cs else ?>
  <p><a href="/cgi-bin/app.cgi?id=<?cs var:Task.app ?>">查看申请报告</a> · <a href="/cgi-bin/app_print.cgi?id=<?cs var:Task.app ?>">打印稿</a></p>
  <form method="post" action="/cgi-bin/score.cgi?a=<?cs var:Task.id ?>"<?cs if:Task.submitted != "1" ?> data-autosave="score-<?cs var:Task.id ?>"<?cs /if ?> data-confirm="确定提交评分？提交后不能修改。">
    <?cs call:csrf() ?><input type="hidden" name="op" value="submit">
    <table class="list score">
      <thead><tr><th>序号</th><th>评审内容</th><th class="num">满分</th><th>得分</th></tr></thead>
      <tbody>
      <?cs each:i = Rubric ?><tr><td><?cs var:i.seq ?></td><td><label for="f-points-<?cs var:i.id ?>"><?cs var:i.title ?></label></td><td class="num"><?cs var:i.max ?></td>
        <td><input type="hidden" name="item" value="<?cs var:i.id ?>">
          <input id="f-points-<?cs var:i.id ?>" name="points" type="text" inputmode="decimal" data-score="<?cs var:i.max ?>" value="<?cs var:i.points ?>"<?cs if:Task.submitted == "1" ?> disabled<?cs /if ?>></td></tr><?cs /each ?>
      </tbody>
      <tfoot><tr><th colspan="3">合计（满分100）</th><th><output id="score-total"><?cs var:Task.total ?></output></th></tr></tfoot>
    </table>
    <?cs call:field_errmsg("points") ?>
    <div class="field"><label for="f-comments">评审意见</label>
      <textarea id="f-comments" name="comments" rows="5" data-maxchars="2000" aria-describedby="c-comments"<?cs if:Task.submitted == "1" ?> disabled<?cs /if ?>><?cs var:Form.comments ?></textarea><p class="counter" id="c-comments">最多 2000 字</p></div>
    <?cs if:Task.submitted != "1" ?><div class="actions"><button type="submit" class="primary">提交评分</button></div><?cs else ?><p class="flash">评分已提交。</p><?cs /if ?>
  </form>
  <?cs /if ?>
</section>
<?cs /if ?>
<section class="card">
  <h2>评审任务</h2>
  <?cs if:subcount(Tasks) == 0 ?><p>目前没有分配给您的评审任务。</p><?cs else ?>
  <table class="list"><thead><tr><th>服务平台</th><th>盟市</th><th>细分行业</th><th>状态</th></tr></thead><tbody>
  <?cs each:t = Tasks ?><tr><td><a href="/cgi-bin/score.cgi?a=<?cs var:t.id ?>"><?cs var:t.org ?></a></td><td><?cs var:t.city ?></td><td><?cs var:t.sub ?></td>
    <td><?cs if:t.submitted == "1" ?>已评分（<?cs var:t.total ?> 分）<?cs elif:t.declared == "1" ?>评分中<?cs else ?>待声明<?cs /if ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
</section>
<?cs include:"footer.cs" ?>
