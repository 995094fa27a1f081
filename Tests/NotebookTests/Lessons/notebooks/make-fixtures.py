"""Writes the notebook fixtures of NotebookTests with the real nbformat, so the Swift tests can prove that
Gradbook reads what Jupyter writes and writes what Jupyter would.

    /work/venvs/nb/bin/python Tests/NotebookTests/Lessons/notebooks/make-fixtures.py

Made with Python 3.11.7 and nbformat 5.11.1 (see versions.txt, which this script rewrites).
"""
import os
import sys

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output, new_raw_cell

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, notebook):
    nbformat.validate(notebook)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as file:
        nbformat.write(notebook, file)


def jupyter_written():
    """Every kind of cell and output, with text that exercises the JSON escapes and nbformat's line splits."""
    notebook = new_notebook(metadata={
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python", "version": "3.11.2"},
    })
    notebook.cells = [
        new_markdown_cell("## A *small* notebook\n\nWith math $x^2$ and a quote \" and a tab\there.", id="intro"),
        new_code_cell("x = 2\nprint('x is', x)\nprint('é ✓ \\u2028')", id="print", execution_count=1, outputs=[
            new_output("stream", name="stdout", text="x is 2\né ✓ \u2028\n"),
        ]),
        new_code_cell("x * 3.5", id="value", execution_count=2, outputs=[
            new_output("execute_result", data={"text/plain": "7.0"}, execution_count=2),
        ]),
        new_code_cell("plt.plot([1, 2])", id="figure", execution_count=3, outputs=[
            new_output("execute_result", data={"text/plain": "[<matplotlib.lines.Line2D at 0x7f3a9c0b2d30>]"}, execution_count=3),
            new_output("display_data", data={
                "image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\n",
                "image/svg+xml": "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect width=\"1\" height=\"1\"/>\n</svg>\n",
                "text/plain": "<Figure size 640x480 with 1 Axes>",
            }),
        ]),
        new_code_cell("1 / 0", id="error", execution_count=4, metadata={"tags": ["raises-exception"]}, outputs=[
            new_output("error", ename="ZeroDivisionError", evalue="division by zero",
                       traceback=["\u001b[0;31mZeroDivisionError\u001b[0m: division by zero"]),
        ]),
        new_code_cell("while True:\n    pass", id="skipped", metadata={"tags": ["nbval-skip", "hide-input"]}),
        new_raw_cell("raw text\r\nwith a carriage return and a NUL-free control \u0001", id="raw"),
        new_code_cell("print('a')\nprint('b', end='')", id="streams", execution_count=5, metadata={"tags": ["nbval-ignore-output"]}, outputs=[
            new_output("stream", name="stdout", text="a\n"),
            new_output("stream", name="stdout", text="b"),
        ]),
    ]
    return notebook


def exported():
    """What gradbook export must write for the lesson in ExportTests: the same notebook, built by nbformat."""
    notebook = new_notebook(metadata={
        "gradbook": {"seed": 3, "title": "Export"},
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
        "title": "Export",
    })
    notebook.cells = [
        new_markdown_cell("# Export\n\nSome *prose* with $x$.", id="cell-1"),
        new_code_cell("print(1)\n1 + 1", id="cell-2", execution_count=1, outputs=[
            new_output("stream", name="stdout", text="1\n"),
            new_output("execute_result", data={"text/plain": "2"}, execution_count=1),
        ]),
        new_markdown_cell("More.", id="cell-3"),
        new_code_cell("boom", id="cell-4", execution_count=2, metadata={"tags": ["raises-exception"]}, outputs=[
            new_output("error", ename="NameError", evalue="name 'boom' is not defined",
                       traceback=["Cell In[2], line 1", "NameError: name 'boom' is not defined"]),
        ]),
        new_code_cell("x = 1", id="cell-5", metadata={
            "gradbook": {"budget": 5000},
            "jupyter": {"source_hidden": True},
            "tags": ["hide-input", "skip-execution", "nbval-skip"],
        }),
    ]
    return notebook


def main():
    write("jupyter-written.ipynb", jupyter_written())
    write("exported.ipynb", exported())
    with open(os.path.join(HERE, "versions.txt"), "w", encoding="utf-8") as file:
        file.write(f"Python {sys.version.split()[0]}\nnbformat {nbformat.__version__}\n")


if __name__ == "__main__":
    main()
