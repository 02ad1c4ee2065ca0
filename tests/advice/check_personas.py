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

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONA_DIR = os.path.join(HERE, "personas")
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CONTENT = os.path.join(REPO_ROOT, "content")

START_DATE = "2026-01-05"
START_EPOCH = "1767571200"  # 2026-01-05T00:00:00Z, for binaries whose recommend lacks --start-date
RUN_TIMEOUT = 120  # seconds per run of the binary

EXPECT_SUFFIX = ".expect.yaml"

STAGE_CONFIDENCES = ("high", "medium", "low", "stated")
HORIZONS = ("open-now", "next", "later", "behind")
MIN_CHECKS, MAX_CHECKS = 4, 9
REQUIRED_IN_EVERY_PERSONA = ("max_strategies", "max_lines")

# check name -> (required keys, optional keys); `check` and `why` are always required.
VOCABULARY = {
    "stage": ({"in"}, set()),
    "stage_confidence": ({"in"}, set()),
    "first_target": ({"in"}, set()),
    "not_target": ({"ids"}, set()),
    "horizon": ({"track", "in"}, set()),
    "no_step": ({"keys"}, set()),
    "some_step": ({"keys"}, set()),
    "steps_serve_first_target": ({"at_least"}, set()),
    "max_strategies": ({"max"}, set()),
    "strategy": (set(), {"include_any", "exclude"}),
    "max_lines": ({"max"}, set()),
}

WHY_RE = re.compile(r"^(seed 00[01]|mentor judgement):\s*\S")
STEP_KEY_RE = re.compile(r"^(skill|cert|project):([a-z0-9][a-z0-9-]*)(?:@([1-5]))?$")


class SuiteError(Exception):
    """The suite itself is wrong: exit 2."""


# --------------------------------------------------------------------------------------------
# Strict YAML: duplicate keys are errors (PyYAML silently keeps the last one).

class StrictLoader(yaml.SafeLoader):
    pass


def _strict_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        try:
            duplicate = key in seen
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "unhashable key", key_node.start_mark)
        if duplicate:
            raise yaml.constructor.ConstructorError(
                None, None, "duplicate key %r" % (key,), key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _strict_mapping)


def load_yaml(path, strict=True):
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.load(f, Loader=StrictLoader if strict else yaml.SafeLoader)
    except OSError as e:
        raise SuiteError("%s: cannot read: %s" % (path, e.strerror))
    except yaml.YAMLError as e:
        raise SuiteError("%s: invalid YAML: %s" % (path, str(e).replace("\n", " ")))


# --------------------------------------------------------------------------------------------
# Content ids

# Stage id -> the stage ids it leads to (content/stages.yaml), filled by load_content_ids.
STAGE_AFTER = {}


def load_content_ids(content_dir):
    stages_doc = load_yaml(os.path.join(content_dir, "stages.yaml"), strict=False)
    for item in (stages_doc or {}).get("stages", []) if isinstance(stages_doc, dict) else []:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            STAGE_AFTER[item["id"]] = [s for s in item.get("leads_to", []) if isinstance(s, str)]

    def ids(file_name, top_key):
        path = os.path.join(content_dir, file_name)
        doc = load_yaml(path, strict=False)
        if not isinstance(doc, dict) or not isinstance(doc.get(top_key), list):
            raise SuiteError("%s: expected a top-level '%s' list" % (path, top_key))
        out = set()
        for item in doc[top_key]:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                out.add(item["id"])
        if not out:
            raise SuiteError("%s: no ids found under '%s'" % (path, top_key))
        return out

    return {
        "track": ids("tracks.yaml", "tracks"),
        "stage": ids("stages.yaml", "stages"),
        "skill": ids("skills.yaml", "skills"),
        "cert": ids("certifications.yaml", "certifications"),
        "strategy": ids("strategies.yaml", "strategies"),
        "project": ids("projects.yaml", "projects"),
    }


# --------------------------------------------------------------------------------------------
# Validation of the expectation files

def _id_list(where, check, key, kinds, content, allow_empty=False):
    value = check.get(key)
    if not isinstance(value, list) or (not value and not allow_empty):
        raise SuiteError("%s: '%s' must be a non-empty list" % (where, key))
    for item in value:
        if not isinstance(item, str):
            raise SuiteError("%s: '%s' holds %r, not an id" % (where, key, item))
        if not any(item in content[k] for k in kinds):
            raise SuiteError("%s: '%s': unknown %s id '%s'" % (where, key, " or ".join(kinds), item))
    if len(set(value)) != len(value):
        raise SuiteError("%s: '%s' names an id twice" % (where, key))
    return value


