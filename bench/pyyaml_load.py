"""The PyYAML baseline for bench/run: load each file named with PyYAML's C loader (libyaml)."""
import sys

import yaml

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        yaml.load(f, Loader=yaml.CSafeLoader)
