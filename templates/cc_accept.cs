<?cs # 长春's 项目验收 (附件4 验收申请表): the shared overview, with the 验收 record and its page ?>
<?cs set:Page.Title = "改造项目验收申请表" ?>
<?cs include:"macros.cs" ?>
<?cs include:"overview.cs" ?>
<?cs include:"accept_record.cs" ?>
<?cs include:"header.cs" ?>
<?cs call:ov_head() ?>
<p class="lead">数字化转型服务商完成既定服务内容、企业内部组织验收后，即可提请验收（实施细则 第四章（五））。验收意见、县（市）区意见及整改期见<a href="/cgi-bin/accept.cgi?id=<?cs var:App.id ?>">项目验收</a>页。</p>
<?cs call:ov_review() ?>
<?cs call:ov_check() ?>
<?cs call:ov_sections() ?>
<?cs call:accept_record() ?>
<?cs call:ov_submit() ?>
<?cs call:ov_events() ?>
<?cs include:"footer.cs" ?>