def _enum_list(where, check, key, allowed):
    value = check.get(key)
    if not isinstance(value, list) or not value:
        raise SuiteError("%s: '%s' must be a non-empty list" % (where, key))
    for item in value:
        if item not in allowed:
            raise SuiteError("%s: '%s': %r is not one of %s" % (where, key, item, ", ".join(allowed)))
    return value


def _positive_int(where, check, key):
    value = check.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise SuiteError("%s: '%s' must be a whole number of at least 1, found %r" % (where, key, value))
    return value


def _step_keys(where, check, content):
    value = check.get("keys")
    if not isinstance(value, list) or not value:
        raise SuiteError("%s: 'keys' must be a non-empty list" % where)
    for item in value:
        m = STEP_KEY_RE.match(item) if isinstance(item, str) else None
        if not m:
            raise SuiteError("%s: step key %r is not skill:ID, skill:ID@LEVEL, cert:ID or project:ID"
                             % (where, item))
        kind, ident, level = m.group(1), m.group(2), m.group(3)
        if level and kind != "skill":
            raise SuiteError("%s: step key %r: only skill steps have a @LEVEL" % (where, item))
        if ident not in content[kind]:
            raise SuiteError("%s: step key %r: unknown %s id '%s'" % (where, item, kind, ident))
    return value


def validate_check(where, check, content):
    if not isinstance(check, dict):
        raise SuiteError("%s: a check must be a mapping" % where)
    name = check.get("check")
    if name not in VOCABULARY:
        raise SuiteError("%s: unknown check %r (the checks are: %s)"
                         % (where, name, ", ".join(sorted(VOCABULARY))))
    where = "%s (%s)" % (where, name)
    why = check.get("why")
    if not isinstance(why, str) or not why.strip():
        raise SuiteError("%s: missing 'why'" % where)
    if not WHY_RE.match(why.strip()):
        raise SuiteError("%s: 'why' must start with 'seed 000:', 'seed 001:' or 'mentor judgement:', "
                         "found %r" % (where, why[:40]))
    required, optional = VOCABULARY[name]
    keys = set(check) - {"check", "why"}
    unknown = keys - required - optional
    if unknown:
        raise SuiteError("%s: unknown key(s) %s" % (where, ", ".join(sorted(unknown))))
    missing = required - keys
    if missing:
        raise SuiteError("%s: missing key(s) %s" % (where, ", ".join(sorted(missing))))

    if name == "stage":
        _id_list(where, check, "in", ["stage"], content)
    elif name == "stage_confidence":
        _enum_list(where, check, "in", STAGE_CONFIDENCES)
    elif name == "first_target":
        _id_list(where, check, "in", ["track", "stage"], content)
    elif name == "not_target":
        _id_list(where, check, "ids", ["track"], content)
    elif name == "horizon":
        track = check.get("track")
        if not isinstance(track, str) or track not in content["track"]:
            raise SuiteError("%s: 'track': unknown track id %r" % (where, track))
        _enum_list(where, check, "in", HORIZONS)
    elif name in ("no_step", "some_step"):
        _step_keys(where, check, content)
    elif name == "steps_serve_first_target":
        _positive_int(where, check, "at_least")
    elif name in ("max_strategies", "max_lines"):
        _positive_int(where, check, "max")
    elif name == "strategy":
        if not keys:
            raise SuiteError("%s: needs 'include_any', 'exclude' or both" % where)
        inc = _id_list(where, check, "include_any", ["strategy"], content) if "include_any" in check else []
        exc = _id_list(where, check, "exclude", ["strategy"], content) if "exclude" in check else []
        both = set(inc) & set(exc)
        if both:
            raise SuiteError("%s: %s both included and excluded" % (where, ", ".join(sorted(both))))


def validate_expectation(path, content):
    doc = load_yaml(path)
    if not isinstance(doc, dict):
        raise SuiteError("%s: expected a mapping with 'persona' and 'checks'" % path)
    unknown = set(doc) - {"persona", "checks"}
    if unknown:
        raise SuiteError("%s: unknown top-level key(s) %s" % (path, ", ".join(sorted(map(str, unknown)))))
    if not isinstance(doc.get("persona"), str) or not doc["persona"].strip():
        raise SuiteError("%s: 'persona' must be a one-line description" % path)
    checks = doc.get("checks")
    if not isinstance(checks, list):
        raise SuiteError("%s: 'checks' must be a list" % path)
    if not MIN_CHECKS <= len(checks) <= MAX_CHECKS:
        raise SuiteError("%s: %d checks; a persona has %d to %d" % (path, len(checks), MIN_CHECKS, MAX_CHECKS))
    problems = []
    for i, check in enumerate(checks, 1):
        try:
            validate_check("%s: check %d" % (path, i), check, content)
        except SuiteError as e:
            problems.append(str(e))
    names = [c.get("check") for c in checks if isinstance(c, dict)]
    for required in REQUIRED_IN_EVERY_PERSONA:
        if required not in names:
            problems.append("%s: every persona checks '%s'" % (path, required))
    if problems:
        raise SuiteError("\n".join(problems))
    return doc


