"""Times Gradbook against Jupyter on the same lesson, side by side in one run, and an unchanged re-render.

(a) cold: `gradbook render LESSON` into a fresh folder (no cache) against
    `jupyter nbconvert --to html --execute` on the same lesson as a notebook (lesson_to_notebook.py);
    the two alternate round by round, so load on the machine hits both alike; medians are compared.
(b) warm: `gradbook render Notebooks` again on an unchanged course, after one full render.

Prints key=value lines. Run through Benchmarks/compare-with-jupyter, which builds and installs what it needs.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed(command, **kwargs):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gradbook", required=True)
    parser.add_argument("--lesson", default="Notebooks/04-a-neuron.md")
    parser.add_argument("--course", default="Notebooks")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--warm-rounds", type=int, default=20)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="gradbook-bench-"))
    try:
        notebook = work / (Path(args.lesson).stem + ".ipynb")
        subprocess.run([sys.executable, str(HERE / "lesson_to_notebook.py"), args.lesson, str(notebook)], check=True)
        jupyter = [sys.executable, "-m", "jupyter", "nbconvert", "--to", "html", "--execute", str(notebook),
                   "--output-dir", str(work / "jupyter")]
        # One untimed run of each: Python's bytecode caches and matplotlib's font cache are made once per machine.
        subprocess.run(jupyter, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run([args.gradbook, "render", args.lesson, "--output", str(work / "warmup"), "--quiet"],
                       check=True, stdout=subprocess.DEVNULL)

        gradbook_times, jupyter_times = [], []
        for round_number in range(args.rounds):
            output = work / f"cold-{round_number}"  # a fresh folder: no cache, every cell runs, every graph is laid out
            gradbook_times.append(timed([args.gradbook, "render", args.lesson, "--output", str(output), "--quiet"]))
            jupyter_times.append(timed(jupyter))
        gradbook_cold = statistics.median(gradbook_times)
        jupyter_cold = statistics.median(jupyter_times)

        course_output = work / "course"
        subprocess.run([args.gradbook, "render", args.course, "--output", str(course_output), "--quiet"],
                       check=True, stdout=subprocess.DEVNULL)
        course_cold = timed([args.gradbook, "render", args.course, "--output", str(course_output), "--quiet", "--force"])
        warm = [timed([args.gradbook, "render", args.course, "--output", str(course_output), "--quiet"])
                for _ in range(args.warm_rounds)]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def ms(seconds):
        return f"{seconds * 1000:.1f}"

    print(f"case=cold_lesson lesson={args.lesson} rounds={args.rounds}"
          f" gradbook_ms={ms(gradbook_cold)} jupyter_nbconvert_ms={ms(jupyter_cold)}"
          f" ratio={jupyter_cold / gradbook_cold:.1f}"
          f" gradbook_all_ms={','.join(ms(t) for t in gradbook_times)}"
          f" jupyter_all_ms={','.join(ms(t) for t in jupyter_times)}")
    print(f"case=course course={args.course} cold_forced_ms={ms(course_cold)}"
          f" unchanged_median_ms={ms(statistics.median(warm))} unchanged_max_ms={ms(max(warm))}"
          f" rounds={args.warm_rounds}")
    print(f"machine cores={os.cpu_count()} python={sys.version.split()[0]}")


if __name__ == "__main__":
    main()
