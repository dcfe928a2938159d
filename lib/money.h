/*
 * money.h - the money that leaves (sql/0018, sql/0023), for every programme alike.
 * A decision (money_decisions) is one amount decided for one receiver (统一社会信用代码)
 * under one rule set version, with its explanation; it is written by whoever decides,
 * through the deciding stage's effect, in the deciding transaction (money_decide).
 * 财政 records against it 拨付 (payments kind 'pay') and 追回 ('clawback'):
 * 已拨付 = 拨付 − 追回, 未拨付 = 决定金额 − 已拨付.  A 拨付 never exceeds 未拨付 and a
 * 追回 never exceeds 已拨付 (payments.cgi, serialised on the decision row).
 * Nothing here compares a programme key: a programme is shown by its name.
 */
#ifndef DT_MONEY_H
#define DT_MONEY_H
#include "programme.h"

struct money_decision {
	long long batch_id, app_id;       /* app_id 0: a decision without an application */
	const char *credit_code, *name;   /* the receiver */
	const char *region;               /* its 县区 */
	const char *kind;                 /* "subsidy" 补助, "reward" 奖励, "award" 奖补 */
	const char *ruleset;
	int ruleset_version;
	long long amount;                 /* whole 元 */
	const char *explanation;          /* inputs, steps, clause */
};

/* in the caller's transaction: the decision row, decided today by this session, audited; 0 ok */
int money_decide(struct req *r, const struct money_decision *m);
/* 补助 / 奖励 / 奖补 */
const char *money_kind_label(const char *kind);
/* 财政's to-do (its home page): Money.Todo.{count,left} and Money.Todo.Items.N (the oldest first) */
int money_todo_to_hdf(struct req *r);
/* 市 / 自治区: Money.Double.count, the receivers in scope with decisions under more than one programme */
int money_double_to_hdf(struct req *r);
/* prefix.N.{programme,batch,kind,ruleset,decided,paid,clawed,left,on,id} and prefix_total.*: every decision
 * for one credit code across programmes, batches and rule sets (一企一档); prefix_programmes: how many
 * programmes decided money for it.  -1 on a fault */
int money_of_code_to_hdf(struct req *r, const char *code, const char *prefix);

#endif
