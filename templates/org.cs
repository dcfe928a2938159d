<?cs set:Page.Title = Org.0.name ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<p><a href="/cgi-bin/orgs.cgi">← 申报单位列表</a></p>
<section class="card">
  <h1><?cs var:Org.0.name ?><?cs if:Org.0.status == "disabled" ?> <span class="badge off">已停用</span><?cs /if ?></h1>
  <dl class="kv">
    <dt>申报主体类型</dt><dd><?cs if:Org.0.role == "platform" ?>服务平台<?cs else ?>中小企业<?cs /if ?></dd>
    <dt>统一社会信用代码</dt><dd><?cs var:Org.0.credit_code ?></dd>
    <dt>所在<?cs call:county_word() ?></dt><dd><?cs var:Org.0.city ?> <?cs var:Org.0.county ?></dd>
    <dt>联系人</dt><dd><?cs var:Org.0.contact ?></dd>
    <dt>联系人手机</dt><dd><?cs var:Org.0.mobile ?></dd>
    <dt>电子邮箱</dt><dd><?cs var:Org.0.email ?></dd>
    <dt>登录名</dt><dd><?cs var:Org.0.username ?></dd>
    <dt>注册时间</dt><dd><?cs var:Org.0.created ?></dd>
  </dl>
  <?cs if:User.Role == "province" ?><div class="actions"><a class="button" href="/cgi-bin/account.cgi?id=<?cs var:Org.0.id ?>">账户管理</a></div><?cs /if ?>
</section>
<?cs include:"footer.cs" ?>
