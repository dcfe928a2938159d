# dtpilot - 数字化转型试点申报评审系统
# `make run` and `make test` do all the set-up (see README.md).

PORT      ?= 8080
TEST_PORT ?= 18090
ifeq ($(PORT),8080)
VAR       ?= $(CURDIR)/var
else
VAR       ?= $(CURDIR)/var/port-$(PORT)
endif
PREFIX    ?= /usr/local
DESTDIR   ?=

CC        ?= gcc
WARN       = -Wall -Wextra -Werror -Wformat=2 -Werror=format-security -Wno-missing-field-initializers
CFLAGS    ?= -O2 -g
# Cairo + Pango (server-side PDF) and libzip (Word): their headers as system headers
DOC_CFLAGS := $(patsubst -I%,-isystem %,$(shell pkg-config --cflags pangocairo libzip 2>/dev/null))
ALL_CFLAGS = -std=gnu11 -D_GNU_SOURCE $(CPPFLAGS) $(CFLAGS) $(WARN) -isystem /usr/include/ClearSilver -isystem /usr/include/mariadb $(DOC_CFLAGS) -Ilib
# Static where Debian ships the archive: the connector and OpenSSL linked
# dynamically cost a fork-per-request CGI several times its own work in
# relocations (make bench measures it).  libxlsxwriter and libqrencode have
# no static archive in Debian and stay shared.
STATIC_LIBS  = -lneo_cgi -lneo_cs -lneo_utl -lmariadb -lssl -lcrypto -largon2 -lmagic -llzma -lbz2 -lz -lseccomp -lfcgi
# --as-needed: only the pages that print PDF or Word load Cairo, Pango and libzip
DYNAMIC_LIBS = -lxlsxwriter -lqrencode -lpangocairo-1.0 -lpango-1.0 -lgobject-2.0 -lglib-2.0 -lcairo -lzip -lm -lpthread -ldl -lrt
LDLIBS     = -Wl,-Bstatic $(STATIC_LIBS) -Wl,-Bdynamic -Wl,--as-needed $(DYNAMIC_LIBS)

B          = build
LIB_SRC    = $(wildcard lib/*.c lib/programmes/*.c)
LIB_OBJ    = $(LIB_SRC:lib/%.c=$(B)/lib/%.o)
PAGES      = $(basename $(notdir $(wildcard cgi-bin/*.c)))
CGIS       = $(PAGES:%=$(B)/cgi-bin/%.cgi)
UNIT_SRC   = $(wildcard tests/unit/*.c)
UNITS      = $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
# libFuzzer harnesses, ASan + UBSan: the request pre-parser, multipart and every validator
FUZZ       = urlencoded multipart ctype valid content
FUZZ_BINS  = $(FUZZ:%=$(B)/fuzz/fuzz_%)
FUZZ_FLAGS = -std=gnu11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
             -isystem /usr/include/ClearSilver -isystem /usr/include/mariadb -Ilib

.PHONY: all check deps run start stop test install uninstall clean units fuzz security bench asan san-bins \
        install-test deb deploy-test toy galera-test
# keep objects: no "rm" lines after the test tally, and faster rebuilds
.SECONDARY:
# the production build: the pages and dtpilot-admin, with only the packages of
# README's prerequisite line (no clang: the fuzzers are built by make test / make fuzz)
all: $(B)/checked $(CGIS) $(B)/dtpilot-admin
units: $(UNITS)

# unit tests only, no servers
check: $(UNITS)
	@fail=0; for t in $(UNITS); do $$t || fail=1; done; exit $$fail

deps:
	@scripts/deps

# Build-time checks: SQL reaches MariaDB only as string literals; templates
# never use the commands that skip escaping or execute data.
$(B)/checked: scripts/check-sql scripts/check-templates conf/template-exceptions.txt $(LIB_SRC) $(wildcard cgi-bin/*.c lib/*.h templates/*.cs)
	@mkdir -p $(B)
	@scripts/check-sql
	@scripts/check-templates
	@touch $@

# -MMD -MP: every object depends on the headers it includes (build/**/*.d)
$(B)/lib/%.o: lib/%.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(B)/libdtpilot.a: $(filter-out $(B)/lib/main.o,$(LIB_OBJ))
	rm -f $@ && ar rcs $@ $^

$(B)/cgi-bin/%.o: cgi-bin/%.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# main() lives in lib/main.c; it is linked first so each page's PAGE resolves.
$(B)/cgi-bin/%.cgi: $(B)/cgi-bin/%.o $(B)/lib/main.o $(B)/libdtpilot.a
	$(CC) $(LDFLAGS) -o $@ $(B)/lib/main.o $< -L$(B) -ldtpilot $(LDLIBS)

$(B)/dtpilot-admin: scripts/dtpilot-admin.c $(B)/libdtpilot.a
	$(CC) $(ALL_CFLAGS) -MMD -MP -MF $@.d $(LDFLAGS) -o $@ $< -L$(B) -ldtpilot $(LDLIBS)

$(B)/tests/%: tests/unit/%.c $(B)/libdtpilot.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -MF $@.d $(LDFLAGS) -o $@ $< -L$(B) -ldtpilot $(LDLIBS)

