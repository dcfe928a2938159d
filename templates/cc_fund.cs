<?cs # 长春's 资金申报 (改造项目资金申报书): the shared overview, with the 审计 and 补贴 record and its page ?>
<?cs set:Page.Title = "改造项目资金申报书" ?>
<?cs include:"macros.cs" ?>
<?cs include:"overview.cs" ?>
<?cs include:"fund_record.cs" ?>
<?cs include:"header.cs" ?>
<?cs call:ov_head() ?>
<p class="lead">改造后达到数字化水平二级及以上、通过改造项目验收的试点企业，可提交资金补贴申请；合同、发票、付款凭证请在附件材料中上传，由第三方审计机构专项审计（实施细则 第四章（六））。审计、汇总、评审和决策情况见<a href="/cgi-bin/fund.cgi?id=<?cs var:App.id ?>">资金申报</a>页。</p>
<?cs call:ov_review() ?>
<?cs call:ov_check() ?>
<?cs call:ov_sections() ?>
<?cs call:fund_record() ?>
<?cs call:ov_submit() ?>
<?cs call:ov_events() ?>
<?cs include:"footer.cs" ?>
