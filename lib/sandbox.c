/*
 * sandbox.c - defence in depth for a page process: once the configuration is
 * read and the database connected, a seccomp filter (libseccomp) refuses
 * execve/execveat, ptrace, fork/vfork/clone and new sockets with EPERM.  A
 * page that is somehow subverted cannot start programs or open connections.
 * Limits.Seccomp = 0 turns it off (for debugging only).
 *
 * DTPILOT_SANDBOX_SELFTEST (set by the operator's environment, never by a
 * request) makes the process try each forbidden call after the filter is in
 * place and log what happened; the page tests use it to prove the filter.
 */
#include <errno.h>
#include <sched.h>
#include <sys/resource.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <seccomp.h>
#include "dt.h"
#include "proc.h"

int
sandbox_enter(struct req *r)
{
	scmp_filter_ctx ctx;
	static const int denied[] = {
		SCMP_SYS(execve), SCMP_SYS(execveat), SCMP_SYS(ptrace), SCMP_SYS(fork), SCMP_SYS(vfork),
		SCMP_SYS(clone), SCMP_SYS(clone3), SCMP_SYS(socket), SCMP_SYS(socketpair),
	};
	int rc = 0;

	if (r->proc->sandboxed || !req_conf_int(r, "Limits.Seccomp", 1)) return 0;
	ctx = seccomp_init(SCMP_ACT_ALLOW);
	if (!ctx) return -1;
	int threads = r->page && (r->page->flags & PAGE_THREADS);

	for (size_t i = 0; i < sizeof(denied) / sizeof(denied[0]) && !rc; i++) {
		if (denied[i] == SCMP_SYS(socket) && r->proc->persistent) continue;
		if (threads && (denied[i] == SCMP_SYS(clone) || denied[i] == SCMP_SYS(clone3))) continue;
		rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), denied[i], 0);
	}
	/*
	 * A page that renders PDF (PAGE_THREADS): Pango 1.50 looks fonts up in
	 * threads of its own.  clone is allowed only with CLONE_THREAD (a thread
	 * of this process; fork and posix_spawn clone without it), and clone3,
	 * whose flags a filter cannot read, answers ENOSYS so that glibc falls
	 * back to clone.  Still no new process, no exec.
	 */
	if (!rc && threads) {
		rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1, SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0));
		if (!rc) rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
	}
	/*
	 * A FastCGI process must be able to reconnect to MariaDB, so it may
	 * open sockets of the database's family only: AF_UNIX for DB.Socket,
	 * else AF_INET/AF_INET6.
	 */
	if (!rc && r->proc->persistent) {
		if (hdf_get_value(r->proc->conf, "DB.Socket", NULL))
			rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(socket), 1,
					      SCMP_A0(SCMP_CMP_NE, AF_UNIX));
		else {         /* one comparison per rule: every family but 2 and 10 */
			for (int d = 0; d < AF_INET6 && !rc; d++)
				if (d != AF_INET)
					rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(socket), 1,
							      SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)d));
			if (!rc)
				rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(socket), 1,
						      SCMP_A0(SCMP_CMP_GT, AF_INET6));
		}
	}
	if (!rc) rc = seccomp_load(ctx);
	seccomp_release(ctx);
	if (rc) { LOG(r, "seccomp filter not installed (%d)", rc); return -1; }
	r->proc->sandboxed = 1;      /* FastCGI: installed once, for the life of the process */
	if (getenv("DTPILOT_SANDBOX_SELFTEST")) {
		char *const argv[] = { "/bin/true", NULL };
		int e1, e2, e3, e4;
		errno = 0; execv("/bin/true", argv); e1 = errno;
		errno = 0; e2 = fork() < 0 ? errno : -1;
		errno = 0; e3 = socket(AF_INET, SOCK_STREAM, 0) < 0 ? errno : -1;
		errno = 0; e4 = ptrace(PTRACE_TRACEME, 0, NULL, NULL) < 0 ? errno : -1;
		LOG(r, "sandbox selftest: execve=%s fork=%s socket=%s ptrace=%s",
		    e1 == EPERM ? "denied" : "ALLOWED", e2 == EPERM ? "denied" : "ALLOWED",
		    e3 == EPERM ? "denied" : "ALLOWED", e4 == EPERM ? "denied" : "ALLOWED");
		if (e2 == -1) _exit(0);            /* a child that should not exist */
		{
			struct rlimit c, a, f;
			getrlimit(RLIMIT_CPU, &c);
			getrlimit(RLIMIT_AS, &a);
			getrlimit(RLIMIT_FSIZE, &f);
			LOG(r, "sandbox selftest: limits cpu=%lds as=%ldMB fsize=%ldMB",
			    c.rlim_cur == RLIM_INFINITY ? -1L : (long)c.rlim_cur,
			    a.rlim_cur == RLIM_INFINITY ? -1L : (long)(a.rlim_cur >> 20),
			    f.rlim_cur == RLIM_INFINITY ? -1L : (long)(f.rlim_cur >> 20));
		}
	}
	return 0;
}
