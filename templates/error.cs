<?cs set:Page.Title = Error.Status ?>
<?cs include:"header.cs" ?>
<section class="error-page">
  <h1><?cs var:Error.Status ?></h1>
  <p><?cs var:Error.Text ?></p>
  <p class="rid">请求编号：<?cs var:Error.RequestId ?></p>
  <p><?cs if:Error.Back ?><a href="<?cs var:Error.Back ?>">返回</a> · <?cs /if ?><a href="/cgi-bin/home.cgi">返回首页</a></p>
</section>
<?cs include:"footer.cs" ?>
