#!/usr/bin/python3
"""The Jinja2 comparison: renders the fleet from an Ansible role's variables (fleet.json, made by
`Postfix.Dsl.Benchmarks data`: the shared policy once, as group variables, and each host's own
values) with the templates next to this file, as an Ansible role's template tasks would.
compare.sh checks the output is byte-identical to Postfix.Dsl's.

Usage: render.py FLEET.json OUTPUT-DIR    (Debian's python3 with python3-jinja2)
"""
import json
import os
import sys

import jinja2

here = os.path.dirname(os.path.abspath(__file__))
env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(here),
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
    autoescape=False,
)
templates = {name: env.get_template(name + ".j2") for name in ("main.cf", "master.cf", "access", "header_checks")}

with open(sys.argv[1], encoding="utf-8") as f:
    fleet = json.load(f)

out = sys.argv[2]
for host in fleet["hosts"]:
    # Host variables over group variables, as Ansible resolves them.
    variables = {"access": fleet.get("access"), "header_checks": fleet["header_checks"], **host}
    folder = os.path.join(out, host["name"])
    os.makedirs(folder, exist_ok=True)
    for name, template in templates.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(template.render(host=variables, file=name))
