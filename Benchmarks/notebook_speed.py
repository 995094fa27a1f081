"""Times `gradbook import` and `gradbook check` on a notebook of 200 code cells (the issue's speed target:
both together under 1 s in a release build).

The notebook is made here, deterministically, from cells like the lecture's (Values and their grads, a
graph now and then, a small MLP forward and backward), with a markdown cell before each. Its outputs are
filled once by `gradbook check --update`, so the timed check compares every cell and passes. Each case runs
`--rounds` times, interleaved, and the median and the spread are printed.

    Benchmarks/notebook-speed [--rounds 15] [--cells 200]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def cell_source(index):
    kind = index % 20
    if kind == 19:
        return ("from micrograd.nn import MLP\n"
                f"model = MLP(3, [4, 4, 1])\n"
                f"xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]\n"
                f"ys = [1.0, -1.0, -1.0, 1.0]\n"
                f"for step in range(3):\n"
                f"    loss = sum((model(x) - y)**2 for x, y in zip(xs, ys))\n"
                f"    model.zero_grad()\n"
                f"    loss.backward()\n"
                f"    for p in model.parameters():\n"
                f"        p.data += -0.05 * p.grad\n"
                f"    print(step, loss.data)")
    if kind == 9:
        return (f"x = Value({index / 10}, label='x')\n"
                f"y = (x * 2 + 1).tanh(); y.label = 'y'\n"
                f"y.backward()\n"
                f"draw_dot(y)")
    return (f"a = Value({2.0 + index * 0.01!r}, label='a')\n"
            f"b = Value({-3.0 + index * 0.02!r}, label='b')\n"
            f"c = a * b + a ** 2 - b / 4\n"
            f"c.backward()\n"
            f"print(c.data, a.grad, b.grad)\n"
            f"c")


def make_notebook(path, cells):
    notebook_cells = []
    for index in range(cells):
        notebook_cells.append({"cell_type": "markdown", "id": f"m{index}", "metadata": {},
                               "source": [f"## Step {index + 1}\n", "\n", "What the next cell computes, in words."]})
        source = cell_source(index).splitlines(True)
        notebook_cells.append({"cell_type": "code", "execution_count": None, "id": f"c{index}", "metadata": {},
                               "outputs": [], "source": source})
    notebook = {"cells": notebook_cells, "metadata": {"language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5}
    with open(path, "w", encoding="utf-8") as file:
        json.dump(notebook, file, indent=1, sort_keys=True, ensure_ascii=False)
        file.write("\n")


def timed(command):
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} exited {result.returncode}:\n{result.stderr}")
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gradbook", required=True)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--cells", type=int, default=200)
    arguments = parser.parse_args()
    gradbook = arguments.gradbook
    with tempfile.TemporaryDirectory() as folder:
        notebook = os.path.join(folder, "speed.ipynb")
        make_notebook(notebook, arguments.cells)
        subprocess.run([gradbook, "check", "--update", "--quiet", notebook], stdout=subprocess.DEVNULL, check=False)
        lesson_folder = os.path.join(folder, "lessons")
        lesson = os.path.join(lesson_folder, "speed.md")
        cases = {
            "import": [gradbook, "import", notebook, "--output", lesson_folder, "--force"],
            "check the notebook": [gradbook, "check", "--quiet", "--jobs", "1", notebook],
            "check the imported lesson": [gradbook, "check", "--quiet", "--jobs", "1", lesson],
        }
        timed(cases["import"])
        times = {name: [] for name in cases}
        for _ in range(arguments.rounds):
            for name, command in cases.items():
                times[name].append(timed(command))
        size = os.path.getsize(notebook)
        print(f"notebook: {arguments.cells} code cells and {arguments.cells} markdown cells, {size // 1024} KB; "
              f"median of {arguments.rounds} runs (min … max)")
        for name, values in times.items():
            print(f"  {name:28} {statistics.median(values) * 1000:7.1f} ms  ({min(values) * 1000:.1f} … {max(values) * 1000:.1f})")
        total = statistics.median(times["import"]) + statistics.median(times["check the notebook"])
        print(f"  {'import + check':28} {total * 1000:7.1f} ms  (target: under 1000 ms)")


if __name__ == "__main__":
    main()
