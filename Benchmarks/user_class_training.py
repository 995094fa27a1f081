"""The user-class training benchmark: micrograd's `engine.py` and `nn.py`, unchanged, run by CPython and by
Gradbook on the same 100 moons points, for the same steps.

The sources come from the installed `micrograd` package (PyPI 0.1.0, the repository's code), so nothing of
micrograd's is copied here. The data are made once by scikit-learn (`make_moons(n_samples=100, noise=0.1)`
after `np.random.seed(1337)`) and written into both programs as literals, so both sides train on identical
floats. The training loop is the demo notebook's: hinge loss, L2 regularization of 1e-4, a learning rate falling
from 1.0 to 0.1, and one line printed per step.

Gradbook runs the program as a lesson of four cells (engine, nn, data and model, training). Each side runs
`--rounds` times, interleaved; the machine is shared, so compare the ratio within one run. Peak RSS is the
kernel's (`ru_maxrss` of each child, from `wait4`). Gradbook also runs 10 steps, so that "flat from step 10 to
100" compares two peaks. With `--callgrind`, Gradbook's instructions per step are the difference between 3 and 2
steps under callgrind (valgrind must be installed; the binary is copied and stripped of debug info for it).
"""
import argparse
import inspect
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import micrograd.engine
import micrograd.nn
import numpy as np
from sklearn.datasets import make_moons

TRAINING = """\
def loss():
    inputs = [list(map(Value, xrow)) for xrow in X]
    scores = list(map(model, inputs))
    losses = [(1 + -yi * scorei).relu() for yi, scorei in zip(y, scores)]
    data_loss = sum(losses) * (1.0 / len(losses))
    reg_loss = 1e-4 * sum((p * p for p in model.parameters()))
    correct = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(y, scores)]
    return data_loss + reg_loss, sum(correct) / len(correct)

for k in range(STEPS):
    total_loss, acc = loss()
    model.zero_grad()
    total_loss.backward()
    learning_rate = 1.0 - 0.9 * k / 100
    for p in model.parameters():
        p.data -= learning_rate * p.grad
    print(f"step {k} loss {total_loss.data}, accuracy {acc*100}%")
"""


def cells(steps):
    """The program's four cells: engine.py, nn.py without its import of the engine, data and model, training."""
    engine = inspect.getsource(micrograd.engine)
    nn = "\n".join(line for line in inspect.getsource(micrograd.nn).splitlines()
                   if line.strip() != "from micrograd.engine import Value")
    np.random.seed(1337)
    X, y = make_moons(n_samples=100, noise=0.1)
    y = y * 2 - 1
    data = ("import random\nrandom.seed(1337)\n"
            f"X = {[[float(a), float(b)] for a, b in X]!r}\n"
            f"y = {[int(v) for v in y]!r}\n"
            "model = MLP(2, [16, 16, 1])\n"
            "print(model)\n"
            "print(\"number of parameters\", len(model.parameters()))")
    return [engine, nn, data, TRAINING.replace("STEPS", str(steps))]


def write_programs(folder, steps):
    """The Python script and the Gradbook lesson for `steps` steps; returns their paths."""
    parts = cells(steps)
    script = os.path.join(folder, f"train{steps}.py")
    with open(script, "w") as file:
        file.write("\n\n".join(parts) + "\n")
    lesson = os.path.join(folder, f"train{steps}.md")
    with open(lesson, "w") as file:
        file.write(f"---\ntitle: User-class training, {steps} steps\nbudget: 10000000000\n---\n\n")
        file.write("\n\n".join(f"```micrograd\n{part.rstrip()}\n```" for part in parts) + "\n")
    return script, lesson


def measure(command):
    """Runs `command`; returns (stdout, wall seconds, user+system seconds, peak RSS in MB) of that child alone."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text = out.read()
        if child.returncode != 0:
            sys.exit(f"{' '.join(command)} failed ({child.returncode}):\n{text[-2000:]}\n{err.read()[-2000:]}")
    return text, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def losses(text):
    return [float(m.group(1)) for m in re.finditer(r"^step \d+ loss ([-0-9.e+]+),", text, re.M)]


def instructions(command):
    """Instructions executed by `command` under callgrind."""
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "callgrind.out")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command],
                       capture_output=True, check=True)
        with open(out) as file:
            return int(re.search(r"^summary: (\d+)", file.read(), re.M).group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gradbook", required=True)
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--callgrind", action="store_true")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="user-class-training-")
    script, lesson = write_programs(folder, args.steps)
    _, short_lesson = write_programs(folder, 10)
    gradbook = [args.gradbook, "run"]
    runs = {"cpython": [], "gradbook": []}
    outputs = {}
    for _ in range(args.rounds):
        for side, command in [("cpython", [sys.executable, script]), ("gradbook", gradbook + [lesson])]:
            text, wall, cpu, rss = measure(command)
            outputs[side] = text
            runs[side].append((wall, cpu, rss))
    _, _, _, rss10 = measure(gradbook + [short_lesson])

    reference, ours = losses(outputs["cpython"]), losses(outputs["gradbook"])
    if len(reference) != args.steps or len(ours) != args.steps:
        sys.exit(f"expected {args.steps} losses, got {len(reference)} from CPython and {len(ours)} from Gradbook")
    worst = max(abs(a - b) / abs(a) for a, b in zip(reference, ours))
    print(f"losses: {args.steps} steps, worst relative difference {worst:.1e} "
          f"({'within' if worst <= 1e-9 else 'BEYOND'} 1e-9); last {ours[-1]!r}")
    print(f"{'':10} {'wall s':>8} {'cpu s':>8} {'s/step':>8} {'peak MB':>8}")
    medians = {}
    for side, measured in runs.items():
        wall = statistics.median(m[0] for m in measured)
        cpu = statistics.median(m[1] for m in measured)
        rss = max(m[2] for m in measured)
        medians[side] = (wall, cpu, rss)
        print(f"{side:10} {wall:8.2f} {cpu:8.2f} {wall / args.steps:8.3f} {rss:8.0f}")
    print(f"Gradbook is {medians['cpython'][0] / medians['gradbook'][0]:.2f}x faster than CPython (wall), "
          f"{medians['cpython'][1] / medians['gradbook'][1]:.2f}x (cpu); "
          f"peak RSS {medians['gradbook'][2]:.0f} MB vs {medians['cpython'][2]:.0f} MB")
    print(f"Gradbook peak RSS after 10 steps {rss10:.0f} MB, after {args.steps} steps {medians['gradbook'][2]:.0f} MB")
    if args.callgrind:
        stripped = os.path.join(folder, "gradbook")
        shutil.copy(args.gradbook, stripped)
        subprocess.run(["strip", "--strip-debug", stripped], check=True)
        _, two = write_programs(folder, 2)
        _, three = write_programs(folder, 3)
        command = [stripped, "run"]
        per_step = instructions(command + [three]) - instructions(command + [two])
        print(f"callgrind: {per_step / 1e6:.1f}M instructions per step")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
