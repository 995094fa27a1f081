"""Turns a Gradbook lesson into a Jupyter notebook with the same content, for the speed comparison.

Prose becomes Markdown cells, each ```micrograd cell a code cell (its ```output block is dropped: Jupyter
computes its own), and the front matter's title a heading. Imports of Gradbook's engine are removed and the
lecture's Value class and draw_dot (lecture_prelude.py) go in a first code cell instead, so the notebook runs
the lesson's code in CPython exactly as the lecture does.

    python lesson_to_notebook.py Notebooks/04-a-neuron.md neuron.ipynb
"""
import json
import re
import sys
from pathlib import Path

ENGINE_IMPORT = re.compile(r"^\s*(from micrograd(\.\w+)? import .*|import micrograd.*)$")
FENCE = re.compile(r"^(`{3,}|~{3,})(.*)$")


def split_lesson(text):
    """Yields ("markdown", text) and ("code", source) pieces in order."""
    lines = text.splitlines(keepends=True)
    title = None
    if lines and lines[0].strip() == "---":
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        for line in lines[1:end]:
            if line.startswith("title:"):
                title = line.split(":", 1)[1].strip()
        lines = lines[end + 1:]
    prose, index = [], 0
    if title and not any(line.startswith("# ") for line in lines):
        prose.append(f"# {title}\n\n")
    while index < len(lines):
        match = FENCE.match(lines[index].rstrip("\n"))
        if not match:
            prose.append(lines[index])
            index += 1
            continue
        fence, info = match.group(1), match.group(2).strip()
        body, index = [], index + 1
        while index < len(lines) and not lines[index].rstrip("\n").startswith(fence):
            body.append(lines[index])
            index += 1
        index += 1
        if info.startswith("micrograd"):
            if "".join(prose).strip():
                yield "markdown", "".join(prose).strip() + "\n"
            prose = []
            if "skip" not in info.split()[1:]:
                yield "code", "".join(line for line in body if not ENGINE_IMPORT.match(line.rstrip("\n")))
        elif info == "output":
            continue
        else:
            prose.extend([f"{fence}{info}\n"] + body + [f"{fence}\n"])
    if "".join(prose).strip():
        yield "markdown", "".join(prose).strip() + "\n"


def notebook(lesson_text, prelude):
    cells = [{"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": prelude}]
    for kind, text in split_lesson(lesson_text):
        if kind == "markdown":
            cells.append({"cell_type": "markdown", "metadata": {}, "source": text})
        else:
            cells.append({"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": text.rstrip("\n")})
    return {
        "cells": cells,
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                     "language_info": {"name": "python"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def main():
    lesson, target = Path(sys.argv[1]), Path(sys.argv[2])
    prelude = (Path(__file__).parent / "lecture_prelude.py").read_text()
    target.write_text(json.dumps(notebook(lesson.read_text(), prelude), indent=1) + "\n")


if __name__ == "__main__":
    main()
