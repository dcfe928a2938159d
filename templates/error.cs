<?cs set:Page.Title = Error.Title ?>
<?cs include:"header.cs" ?>
<section class="error-page">
  <h1><?cs var:Error.Title ?> <small class="count">（<?cs var:Error.Status ?>）</small></h1>
  <p class="error-text"><?cs var:Error.Text ?></p>
  <p class="rid">请求编号：<?cs var:Error.RequestId ?></p>
  <p><?cs if:Error.Back ?><a href="<?cs var:Error.Back ?>"><?cs if:Error.Resave ?>返回原页面并重新保存<?cs else ?>返回上一页<?cs /if ?></a> · <?cs /if ?><a href="/cgi-bin/home.cgi">返回首页</a></p>
</section>
<?cs include:"footer.cs" ?>