def validate_profile(path):
    """Light checks of a profile (the binary is the real judge); returns whether it states a stage."""
    doc = load_yaml(path)
    if not isinstance(doc, dict):
        raise SuiteError("%s: a profile is a mapping" % path)
    return "current_stage" in doc


def discover(errors):
    """The persona names whose profile and expectation file pair up; the rest go to `errors`."""
    if not os.path.isdir(PERSONA_DIR):
        raise SuiteError("%s: no such folder" % PERSONA_DIR)
    files = sorted(os.listdir(PERSONA_DIR))
    profiles = {f[:-5] for f in files if f.endswith(".yaml") and not f.endswith(EXPECT_SUFFIX)}
    expects = {f[:-len(EXPECT_SUFFIX)] for f in files if f.endswith(EXPECT_SUFFIX)}
    for f in files:
        if not f.endswith(".yaml"):
            errors.append("%s: unexpected file %s (personas are NAME.yaml and NAME%s)"
                          % (PERSONA_DIR, f, EXPECT_SUFFIX))
    for name in sorted(profiles - expects):
        errors.append("%s: profile %s.yaml has no expectation file %s%s"
                      % (PERSONA_DIR, name, name, EXPECT_SUFFIX))
    for name in sorted(expects - profiles):
        errors.append("%s: expectation %s%s has no profile %s.yaml"
                      % (PERSONA_DIR, name, EXPECT_SUFFIX, name))
    names = sorted(profiles & expects)
    if not names:
        errors.append("%s: no personas" % PERSONA_DIR)
    return names


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


# --------------------------------------------------------------------------------------------
# Evaluating checks against a plan

class Missing(Exception):
    """A field the check needs is not in the JSON plan (or not of the documented shape)."""

    def __init__(self, what, got="none"):
        Exception.__init__(self, what)
        self.what, self.got = what, got

    def message(self):
        return "expected %s, got %s" % (self.what, self.got)


def field(obj, *path):
    cur = obj
    shown = []
    for key in path:
        shown.append(str(key))
        if isinstance(key, int):
            if not isinstance(cur, list) or key >= len(cur):
                raise Missing("'%s' in the JSON plan" % ".".join(shown))
            cur = cur[key]
        else:
            if not isinstance(cur, dict) or key not in cur or cur[key] is None:
                raise Missing("'%s' in the JSON plan" % ".".join(shown))
            cur = cur[key]
    return cur


def ids_of(items, what):
    """A list of ids, or of objects with an `id`, as a list of ids."""
    if not isinstance(items, list):
        raise Missing("'%s' to be a list" % what, type(items).__name__)
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict) and isinstance(item.get("id"), str):
            out.append(item["id"])
        else:
            raise Missing("every entry of '%s' to have an id" % what, repr(item))
    return out


def first_target_id(plan):
    ft = field(plan, "first_target")
    if isinstance(ft, str):
        return ft
    if isinstance(ft, dict) and isinstance(ft.get("id"), str):
        return ft["id"]
    raise Missing("'first_target.id' in the JSON plan", repr(ft))


def horizon_of(plan, track):
    """track_horizons as a list of {id|track, horizon} objects, or a mapping id -> horizon."""
    hs = field(plan, "track_horizons")
    if isinstance(hs, dict):
        if track not in hs:
            raise Missing("'%s' in track_horizons" % track)
        value = hs[track]
        if isinstance(value, dict):
            value = value.get("horizon")
        if not isinstance(value, str):
            raise Missing("a horizon for '%s' in track_horizons" % track, repr(hs[track]))
        return value
    if isinstance(hs, list):
        for entry in hs:
            if isinstance(entry, dict) and track in (entry.get("id"), entry.get("track")):
                if not isinstance(entry.get("horizon"), str):
                    raise Missing("'horizon' in the track_horizons entry for '%s'" % track, repr(entry))
                return entry["horizon"]
        raise Missing("an entry for '%s' in track_horizons" % track)
    raise Missing("'track_horizons' to be a list or a mapping", type(hs).__name__)


def step_keys(plan):
    steps = field(plan, "next_steps")
    if not isinstance(steps, list):
        raise Missing("'next_steps' to be a list", type(steps).__name__)
    keys = []
    for s in steps:
        if not isinstance(s, dict) or not isinstance(s.get("key"), str):
            raise Missing("a 'key' in every next step", repr(s)[:80])
        keys.append(s["key"])
    return keys


