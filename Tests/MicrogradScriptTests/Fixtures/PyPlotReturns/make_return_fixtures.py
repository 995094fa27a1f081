#!/usr/bin/env python3
"""What pyplot's calls return, and how a cell shows it, as matplotlib 3.9.2 and IPython 9 print them.

Run with those versions in a virtual environment outside the repository:

    python3 -m venv /work/venvs/np
    /work/venvs/np/bin/pip install numpy==1.26.4 matplotlib==3.9.2 ipython==9.19.1
    /work/venvs/np/bin/python make_return_fixtures.py

It writes `cells.json` beside itself. Each case is a cell: everything but its last line runs, its prints are
recorded, then the last line is evaluated and, unless it is None, shown as Jupyter shows `Out[…]` (IPython's
`pretty`, which writes a default repr without `object`); if it raises, `Kind: message` is recorded instead. Addresses are written `0x…`, as `gradbook check` sanitizes
them. The Swift test expects Gradbook's output to start with this text (Gradbook then shows the figure itself).
"""
import contextlib
import io
import json
import os
import platform
import re

import matplotlib

matplotlib.use("agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import IPython  # noqa: E402
from IPython.lib.pretty import pretty  # noqa: E402

assert matplotlib.__version__ == "3.9.2", matplotlib.__version__
assert np.__version__ == "1.26.4", np.__version__

HERE = os.path.dirname(os.path.abspath(__file__))
VERSIONS = {
    "matplotlib": matplotlib.__version__, "numpy": np.__version__, "ipython": IPython.__version__,
    "python": platform.python_version(),
}
ADDRESS = re.compile(r"\bat 0x[0-9a-fA-F]+")

CASES = {
    "figure": "import matplotlib.pyplot as plt\nfig = plt.figure(figsize=(5,5))\nprint(repr(fig), fig)\nfig",
    "figure_default": "import matplotlib.pyplot as plt\nplt.figure()",
    "figure_after_drawing": "import matplotlib.pyplot as plt\nfig = plt.figure(figsize=(3.5, 2))\n"
        "plt.xlim(0, 1)\nfig",
    "subplots_figure": "import matplotlib.pyplot as plt\nfig, axs = plt.subplots(1, 2)\nprint(fig)\nfig",
    "scatter": "import numpy as np\nimport matplotlib.pyplot as plt\nX = np.array([[0.5, 1.0], [1.5, -1.0]])\n"
        "y = np.array([1, -1])\nplt.figure(figsize=(5,5))\nplt.scatter(X[:,0], X[:,1], c=y, s=20, cmap='jet')",
    "scatter_repr": "import matplotlib.pyplot as plt\nprint(repr(plt.scatter([1], [2])))\nNone",
    "plot": "import numpy as np\nimport matplotlib.pyplot as plt\nxs = np.arange(-5, 5, 0.25)\nplt.plot(xs, np.tanh(xs))",
    "plot_two_lines": "import matplotlib.pyplot as plt\nplt.plot([1, 2], [3, 4], [5, 6], [7, 8])",
    "contourf": "import numpy as np\nimport matplotlib.pyplot as plt\n"
        "xx, yy = np.meshgrid(np.arange(3.0), np.arange(4.0))\n"
        "plt.contourf(xx, yy, xx > 1, cmap=plt.cm.Spectral, alpha=0.8)",
    "contour": "import numpy as np\nimport matplotlib.pyplot as plt\nplt.contour(np.array([[0.0, 1.0], [2.0, 3.0]]))",
    "limits": "import numpy as np\nimport matplotlib.pyplot as plt\nxx = np.arange(-1.548639298268643, 2.0, 0.25)\n"
        "plt.scatter([0], [0])\nprint(plt.xlim(xx.min(), xx.max()))\nplt.ylim(xx.min(), 1.951360701731357)",
    "hist": "import numpy as np\nimport matplotlib.pyplot as plt\nplt.hist(np.arange(5.0))",
    "bar": "import numpy as np\nimport matplotlib.pyplot as plt\nplt.bar(np.array([1, 2]), np.array([3.0, 4.0]))",
    "reference_lines": "import matplotlib.pyplot as plt\nprint(repr(plt.axvline(0)))\nplt.axhline(0)",
    "words": "import matplotlib.pyplot as plt\nprint(plt.title('loss'), plt.xlabel('step'), plt.ylabel('value'))\n"
        "plt.text(1, 2.5, 'peak')",
    "legend": "import matplotlib.pyplot as plt\nplt.plot([1, 2], label='a')\nplt.legend()",
    "colorbar": "import matplotlib.pyplot as plt\nplt.scatter([1, 2], [1, 2], c=[0, 1])\nplt.colorbar()",
    "axes": "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nprint(repr(ax), ax)\n"
        "ax.set_title('loss'); ax.set_xlabel('step'); ax.set_ylabel(\"it's\")\nplt.gca()",
    "axes_in_a_grid": "import matplotlib.pyplot as plt\nfig, axs = plt.subplots(2, 3)\n"
        "print([str(a) for row in axs for a in row])\nplt.subplot(2, 3, 5)",
}

# Arrays of the wrong shape: each cell stops with matplotlib's error, recorded as `Kind: message`.
SHAPE_ERRORS = {
    "scatter_sizes": "plt.scatter(np.arange(3), np.arange(2))",
    "plot_sizes": "plt.plot(np.arange(3), np.arange(2))",
    "contourf_grid_shapes": "plt.contourf(np.zeros((3, 4)), np.zeros((3, 4)), np.zeros((2, 2)))",
    "contourf_vector_length": "plt.contourf(np.arange(3.0), np.arange(2.0), np.zeros((3, 2)))",
    "contourf_z_1d": "plt.contourf(np.zeros(3))",
    "contourf_z_3d": "plt.contourf(np.zeros((2, 2, 2)))",
    "contourf_xy_3d": "plt.contourf(np.zeros((2, 2, 2)), np.zeros((2, 2, 2)), np.zeros((2, 2)))",
    "scatter_colours": "plt.scatter(np.arange(3), np.arange(3), c=np.arange(2))",
    "scatter_point_sizes": "plt.scatter(np.arange(3), np.arange(3), s=np.arange(2))",
    "hist_3d": "plt.hist(np.zeros((2, 2, 2)))",
    "bar_heights": "plt.bar(np.arange(3), np.arange(2))",
}
for name, line in SHAPE_ERRORS.items():
    CASES[name] = "import numpy as np\nimport matplotlib.pyplot as plt\n" + line


def run(source):
    *body, last = source.split("\n")
    namespace = {}
    out = io.StringIO()
    error = None
    with contextlib.redirect_stdout(out):
        exec(compile("\n".join(body), "<cell>", "exec"), namespace)
        try:
            value = eval(compile(last, "<cell>", "eval"), namespace)
        except Exception as e:  # noqa: BLE001 - the fixture records what matplotlib raises
            value, error = None, f"{type(e).__name__}: {e}"
    text = out.getvalue()
    if value is not None:
        text += pretty(value) + "\n"
    if error is not None:
        text += error + "\n"
    plt.close("all")
    return ADDRESS.sub("at 0x…", text.rstrip("\n"))


payload = {"versions": VERSIONS, "cases": [{"name": n, "source": s, "output": run(s)} for n, s in CASES.items()]}
target = os.path.join(HERE, "cells.json")
with open(target + ".tmp", "w", encoding="utf-8") as f:
    json.dump(payload, f, indent=1, ensure_ascii=False)
    f.write("\n")
os.replace(target + ".tmp", target)
