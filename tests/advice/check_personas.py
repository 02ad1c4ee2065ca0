#!/usr/bin/env python3
"""Persona suite for issue #15 ("advice a mentor would sign").

    python3 tests/advice/check_personas.py BINARY [PERSONA...]

For each persona (tests/advice/personas/NAME.yaml with its NAME.expect.yaml) this runs

    BINARY recommend personas/NAME.yaml --format json --start-date 2026-01-05
    BINARY recommend personas/NAME.yaml --start-date 2026-01-05      (COLUMNS=80, NO_COLOR=1)

and evaluates the expectation's checks against the JSON plan and the text report. It prints one
line per failed check, one line per persona and, last, exactly one line "N passed, M failed"
(counting checks).

PERSONA is a persona name (`dba`) or the path of its profile; none means every persona.

Exit status: 0 when every check passed, 1 when some failed, 2 when the suite itself is wrong
(an unknown check, a missing `why`, an id the content does not have, a profile without its
expectation file, ...) or cannot run (no binary). Nothing is run when the suite is invalid, so
an expectation can never silently stop firing.

Only the Python standard library and PyYAML (Debian's python3-yaml) are used. See README.md.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

try:
    import yaml
except ImportError:  # pragma: no cover - environment problem, not a test result
    sys.stderr.write("check_personas.py: PyYAML is missing (Debian: apt-get install python3-yaml)\n")
    sys.exit(2)

from persona_suite import *  # noqa: F401,F403 - loading and validating the suite
from persona_checks import *  # noqa: F401,F403 - evaluating checks against a plan


def persona_name(arg, names):
    base = os.path.basename(arg)
    if base.endswith(EXPECT_SUFFIX):
        base = base[:-len(EXPECT_SUFFIX)]
    elif base.endswith(".yaml"):
        base = base[:-5]
    if base not in names:
        raise SuiteError("unknown persona %r (the personas are: %s)" % (arg, ", ".join(names)))
    return base


# --------------------------------------------------------------------------------------------
# Running the binary

class Runner:
    def __init__(self, binary):
        self.binary = binary
        self.use_start_date = True
        self.noted = False
        self.config_home = tempfile.mkdtemp(prefix="careerplan-advice-")

    def env(self, text):
        env = dict(os.environ)
        env.pop("CAREERPLAN_CONTENT", None)    # the suite is about the built-in pack
        env["XDG_CONFIG_HOME"] = self.config_home  # empty: a developer's config changes nothing
        env["SOURCE_DATE_EPOCH"] = START_EPOCH
        if text:
            env["COLUMNS"] = "80"
            env["NO_COLOR"] = "1"
        return env

    def run(self, profile, text):
        """Returns (stdout, error message or None)."""
        base = [self.binary, "recommend", profile] + ([] if text else ["--format", "json"])
        while True:
            args = base + (["--start-date", START_DATE] if self.use_start_date else [])
            try:
                proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      env=self.env(text), timeout=RUN_TIMEOUT)
            except subprocess.TimeoutExpired:
                return None, "timed out after %d s: %s" % (RUN_TIMEOUT, " ".join(args))
            except OSError as e:
                raise SuiteError("cannot run %s: %s" % (self.binary, e.strerror))
            err = proc.stderr.decode("utf-8", "replace")
            if (proc.returncode == 64 and self.use_start_date and "--start-date" in err):
                # An older binary whose recommend has no --start-date: the same day through
                # SOURCE_DATE_EPOCH (set above) instead.
                self.use_start_date = False
                if not self.noted:
                    self.noted = True
                    print("note: this binary's recommend does not take --start-date; running with "
                          "SOURCE_DATE_EPOCH=%s (%s) instead" % (START_EPOCH, START_DATE))
                continue
            if proc.returncode != 0:
                first = err.strip().splitlines()[0] if err.strip() else "(no message)"
                return None, "exit %d from %s: %s" % (proc.returncode, " ".join(args), first)
            return proc.stdout.decode("utf-8", "replace"), None


def main(argv):
    parser = argparse.ArgumentParser(
        prog="check_personas.py",
        description="Run careerplan on the issue #15 personas and check the advice a mentor would sign.")
    parser.add_argument("binary", help="the careerplan binary to test")
    parser.add_argument("personas", nargs="*", metavar="PERSONA",
                        help="persona names or profile paths (default: all)")
    parser.add_argument("--content", default=DEFAULT_CONTENT,
                        help="content folder whose ids the expectations are checked against "
                             "(default: the repository's content/)")
    args = parser.parse_args(argv)

    errors = []
    try:
        content = load_content_ids(args.content)
        names = discover(errors)
    except SuiteError as e:
        print("check_personas.py: error: %s" % e, file=sys.stderr)
        return 2
    expectations = {}
    stated = []
    for name in names:
        try:
            expectations[name] = validate_expectation(os.path.join(PERSONA_DIR, name + EXPECT_SUFFIX), content)
            if validate_profile(os.path.join(PERSONA_DIR, name + ".yaml")):
                stated.append(name)
        except SuiteError as e:
            errors.extend(str(e).split("\n"))
    if len(stated) > 1:
        errors.append("only one persona may state current_stage; these do: %s" % ", ".join(stated))
    selected = []
    for a in args.personas:
        try:
            name = persona_name(a, names)
            if name not in selected:
                selected.append(name)
        except SuiteError as e:
            errors.append(str(e))
    selected = selected or names
    if not (os.path.isfile(args.binary) and os.access(args.binary, os.X_OK)):
        errors.append("%s: not an executable file" % args.binary)
    if errors:
        for e in errors:
            print("check_personas.py: error: %s" % e, file=sys.stderr)
        print("check_personas.py: the suite is invalid; nothing was run", file=sys.stderr)
        return 2
    runner = Runner(args.binary)

    passed = failed = 0
    try:
        for name in selected:
            profile = os.path.join(PERSONA_DIR, name + ".yaml")
            checks = expectations[name]["checks"]
            json_out, json_err = runner.run(profile, text=False)
            plan, plan_err = None, json_err
            if json_out is not None:
                try:
                    plan = json.loads(json_out)
                    if not isinstance(plan, dict):
                        plan, plan_err = None, "the JSON output is not one object"
                except ValueError as e:
                    plan_err = "the output is not JSON: %s" % e
            text_lines, text_err = None, None
            if any(c["check"] == "max_lines" for c in checks):
                text_out, text_err = runner.run(profile, text=True)
                if text_out is not None:
                    text_lines = len(text_out.splitlines())
            p_pass = p_fail = 0
            for check in checks:
                if check["check"] == "max_lines":
                    err, what = text_err, "the text report"
                else:
                    err, what = plan_err, "the JSON plan"
                if err:
                    ok, message = False, "expected %s, got an error: %s" % (what, err)
                else:
                    try:
                        ok, message = evaluate(check, plan, text_lines)
                    except Missing as e:
                        ok, message = False, e.message()
                if ok:
                    p_pass += 1
                else:
                    p_fail += 1
                    print("FAIL %s: %s: %s" % (name, describe(check), message))
                    print("     why: %s" % " ".join(check["why"].split()))
            passed += p_pass
            failed += p_fail
            print("persona %s: %d passed, %d failed (%s)"
                  % (name, p_pass, p_fail, " ".join(expectations[name]["persona"].split())))
    except SuiteError as e:
        print("check_personas.py: error: %s" % e, file=sys.stderr)
        return 2
    finally:
        try:
            os.rmdir(runner.config_home)
        except OSError:
            pass

    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
