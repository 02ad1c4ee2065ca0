/* An LD_PRELOAD shim that makes file system calls fail on purpose, so the output path's error
 * handling can be proven without root (no tmpfs mount needed). Linux and glibc only.
 *
 *   CAREERPLAN_FAULT=RULE[,RULE...]    RULE is CALL:ERRNO or CALL:ERRNO@N
 *       CALL   write | fsync | fdatasync | close | rename | link | mkstemp
 *              (rename covers rename, renameat and renameat2; mkstemp covers mkstemp and mkostemp)
 *       ERRNO  a name such as ENOSPC, EIO, EDQUOT, EACCES, EROFS, or a number
 *       @N     write: the first N bytes on matching descriptors are written (the write that
 *              crosses N is cut short there), every later write fails, as on a filling disk;
 *              other calls: the first N matching calls succeed, every later one fails.
 *   CAREERPLAN_FAULT_PATH=TEXT          only calls on a path holding TEXT fail: for descriptors,
 *              the name /proc/self/fd/FD links to; for rename and link, either name; for
 *              mkstemp, the template. Unset or empty: every call of that kind fails.
 *   CAREERPLAN_FAULT_STALL=CALL         fsync or close: a matching call first waits (up to 20 s,
 *              after logging "stall") so a test can send a signal while the temporary file exists.
 *   CAREERPLAN_FAULT_LOG=FILE           every injected failure appends one line to FILE, e.g.
 *              "fault_shim: write(/tmp/x/.plan.md.tmpAb12Cd): ENOSPC", so a test can prove the
 *              failure it saw was injected and not the machine's.
 *
 * Everything else is forwarded to the next definition (dlsym(RTLD_NEXT)): libc, or a sanitizer's
 * interceptor in front of it. Only public symbols can be interposed: stdio's own writes go
 * through glibc's internal __write and are never affected, which keeps stderr readable; calls
 * the program makes itself (::write, ::fsync, ::rename, ...) all go through the public symbols.
 * close fails the way Linux's does: the descriptor is closed anyway, then -1 is returned.
 * Under AddressSanitizer, ASAN_OPTIONS must hold verify_asan_link_order=0 (the shim is loaded
 * before the ASan runtime). The shim itself is built without sanitizers. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

enum call_kind { K_WRITE, K_FSYNC, K_FDATASYNC, K_CLOSE, K_RENAME, K_LINK, K_MKSTEMP, K_COUNT };
static const char* const k_call_names[K_COUNT] = {"write",  "fsync", "fdatasync", "close",
                                                  "rename", "link",  "mkstemp"};

struct rule {
  int active;
  int error;
  const char* error_name;
  long long after;            /* bytes (write) or calls (others) that still succeed; -1: none */
  atomic_llong used;          /* bytes written or calls made so far on matching targets */
};

static struct rule g_rules[K_COUNT];
static const char* g_path_filter;
static const char* g_log_path;
static int g_stall = -1; /* the call kind that waits before it runs, or -1 */
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

static ssize_t (*real_write)(int, const void*, size_t);
static int (*real_fsync)(int);
static int (*real_fdatasync)(int);
static int (*real_close)(int);
static int (*real_rename)(const char*, const char*);
static int (*real_renameat)(int, const char*, int, const char*);
static int (*real_renameat2)(int, const char*, int, const char*, unsigned int);
static int (*real_link)(const char*, const char*);
static int (*real_mkstemp)(char*);
static int (*real_mkostemp)(char*, int);

static const struct {
  const char* name;
  int value;
} k_errnos[] = {
    {"ENOSPC", ENOSPC}, {"EIO", EIO},     {"EDQUOT", EDQUOT}, {"EACCES", EACCES},
    {"EROFS", EROFS},   {"EPERM", EPERM}, {"EFBIG", EFBIG},   {"EXDEV", EXDEV},
    {"EINTR", EINTR},   {"EAGAIN", EAGAIN}, {"EBADF", EBADF}, {"ENOENT", ENOENT},
};

static void complain(const char* what, const char* text, size_t length) {
  /* Reported on stderr once per bad rule: a silent typo would let a test pass vacuously. */
  char line[256];
  const int n = snprintf(line, sizeof line, "fault_shim: ignoring %s '%.*s'\n", what,
                         (int)(length < 100 ? length : 100), text);
  if (n > 0 && real_write != NULL) (void)real_write(2, line, (size_t)n);
}

