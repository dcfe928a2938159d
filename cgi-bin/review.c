/*
 * review - one decision on an application by a 旗县区 or 盟市 reviewer or the
 * 自治区 administrator: what the workflow table allows this role in the
 * application's state (初审通过 / 退回修改 / 不予推荐, 审核通过, 拟认定 ...).
 * POST only: id, action, opinion, version (the application's, as displayed); what a
 * row records besides (workflow.h): act_date, meeting, confirm_1..4.
 * Outside the scope: 404.  Not this role's action: 403.  Someone else was
 * first: 409 with a clear message.  Past the level's deadline: refused.
 */
#include "workflow.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, IN_REQ, 1, (1LL << 53) },
	{ "action", "操作", VT_KEY, IN_REQ, 0, 16 },
	{ "opinion", "意见", VT_TEXT, 0, 0, 1000 },
	{ "version", "", VT_INT, IN_REQ, 1, 1000000000 },
	{ "override", "专家评分不足仍列入", VT_BOOL },
	{ "act_date", "决定日期", VT_DATE },
	{ "meeting", "会议", VT_LINE, 0, 0, 200 },
	{ "confirm_1", "确认", VT_BOOL }, { "confirm_2", "确认", VT_BOOL }, { "confirm_3", "确认", VT_BOOL },
	{ "confirm_4", "确认", VT_BOOL },
	{ NULL }
};

static int
handle(struct req *r)
{
	struct app_info a;
	struct wf_result res;
	int st;

	if (req_errors(r)) return 400;
	if ((st = app_open(r, req_int(r, "id", 0), &a))) return st;
	struct wf_args w = { .opinion = req_str(r, "opinion"), .version = req_int(r, "version", 0),
			     .override = (int)req_int(r, "override", 0), .act_date = req_str(r, "act_date"),
			     .meeting = req_str(r, "meeting") };
	for (int i = 0; i < WF_CONFIRMS; i++)
		if (req_int(r, req_printf(r, "confirm_%d", i + 1), 0)) w.confirmed |= 1u << i;
	res = wf_apply(r, &a, req_str(r, "action"), &w);
	if (res.status == 500) return 500;
	if (res.status == 422) {
		/* refused as asked (no reason, no meeting or date, an item not confirmed, past the deadline, a
		 * precondition): the application's page again, the message beside its field and what was typed kept */
		if (res.field) req_field_error(r, res.field, res.msg);
		else hset(r, "Review.Error", res.msg);
		return overview_render(r, &a, 422);
	}
	if (res.status) {
		hseti(r, "Error.Status", res.status);
		page_error_title(r, res.status);
		hset(r, "Error.Text", res.msg);
		hset(r, "Error.RequestId", r->rid);
		hset(r, "Error.Back", req_printf(r, "/cgi-bin/%s.cgi?id=%lld", a.p->overview, a.id));
		return page_render_status(r, res.status, "error.cs");
	}
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/%s.cgi?id=%lld", a.p->overview, a.id), res.msg);
}

const struct page PAGE = { "review", M_POST, ROLE_REVIEWER, 0, inputs, handle };
