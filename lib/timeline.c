/*
 * timeline.c - an application's timeline (办理记录): one entry per step of
 * the workflow and its creation, shown in the programme's words.  See
 * workflow.h.
 */
#include <string.h>
#include "workflow.h"

int
app_event(struct req *r, long long app_id, const char *action, const char *from, const char *to,
	  const char *opinion, int version_no)
{
	return db_exec(r,
		"INSERT INTO app_events (application_id, account_id, role, action, from_state, to_state, opinion,"
		" version_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
		DI(app_id), DI(r->s.account_id), DS(role_key(r->s.role)), DS(action), DS(from), DS(to),
		DS(opinion ? opinion : ""), DI(version_no)) == 1 ? 0 : -1;
}

void
events_to_hdf(struct req *r, const struct programme *p, long long app_id, const char *prefix)
{
	struct dbrows *d = db_query(r,
		"SELECT DATE_FORMAT(e.at, '%Y-%m-%d %H:%i'), a.display_name, e.role, e.action, e.from_state,"
		" e.to_state, e.opinion, e.version_no, p.stage FROM app_events e JOIN accounts a ON a.id = e.account_id"
		" JOIN applications p ON p.id = e.application_id WHERE e.application_id = ? ORDER BY e.id", DI(app_id));
	static const char *const names[] = { "at", "who", "role", "action", "from", "to", "opinion", "version", NULL };
	if (!d) return;
	db_to_hdf(r, d, prefix, names);
	for (int i = 0; i < d->nrows; i++) {
		/* in the words of the application's stage: its row of that action to that state, its states */
		const struct stage *st = programme_stage(p, dbv(d, i, 8));
		const char *label = wf_label(p, dbv(d, i, 3));
		for (const struct transition *t = st ? st->workflow : NULL; t && t->from; t++)
			if (!strcmp(t->action, dbv(d, i, 3)) && !strcmp(t->to, dbv(d, i, 5))) { label = t->label; break; }
		hset(r, req_printf(r, "%s.%d.action_label", prefix, i), label);
		hset(r, req_printf(r, "%s.%d.role_label", prefix, i), programme_role_label(r, p, role_from_key(dbv(d, i, 2))));
		hset(r, req_printf(r, "%s.%d.to_label", prefix, i), stage_state_label(r, p, st, dbv(d, i, 5)));
	}
}

/* ---- the audit log in words (audit.cgi, account.cgi) ------------------------------------ */

static const struct { const char *key, *label; } audit_words[] = {
	{ "login", "登录" }, { "logout", "退出登录" }, { "password.change", "修改密码" },
	{ "session.end", "结束登录会话" }, { "session.locked", "密码多次错误，会话被结束" },
	{ "account.create", "开通账户" }, { "account.register", "注册申报账户" }, { "account.profile", "修改单位信息" },
	{ "account.session_end", "结束该账户的会话" }, { "account.sessions", "结束该账户的全部会话" },
	{ "account.reset", "重置密码" }, { "account.disable", "停用账户" },
	{ "account.enable", "启用账户" }, { "account.scope", "修改管辖范围" }, { "account.region", "变更所在地区" },
	{ "account.org", "修改所在单位" }, { "account.totp_off", "关闭两步验证" },
	{ "totp.start", "开始设置两步验证" }, { "totp.enable", "开启两步验证" }, { "totp.disable", "关闭两步验证" },
	{ "totp.cancel", "取消设置两步验证" },
	{ "application.create", "开始填报" }, { "application.save", "保存草稿" },
	{ "application.enterprise.add", "添加服务企业" }, { "application.enterprise.update", "修改服务企业" },
	{ "application.enterprise.delete", "删除服务企业" }, { "application.file.upload", "上传附件" },
	{ "application.file.delete", "删除附件" },
	{ "batch.create", "创建批次" }, { "batch.update", "修改批次" }, { "claim.decide", "归属裁定" },
	{ "expert.assign", "分配评审任务" }, { "expert.unassign", "取消评审任务" },
	{ "expert.declare", "声明无利益冲突" }, { "expert.score", "提交专家评分" }, { "rubric.update", "修改评分细则" },
	{ "objection.record", "记录公示异议" }, { "objection.resolve", "处理公示异议" },
	{ "publicity.holidays", "设置公示节假日" }, { "publicity.publish", "发布公示" },
	{ "pilot.publish", "公布试点企业名单" }, { "awards.publish", "公布奖励名单" }, { "provider.approve", "批准服务商" }, { "provider.refuse", "不予批准服务商" },
	{ "scene.add", "增补改造场景" }, { "product.add", "登记产品及解决方案" }, { "product.update", "修改产品及解决方案" },
	{ "product.delete", "删除产品及解决方案" },
	{ "xinxiang.level", "记录评定等级" }, { "xinxiang.revenue", "记录营业收入" }, { "xinxiang.import", "导入营业收入" },
	{ "xinxiang.exclusion", "记录第二十五条情形" }, { "xinxiang.city_policy", "记录第十七条新乡市政策金额" }, { "xinxiang.propose", "提出奖励建议名单" },
	{ "xinxiang.publish", "奖励公示" }, { "xinxiang.decide", "管委会审定奖励" },
	{ "add", "加入推荐名单" }, { "remove", "移出推荐名单" }, { "up", "推荐名次上移" }, { "down", "推荐名次下移" },
	{ "submit", "提交推荐名单" }, { "reopen", "重新开放推荐名单" }, { "again", "再次推荐" }, { "cosign", "财政部门确认推荐名单" },
	{ "money.decide", "资金决定" }, { "payment.pay", "拨付资金" }, { "payment.clawback", "追回资金" },
};