# libFuzzer harnesses (FUZZ, FUZZ_BINS, FUZZ_FLAGS are defined above `all`)
$(B)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c lib/preparse.c lib/valid.c lib/content.c lib/dt.h lib/content.h
	@mkdir -p $(dir $@)
	clang $(FUZZ_FLAGS) -o $@ $< lib/preparse.c lib/valid.c lib/content.c -lcrypto

fuzz: $(FUZZ_BINS)
	@FUZZ_SECONDS=$${FUZZ_SECONDS:-30} tests/fuzz/run

# The pages, admin tool and unit tests built with ASan + UBSan into build-asan/
# (make security serves the whole test suite from it).
SAN_FLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
SAN_BINS  = $(CGIS) $(B)/dtpilot-admin $(UNITS)
asan:
	@$(MAKE) --no-print-directory B=build-asan CFLAGS="$(SAN_FLAGS)" LDFLAGS="-fsanitize=address,undefined" san-bins
san-bins: $(SAN_BINS)

# The full security run (tests/security/run): 10-minute fuzzing, sqlmap and
# wapiti against a private stack, the page tests under valgrind, every test
# layer on an ASan + UBSan build, then every test layer as built; one table.
SECURITY_PORT ?= 18390
security: deps all $(UNITS) $(FUZZ_BINS) asan
	@scripts/deps security
	@SECURITY_PORT=$(SECURITY_PORT) TEST_PORT=$(TEST_PORT) tests/security/run

# the whole HTTP suite against an installed copy (DESTDIR) under Apache CGI,
# nginx + fcgiwrap, Apache mod_fcgid and nginx FastCGI (tests/install/run)
install-test: deps all
	@tests/install/run

# The smallest programme (tests/toy/toy.c), built in only for the test that
# adds one: the library with the toy's registry row, every page relinked
# against it, in build-toy/ (tests/run.py's toy layer serves it on its own stack)
T          = build-toy
TOY_OBJ    = $(filter-out $(B)/lib/main.o $(B)/lib/programme.o,$(LIB_OBJ)) $(T)/programme.o $(T)/toy.o
$(T)/programme.o: lib/programme.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -DDT_TOY -MMD -MP -c -o $@ $<
$(T)/toy.o: tests/toy/toy.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<
$(T)/libdtpilot.a: $(TOY_OBJ)
	rm -f $@ && ar rcs $@ $^
$(T)/cgi-bin/%.cgi: $(B)/cgi-bin/%.o $(B)/lib/main.o $(T)/libdtpilot.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $(B)/lib/main.o $< -L$(T) -ldtpilot $(LDLIBS)
toy: $(PAGES:%=$(T)/cgi-bin/%.cgi)

# province-scale benchmark (see tests/bench/bench.py): never part of make test
BENCH_BINS = $(B)/bench/hello.cgi $(B)/bench/hello_fcgi $(B)/bench/wf_rows
$(B)/bench/hello.cgi: tests/bench/hello.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $<
$(B)/bench/hello_fcgi: tests/bench/hello_fcgi.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< -lfcgi
$(B)/bench/wf_rows: tests/bench/wf_rows.c $(B)/libdtpilot.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< -L$(B) -ldtpilot $(LDLIBS)

bench: deps all $(BENCH_BINS)
	@scripts/deps bench
	@/usr/bin/python3 tests/bench/bench.py

# dtpilot on a private 3-node MariaDB Galera cluster under var/galera (tests/galera/run.py): never part of make test
galera-test: deps all
	@scripts/deps galera
	@/usr/bin/python3 tests/galera/run.py

run: deps all
	@VAR=$(VAR) PORT=$(PORT) scripts/stack run

start: deps all
	@VAR=$(VAR) PORT=$(PORT) scripts/stack start

stop:
	@VAR=$(VAR) PORT=$(PORT) scripts/stack stop

test: deps all toy $(UNITS) $(FUZZ_BINS)
	@scripts/deps test
	@VAR=$(CURDIR)/var/test PORT=$(TEST_PORT) scripts/run-tests

# stripped binaries, their debug symbols under $(PREFIX)/lib/debug, the list of
# every file in $(PREFIX)/share/dtpilot/installed-files for make uninstall
install: all
	scripts/install "$(DESTDIR)" "$(PREFIX)"

uninstall:
	scripts/uninstall "$(DESTDIR)" "$(PREFIX)"

# the Debian package (debian/, debhelper): ../dtpilot_*.deb and its -dbgsym,
# checked by lintian; built from a clean copy of the tree under var/deb
deb:
	@scripts/deps deb
	@scripts/build-deb

# the README's Deployment section followed on Debian's own Apache, MariaDB and
# nginx running as services in a debootstrapped Debian 12 root (cached in
# var/deploy) with its own network namespace; slow, needs the package mirror
deploy-test: all
	@scripts/deps deploy
	@scripts/build-deb
	@tests/deploy/run

clean:
	rm -rf $(B) build-asan $(T)

-include $(wildcard $(B)/lib/*.d $(B)/lib/programmes/*.d $(B)/cgi-bin/*.d $(B)/tests/*.d $(B)/dtpilot-admin.d $(T)/*.d)
