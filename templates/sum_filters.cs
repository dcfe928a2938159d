<?cs # the filter form shared by the 汇总表, the 绩效评价目标表 and the statistics ?>
<?cs def:sum_filters(page) ?>
<form class="filters" method="get" action="/cgi-bin/<?cs var:page ?>.cgi" role="search">
  <div class="field"><label for="f-batch">申报批次</label>
    <select id="f-batch" name="batch"><?cs each:b = BatchList ?><option value="<?cs var:b.id ?>"<?cs if:b.id == Batch.id ?> selected<?cs /if ?>><?cs var:b.title ?></option><?cs /each ?></select></div>
  <?cs if:subcount(Scope.Regions) > 0 ?>
  <div class="field"><label for="f-city">地区</label>
    <select id="f-city" name="city"><option value="">全部</option>
      <?cs each:g = Scope.Regions ?><option value="<?cs var:g.code ?>"<?cs if:Filter.city == g.code ?> selected<?cs /if ?>><?cs if:g.level == "county" ?>　<?cs /if ?><?cs var:g.name ?></option><?cs /each ?></select></div>
  <?cs /if ?>
  <div class="field"><label for="f-sub">细分行业</label>
    <select id="f-sub" name="sub"><option value="">全部</option>
      <?cs each:s = SubInd ?><option value="<?cs var:s.seq ?>"<?cs if:Filter.sub == s.seq ?> selected<?cs /if ?>><?cs var:s.seq ?>. <?cs var:s.name ?></option><?cs /each ?></select></div>
  <div class="field"><label for="f-state">状态</label>
    <select id="f-state" name="state">
      <option value=""<?cs if:Filter.state == "" ?> selected<?cs /if ?>>盟市已推荐及以后</option>
      <option value="recommended"<?cs if:Filter.state == "recommended" ?> selected<?cs /if ?>>盟市已推荐</option>
      <option value="proposed"<?cs if:Filter.state == "proposed" ?> selected<?cs /if ?>>拟认定</option>
      <option value="recognised"<?cs if:Filter.state == "recognised" ?> selected<?cs /if ?>>已认定</option>
      <option value="all"<?cs if:Filter.state == "all" ?> selected<?cs /if ?>>全部已提交</option></select></div>
  <div class="field"><button type="submit" class="primary">查询</button></div>
</form>
<?cs /def ?>