static void parse_rule(const char* text, size_t length) {
  const char* colon = memchr(text, ':', length);
  if (colon == NULL) {
    complain("rule without ':'", text, length);
    return;
  }
  const size_t call_length = (size_t)(colon - text);
  int kind = -1;
  for (int i = 0; i < K_COUNT; ++i) {
    if (strlen(k_call_names[i]) == call_length && memcmp(text, k_call_names[i], call_length) == 0) kind = i;
  }
  if (kind < 0) {
    complain("unknown call in rule", text, length);
    return;
  }
  const char* error_text = colon + 1;
  const char* end = text + length;
  const char* at = memchr(error_text, '@', (size_t)(end - error_text));
  const size_t error_length = (size_t)((at != NULL ? at : end) - error_text);
  int error = 0;
  const char* error_name = NULL;
  for (size_t i = 0; i < sizeof k_errnos / sizeof k_errnos[0]; ++i) {
    if (strlen(k_errnos[i].name) == error_length && memcmp(error_text, k_errnos[i].name, error_length) == 0) {
      error = k_errnos[i].value;
      error_name = k_errnos[i].name;
    }
  }
  if (error == 0) {
    char digits[16] = {0};
    if (error_length > 0 && error_length < sizeof digits) memcpy(digits, error_text, error_length);
    char* digits_end = NULL;
    const long value = strtol(digits, &digits_end, 10);
    if (digits[0] == '\0' || *digits_end != '\0' || value <= 0 || value > 4095) {
      complain("unknown errno in rule", text, length);
      return;
    }
    error = (int)value;
    error_name = "errno";
  }
  long long after = -1;
  if (at != NULL) {
    char digits[24] = {0};
    const size_t digits_length = (size_t)(end - at - 1);
    if (digits_length > 0 && digits_length < sizeof digits) memcpy(digits, at + 1, digits_length);
    char* digits_end = NULL;
    after = strtoll(digits, &digits_end, 10);
    if (digits[0] == '\0' || *digits_end != '\0' || after < 0) {
      complain("bad @N in rule", text, length);
      return;
    }
  }
  g_rules[kind].active = 1;
  g_rules[kind].error = error;
  g_rules[kind].error_name = error_name;
  g_rules[kind].after = after;
  atomic_store(&g_rules[kind].used, 0);
}

/* dlsym returns an object pointer; copying its bytes into the function pointer is what POSIX
 * promises works and what ISO C's -Wpedantic accepts. */
static void resolve(void* function_pointer, size_t size, const char* name) {
  void* symbol = dlsym(RTLD_NEXT, name);
  if (size == sizeof symbol) memcpy(function_pointer, &symbol, size);
}

static void initialise(void) {
  resolve(&real_write, sizeof real_write, "write");
  resolve(&real_fsync, sizeof real_fsync, "fsync");
  resolve(&real_fdatasync, sizeof real_fdatasync, "fdatasync");
  resolve(&real_close, sizeof real_close, "close");
  resolve(&real_rename, sizeof real_rename, "rename");
  resolve(&real_renameat, sizeof real_renameat, "renameat");
  resolve(&real_renameat2, sizeof real_renameat2, "renameat2");
  resolve(&real_link, sizeof real_link, "link");
  resolve(&real_mkstemp, sizeof real_mkstemp, "mkstemp");
  resolve(&real_mkostemp, sizeof real_mkostemp, "mkostemp");

  const char* filter = getenv("CAREERPLAN_FAULT_PATH");
  g_path_filter = (filter != NULL && filter[0] != '\0') ? filter : NULL;
  const char* log = getenv("CAREERPLAN_FAULT_LOG");
  g_log_path = (log != NULL && log[0] != '\0') ? log : NULL;
  const char* stall = getenv("CAREERPLAN_FAULT_STALL");
  for (int i = 0; stall != NULL && i < K_COUNT; ++i) {
    if (strcmp(stall, k_call_names[i]) == 0) g_stall = i;
  }
  const char* spec = getenv("CAREERPLAN_FAULT");
  if (spec == NULL) return;
  while (*spec != '\0') {
    const char* comma = strchr(spec, ',');
    const size_t length = comma != NULL ? (size_t)(comma - spec) : strlen(spec);
    if (length > 0) parse_rule(spec, length);
    spec += length;
    if (*spec == ',') ++spec;
  }
}

static void ensure_initialised(void) { (void)pthread_once(&g_once, initialise); }

static int fd_name(int fd, char* name, size_t size) {
  char link[64];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  const ssize_t length = readlink(link, name, size - 1);
  if (length < 0) return 0;
  name[length] = '\0';
  return 1;
}

static int path_matches(const char* path) {
  return g_path_filter == NULL || (path != NULL && strstr(path, g_path_filter) != NULL);
}

