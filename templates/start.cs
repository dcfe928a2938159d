<?cs # an applicant with nothing filed in an open call: the calls open to it, each stating what it
     asks and how to start; what it filed before (lib/overview.c) ?>
<?cs set:Page.Title = "我的申报" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>我的申报</h1>
<?cs each:c = Calls ?>
<section class="card">
  <h2><?cs var:c.title ?></h2>
  <dl class="kv">
    <dt>开始申报</dt><dd><?cs var:c.open_date ?></dd>
    <dt>申报截止</dt><dd><?cs var:c.applicant_deadline ?></dd>
    <?cs each:m = c.Params ?><dt><?cs var:m.label ?></dt><dd><?cs var:m.value ?> <small class="hint">（<?cs var:m.clause ?>）</small></dd><?cs /each ?>
  </dl>
  <?cs if:c.intro ?><p><?cs var:c.intro ?></p><?cs /if ?>
  <form method="post" action="/cgi-bin/<?cs var:c.overview ?>.cgi">
    <?cs call:csrf() ?><input type="hidden" name="op" value="create"><input type="hidden" name="batch" value="<?cs var:c.id ?>">
    <div class="actions"><button type="submit" class="primary">开始填写<?cs var:c.document ?></button></div>
  </form>
</section>
<?cs /each ?>
<?cs if:subcount(Calls) == 0 ?><p class="panel">您所在地区当前没有开放的申报批次。批次开放后可在此开始申报。</p><?cs /if ?>
<?cs if:subcount(Mine) > 0 ?>
<section class="card"><h2>以往申报</h2>
  <ul><?cs each:m = Mine ?><li><a href="<?cs var:m.href ?>"><?cs var:m.title ?></a>（<?cs var:m.state ?>）</li><?cs /each ?></ul>
</section>
<?cs /if ?>
<?cs include:"footer.cs" ?>
