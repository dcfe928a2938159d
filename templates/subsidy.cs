<?cs set:Page.Title = "政策测算" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>政策测算<?cs if:Rs.key ?> <small class="count"><?cs var:Rs.name ?></small><?cs /if ?></h1>
<section class="card">
  <h2>规则集</h2>
  <p class="hint">每个规则集有名称和版本；批次记录创建时所用的版本，规则修订为新版本后，已创建的批次和已作出的决定仍按原版本。金额均为整数元，向下取整到元。</p>
  <table class="list"><thead><tr><th>规则集</th><th>版本</th><th>名称</th><th>依据</th></tr></thead><tbody>
  <?cs each:x = Rulesets ?><tr<?cs if:x.current == "1" ?> class="current"<?cs /if ?>>
    <td><a href="/cgi-bin/subsidy.cgi?rs=<?cs var:x.key ?>&amp;v=<?cs var:x.version ?>"<?cs if:x.current == "1" ?> aria-current="page"<?cs /if ?>><?cs var:x.key ?></a></td>
    <td>第<?cs var:x.version ?>版</td><td><?cs var:x.name ?></td><td><?cs var:x.source ?></td></tr><?cs /each ?>
  </tbody></table>
</section>
<?cs if:Rs.key ?>
<section class="card" id="params">
  <h2><?cs var:Rs.key ?> 第<?cs var:Rs.version ?>版 参数<?cs if:Rs.newest != "1" ?> <span class="badge off">已有更新的版本</span><?cs /if ?></h2>
  <p>依据：<?cs var:Rs.source ?></p>
  <?cs if:Rs.note ?><p class="hint"><?cs var:Rs.note ?></p><?cs /if ?>
  <table class="list"><thead><tr><th>参数</th><th class="num">取值</th><th>出处</th></tr></thead><tbody>
  <?cs each:m = Rs.Params ?><tr><td><?cs var:m.label ?></td><td class="num"><?cs var:m.value ?></td>
    <td><?cs var:m.clause ?><?cs if:m.local == "1" ?> <span class="badge off">本系统的设定，政策文件未作规定</span><?cs /if ?></td></tr><?cs /each ?>
  </tbody></table>
</section>
<section class="card">
  <h2>输入</h2>
  <?cs call:error_summary() ?>
  <form method="get" action="/cgi-bin/subsidy.cgi" novalidate>
    <input type="hidden" name="rs" value="<?cs var:Rs.key ?>">
    <input type="hidden" name="v" value="<?cs var:Rs.version ?>">
    <input type="hidden" name="go" value="1">
    <?cs each:x = Rs.Inputs ?>
    <?cs if:subcount(x.Options) > 0 ?>
    <div class="field<?cs if:Err[x.name] ?> invalid<?cs /if ?>">
      <?cs call:field_label(x.name, x.label, 1) ?>
      <select id="f-<?cs var:x.name ?>" name="<?cs var:x.name ?>" aria-describedby="h-<?cs var:x.name ?><?cs if:Err[x.name] ?> e-<?cs var:x.name ?><?cs /if ?>"<?cs if:Err[x.name] ?> aria-invalid="true"<?cs /if ?>>
        <option value="">请选择</option>
        <?cs each:o = x.Options ?><option value="<?cs var:o.key ?>"<?cs if:Form[x.name] == o.key ?> selected<?cs /if ?>><?cs var:o.label ?></option><?cs /each ?>
      </select>
      <p class="hint" id="h-<?cs var:x.name ?>"><?cs var:x.clause ?><?cs if:x.hint ?>。<?cs var:x.hint ?><?cs /if ?></p>
      <?cs call:field_errmsg(x.name) ?>
    </div>
    <?cs else ?>
    <div class="field<?cs if:Err[x.name] ?> invalid<?cs /if ?>">
      <?cs call:field_label(x.name, x.label, x.optional != "1") ?>
      <input id="f-<?cs var:x.name ?>" name="<?cs var:x.name ?>" type="text" inputmode="numeric" value="<?cs var:Form[x.name] ?>" maxlength="20" aria-describedby="h-<?cs var:x.name ?><?cs if:Err[x.name] ?> e-<?cs var:x.name ?><?cs /if ?>"<?cs if:Err[x.name] ?> aria-invalid="true"<?cs /if ?>>
      <p class="hint" id="h-<?cs var:x.name ?>">整数元。<?cs var:x.clause ?><?cs if:x.hint ?>。<?cs var:x.hint ?><?cs /if ?></p>
      <?cs call:field_errmsg(x.name) ?>
    </div>
    <?cs /if ?>
    <?cs /each ?>
    <div class="actions"><button type="submit" class="primary">测算</button></div>
  </form>
</section>
<?cs if:?Result.amount ?>
<section class="card" id="result" aria-live="polite">
  <h2>测算结果：<?cs var:Result.amount ?> 元（<?cs var:Result.amount_wan ?> 万元）</h2>
  <?cs if:Result.refused ?><p class="error-summary">不予支持：<?cs var:Result.refused ?></p><?cs /if ?>
  <h3>输入</h3>
  <table class="list"><tbody><?cs each:i = Result.Inputs ?><tr><td><?cs var:i.label ?></td><td class="num"><?cs var:i.value ?></td></tr><?cs /each ?></tbody></table>
  <h3>计算步骤</h3>
  <ol class="steps"><?cs each:s = Result.Steps ?><li><?cs var:s.text ?><?cs if:s.clause ?><br><small class="hint">依据：<?cs var:s.clause ?></small><?cs /if ?></li><?cs /each ?></ol>
  <p class="hint">金额为整数元，向下取整到元。本测算不作为决定，最终金额以审核、审定结果为准。</p>
</section>
<?cs /if ?>
<?cs /if ?>
<?cs include:"footer.cs" ?>
