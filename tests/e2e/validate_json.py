#!/usr/bin/python3
"""Validates JSON or YAML documents against careerplan's JSON Schemas (schema/*.schema.json).

  validate_json.py [--invalid] SCHEMA FILE...   each FILE must be valid (with --invalid: must not be)
  validate_json.py --check-schemas DIR           every schema in DIR is a valid draft 2020-12 schema

FILE is *.json, *.yaml/*.yml (read as YAML, duplicate keys refused as editors do), or - for JSON
on stdin. Cross-schema $refs resolve through the schemas' $ids, so no network is used.
Prints one line per file and exits 0 when every file came out as expected, 1 otherwise.
"""
import json
import os
import sys

import jsonschema
import yaml


class StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys instead of keeping the last one."""


def _mapping(loader, node, deep=False):
    keys = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if not isinstance(key, str):  # JSON has only string keys, and so do careerplan's files
            raise yaml.constructor.ConstructorError(None, None, f"non-string key {key!r}", key_node.start_mark)
        if key in keys:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        keys.add(key)
    return loader.construct_mapping(node, deep=deep)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load_store(schema_dir):
    store = {}
    for name in sorted(os.listdir(schema_dir)):
        if name.endswith(".schema.json"):
            with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
                schema = json.load(f)
            store[schema["$id"]] = schema
    return store


def load_document(path):
    if path == "-":
        return json.load(sys.stdin)
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8")
    if path.endswith((".yaml", ".yml")):
        return yaml.load(text, Loader=StrictLoader)
    return json.loads(text)


def check_schemas(schema_dir):
    status = 0
    for schema in load_store(schema_dir).values():
        try:
            jsonschema.Draft202012Validator.check_schema(schema)
            print(f"ok {schema['$id']}")
        except jsonschema.SchemaError as e:
            print(f"FAIL {schema['$id']}: {e.message}")
            status = 1
    return status


def main(argv):
    if len(argv) == 2 and argv[0] == "--check-schemas":
        return check_schemas(argv[1])
    expect_invalid = bool(argv) and argv[0] == "--invalid"
    if expect_invalid:
        argv = argv[1:]
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    schema_path, files = argv[0], argv[1:]
    store = load_store(os.path.dirname(os.path.abspath(schema_path)))
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    resolver = jsonschema.RefResolver(schema["$id"], schema, store=store)
    validator = jsonschema.Draft202012Validator(schema, resolver=resolver)
    status = 0
    for path in files:
        try:
            errors = sorted(validator.iter_errors(load_document(path)), key=lambda e: list(e.absolute_path))
            problem = None
            if errors:
                e = errors[0]
                where = "/".join(str(p) for p in e.absolute_path) or "(top)"
                problem = f"{where}: {e.message[:300]}" + (f" (+{len(errors) - 1} more)" if len(errors) > 1 else "")
        except (ValueError, yaml.YAMLError) as e:  # not JSON/YAML at all, or invalid UTF-8
            problem = f"unreadable: {str(e).splitlines()[0][:300]}"
        if expect_invalid:
            print(f"rejected {path}: {problem}" if problem else f"FAIL {path}: valid, but should be rejected")
            status |= 0 if problem else 1
        else:
            print(f"FAIL {path}: {problem}" if problem else f"ok {path}")
            status |= 1 if problem else 0
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
