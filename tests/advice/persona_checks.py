"""Evaluating a persona's checks against its JSON plan and text report, for check_personas.py."""

import re

from persona_suite import *  # noqa: F401,F403 - the suite's vocabulary and errors

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
