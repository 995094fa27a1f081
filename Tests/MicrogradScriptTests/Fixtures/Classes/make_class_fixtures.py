#!/usr/bin/env python3
"""Makes classes.json, the CPython reference for the class-semantics programs beside this script.

Each `*.py` here is a program split into cells at `# %%` lines. Every cell runs in one namespace, as in a
Jupyter kernel: its printed text, then the repr of its last expression (unless None), or `Kind: message` when it
raises. Run with CPython 3.11 (made with 3.11.7): `python3 make_class_fixtures.py`. Uses only the standard library.
"""
import ast
import contextlib
import io
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent


def run_cell(source, namespace):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        try:
            tree = ast.parse(source)
            last = None
            if tree.body and isinstance(tree.body[-1], ast.Expr):
                last = ast.Expression(tree.body.pop().value)
            exec(compile(tree, "<cell>", "exec"), namespace)
            if last is not None:
                value = eval(compile(last, "<cell>", "eval"), namespace)
                if value is not None:
                    print(repr(value))
        except Exception as error:
            message = str(error)
            print(f"{type(error).__name__}: {message}" if message else type(error).__name__)
    return buffer.getvalue().rstrip("\n")


def main():
    programs = []
    for path in sorted(HERE.glob("*.py")):
        if path.name == pathlib.Path(__file__).name:
            continue
        sources = [c.strip("\n") for c in re.split(r"^# %%.*$", path.read_text(), flags=re.M) if c.strip()]
        namespace = {"__name__": "__main__"}
        cells = [{"source": s, "output": run_cell(s, namespace)} for s in sources]
        programs.append({"program": path.stem, "cells": cells})
    fixture = {"python": sys.version.split()[0], "programs": programs}
    (HERE / "classes.json").write_text(json.dumps(fixture, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