static const char *
word_of(const char *key)
{
	for (size_t i = 0; i < sizeof(audit_words) / sizeof(audit_words[0]); i++)
		if (!strcmp(audit_words[i].key, key)) return audit_words[i].label;
	return NULL;
}

/* the first programme's wording of a workflow action ("pass" -> 初审通过), NULL if none has it */
static const char *
action_word(const char *action)
{
	for (int k = 0; programmes[k]; k++)
		for (int g = 0; programmes[k]->stages[g].key; g++)
			for (const struct transition *t = programmes[k]->stages[g].workflow; t->from; t++)
				if (!strcmp(t->action, action)) return t->label;
	return NULL;
}

const char *
audit_label(struct req *r, const char *action)
{
	const char *w = word_of(action), *dot = strrchr(action, '.');
	if (w) return w;
	if (!strncmp(action, "review.", 7) && (w = action_word(action + 7))) return req_printf(r, "审核：%s", w);
	if (!strncmp(action, "application.", 12) && (w = action_word(action + 12))) return req_printf(r, "申报：%s", w);
	/* a ranked recommendation list: "<its page>.<op>" (reclist.c) */
	if (dot && (w = word_of(dot + 1)) && strchr(action, '.') == dot) return w;
	return "其他操作";
}

const char *
audit_object(struct req *r, const char *type, long long id)
{
	static const struct { const char *k, *v; } t[] = {
		{ "application", "申报材料" }, { "account", "账户" }, { "batch", "批次" }, { "recommendation", "推荐名单" },
		{ "publication", "公示" }, { "objection", "异议" }, { "claim", "归属裁定" }, { "assignment", "评审任务" },
		{ "rubric", "评分细则" }, { "session", "登录会话" }, { "scene", "改造场景" }, { "product", "产品及解决方案" },
		{ "decision", "资金决定" },
	};
	const char *w = "记录";
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (!strcmp(t[i].k, type)) w = t[i].v;
	return id ? req_printf(r, "%s（编号 %lld）", w, id) : w;
}

/* a summary written by the pages, with the internal words of states and statuses put in Chinese */
const char *
audit_text(struct req *r, const char *s)
{
	static const char *const keys[] = { "draft", "submitted", "returned", "county_passed", "county_rejected",
		"city_passed", "city_rejected", "recommended", "proposed", "recognised", "not_recognised", "selected",
		"county_agreed", "filed", NULL };
	STRING o;
	const char *out;

	string_init(&o);
	while (s && *s) {
		size_t n = 0;
		int done = 0;
		while ((s[n] >= 'a' && s[n] <= 'z') || s[n] == '_') n++;
		if (n) {
			char w[32];
			snprintf(w, sizeof(w), "%.*s", (int)(n < 31 ? n : 31), s);
			for (int i = 0; keys[i] && !done; i++)
				if (!strcmp(keys[i], w)) { string_append(&o, state_label(w)); done = 1; }
			/* a programme's own states (长春's later stages ...), in its words */
			for (int k = 0; programmes[k] && !done; k++)
				for (int i = 0; programmes[k]->states && programmes[k]->states[i][0] && !done; i++)
					if (!strcmp(programmes[k]->states[i][0], w)) { string_append(&o, programmes[k]->states[i][1]); done = 1; }
			if (!done && !strcmp(w, "active")) { string_append(&o, "启用"); done = 1; }
			if (!done && !strcmp(w, "disabled")) { string_append(&o, "停用"); done = 1; }
			if (!done && !strcmp(w, "status")) { string_append(&o, "状态"); done = 1; }
			if (!done) string_appendn(&o, s, (int)n);
			s += n;
		} else if (!strncmp(s, "->", 2)) {
			string_append(&o, "→");
			s += 2;
		} else
			string_appendn(&o, s++, 1);
	}
	out = req_strdup(r, o.buf ? o.buf : "");
	string_clear(&o);
	return out;
}