def key_matches(key, pattern):
    """`skill:linux` matches every level (`skill:linux@3`); `skill:linux@3` only itself."""
    return key == pattern or key.startswith(pattern + "@")


def fmt(values):
    return "[" + ", ".join(str(v) for v in values) + "]"


def evaluate(check, plan, text_lines):
    """Returns (passed, message) for one check; `message` says what was expected and found."""
    name = check["check"]
    if name == "stage":
        got = field(plan, "current_stage", "id")
        return got in check["in"], "expected one of %s, got %s" % (fmt(check["in"]), got)
    if name == "stage_confidence":
        got = field(plan, "current_stage", "confidence")
        return got in check["in"], "expected one of %s, got %s" % (fmt(check["in"]), got)
    if name == "first_target":
        got = first_target_id(plan)
        return got in check["in"], "expected one of %s, got %s" % (fmt(check["in"]), got)
    if name == "not_target":
        targets = ids_of(field(plan, "target_tracks"), "target_tracks")
        bad = [t for t in check["ids"] if t in targets]
        return not bad, "expected none of %s among target_tracks, got %s" % (fmt(check["ids"]), fmt(targets))
    if name == "horizon":
        got = horizon_of(plan, check["track"])
        return got in check["in"], "expected %s horizon in %s, got %s" % (check["track"], fmt(check["in"]), got)
    if name == "no_step":
        keys = step_keys(plan)
        bad = [k for k in keys if any(key_matches(k, p) for p in check["keys"])]
        return not bad, "expected no step matching %s, got %s (steps: %s)" % (fmt(check["keys"]), fmt(bad), fmt(keys))
    if name == "some_step":
        keys = step_keys(plan)
        good = [k for k in keys if any(key_matches(k, p) for p in check["keys"])]
        return bool(good), "expected a step matching one of %s, got steps %s" % (fmt(check["keys"]), fmt(keys))
    if name == "steps_serve_first_target":
        target = first_target_id(plan)
        wanted = {target}
        next_stages = field(plan, "next_stages")
        if isinstance(next_stages, list) and next_stages:
            wanted.add(field(plan, "next_stages", 0, "id"))
            # Ready for the next stage already: the stage after it is the one being worked towards.
            if field(plan, "next_stages", 0, "ready") is True:
                wanted.update(STAGE_AFTER.get(field(plan, "next_stages", 0, "id"), []))
        steps = field(plan, "next_steps")
        if not isinstance(steps, list):
            raise Missing("'next_steps' to be a list", type(steps).__name__)
        serving = []
        for s in steps:
            serves = s.get("serves") if isinstance(s, dict) else None
            if not isinstance(serves, list):
                raise Missing("a 'serves' list in every next step", repr(s)[:80])
            if any(isinstance(x, dict) and x.get("id") in wanted for x in serves):
                serving.append(s.get("key"))
        # "Most next steps serve it": N of them, or every one when the plan proposes fewer than N
        # (a person close to their target gets fewer steps, not padding).
        needed = min(check["at_least"], max(len(steps), 1))
        return (len(serving) >= needed,
                "expected at least %d steps (or all of fewer) serving %s, got %d of %d (%s)"
                % (check["at_least"], " or ".join(sorted(wanted)), len(serving), len(steps), fmt(serving)))
    if name == "max_strategies":
        got = ids_of(field(plan, "strategies"), "strategies")
        return len(got) <= check["max"], "expected at most %d strategies, got %d %s" % (check["max"], len(got), fmt(got))
    if name == "strategy":
        got = ids_of(field(plan, "strategies"), "strategies")
        problems = []
        inc = check.get("include_any", [])
        if inc and not any(s in got for s in inc):
            problems.append("one of %s" % fmt(inc))
        bad = [s for s in check.get("exclude", []) if s in got]
        if bad:
            problems.append("none of %s" % fmt(bad))
        return not problems, "expected %s, got strategies %s" % (" and ".join(problems) or "ok", fmt(got))
    if name == "max_lines":
        if text_lines is None:
            raise Missing("a text report")
        return text_lines <= check["max"], "expected at most %d lines at COLUMNS=80, got %d" % (check["max"], text_lines)
    raise AssertionError(name)  # validation rejects unknown checks


def describe(check):
    name = check["check"]
    if name == "horizon":
        return "horizon %s" % check["track"]
    if name == "steps_serve_first_target":
        return "steps_serve_first_target at_least %d" % check["at_least"]
    if name in ("max_strategies", "max_lines"):
        return "%s %d" % (name, check["max"])
    return name


# --------------------------------------------------------------------------------------------

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
