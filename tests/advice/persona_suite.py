"""The persona suite's files for check_personas.py: the expectations' vocabulary, loading them
strictly and validating every check against the content before anything runs."""

import os
import re
import sys

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
