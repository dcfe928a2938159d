/*
 * dt.h - the dtpilot library: request lifecycle, database, validators,
 * sessions, audit.  Every page in cgi-bin/ includes this one header.
 *
 * Ownership: the library owns the process (lib/main.c), a page owns one
 * request.  Everything a request allocates hangs off its struct req and is
 * released by req_free(); nothing about a request lives in a global, so the
 * same page binaries can later run as persistent FastCGI programs.
 */
#ifndef DT_H
#define DT_H
/* the umbrella: every module's header, bottom first */
#include "base.h"
#include "req.h"
#include "resp.h"
#include "db.h"
#include "valid.h"
#include "preparse.h"
#include "auth.h"
#include "list.h"

#endif