static void log_fault(enum call_kind kind, const char* target) {
  if (g_log_path == NULL) return;
  char line[4200];
  const int n = snprintf(line, sizeof line, "fault_shim: %s(%s): %s\n", k_call_names[kind],
                         target != NULL ? target : "?", g_rules[kind].error_name);
  if (n <= 0) return;
  const int saved = errno;
  const int fd = open(g_log_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd >= 0) {
    (void)real_write(fd, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
    (void)real_close(fd);
  }
  errno = saved;
}

/* For calls other than write: whether this matching call is past the rule's @N. */
static int call_fails(enum call_kind kind) {
  const long long call = atomic_fetch_add(&g_rules[kind].used, 1);
  return g_rules[kind].after < 0 || call >= g_rules[kind].after;
}

static int fail_with(enum call_kind kind, const char* target) {
  log_fault(kind, target);
  errno = g_rules[kind].error;
  return -1;
}

ssize_t write(int fd, const void* data, size_t size) {
  ensure_initialised();
  struct rule* rule = &g_rules[K_WRITE];
  char name[4096];
  if (!rule->active || size == 0 || !fd_name(fd, name, sizeof name) || !path_matches(name)) {
    return real_write(fd, data, size);
  }
  if (rule->after >= 0) {
    const long long used = atomic_load(&rule->used);
    if (used < rule->after) {
      const long long room = rule->after - used;
      const size_t part = (long long)size > room ? (size_t)room : size;
      const ssize_t written = real_write(fd, data, part);
      if (written > 0) atomic_fetch_add(&rule->used, (long long)written);
      return written;
    }
  }
  return fail_with(K_WRITE, name);
}

static void stall(enum call_kind kind, const char* target) {
  if (g_log_path != NULL) {
    char line[4200];
    const int n = snprintf(line, sizeof line, "fault_shim: %s(%s): stall\n", k_call_names[kind], target);
    const int fd = open(g_log_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd >= 0 && n > 0) (void)real_write(fd, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
    if (fd >= 0) (void)real_close(fd);
  }
  for (int i = 0; i < 200; ++i) usleep(100000); /* a signal's handler runs meanwhile */
}

static int fd_call(enum call_kind kind, int fd, int (*real)(int)) {
  ensure_initialised();
  char name[4096];
  if ((int)kind == g_stall && fd_name(fd, name, sizeof name) && path_matches(name)) stall(kind, name);
  if (!g_rules[kind].active || !fd_name(fd, name, sizeof name) || !path_matches(name) ||
      !call_fails(kind)) {
    return real(fd);
  }
  if (kind == K_CLOSE) (void)real(fd); /* Linux closes the descriptor even when close fails */
  return fail_with(kind, name);
}

int fsync(int fd) {
  ensure_initialised();
  return fd_call(K_FSYNC, fd, real_fsync);
}

int fdatasync(int fd) {
  ensure_initialised();
  return fd_call(K_FDATASYNC, fd, real_fdatasync);
}

int close(int fd) {
  ensure_initialised();
  return fd_call(K_CLOSE, fd, real_close);
}

static int two_paths_fail(enum call_kind kind, const char* from, const char* to) {
  return g_rules[kind].active && (path_matches(from) || path_matches(to)) && call_fails(kind);
}

int rename(const char* from, const char* to) {
  ensure_initialised();
  if (two_paths_fail(K_RENAME, from, to)) return fail_with(K_RENAME, to);
  return real_rename(from, to);
}

int renameat(int from_dir, const char* from, int to_dir, const char* to) {
  ensure_initialised();
  if (two_paths_fail(K_RENAME, from, to)) return fail_with(K_RENAME, to);
  return real_renameat(from_dir, from, to_dir, to);
}

int renameat2(int from_dir, const char* from, int to_dir, const char* to, unsigned int flags) {
  ensure_initialised();
  if (two_paths_fail(K_RENAME, from, to)) return fail_with(K_RENAME, to);
  if (real_renameat2 == NULL) {
    errno = ENOSYS;
    return -1;
  }
  return real_renameat2(from_dir, from, to_dir, to, flags);
}

int link(const char* from, const char* to) {
  ensure_initialised();
  if (two_paths_fail(K_LINK, from, to)) return fail_with(K_LINK, to);
  return real_link(from, to);
}

int mkstemp(char* name_template) {
  ensure_initialised();
  if (g_rules[K_MKSTEMP].active && path_matches(name_template) && call_fails(K_MKSTEMP)) {
    return fail_with(K_MKSTEMP, name_template);
  }
  return real_mkstemp(name_template);
}

int mkostemp(char* name_template, int flags) {
  ensure_initialised();
  if (g_rules[K_MKSTEMP].active && path_matches(name_template) && call_fails(K_MKSTEMP)) {
    return fail_with(K_MKSTEMP, name_template);
  }
  return real_mkostemp(name_template, flags);
}
