#!/usr/bin/env python3
"""Reference fixtures for Gradbook's plots, computed by matplotlib 3.9.2 and numpy 1.26.4.

Run with those versions in a virtual environment outside the repository:

    python3 -m venv /work/venvs/mpl && /work/venvs/mpl/bin/pip install matplotlib==3.9.2 numpy==1.26.4
    /work/venvs/mpl/bin/python Tests/MicrogradScriptTests/Fixtures/Plots/make_plot_fixtures.py

It writes, beside itself:
  colormaps.json   for each colormap and its `_r`: `cmap(x, bytes=True)` (RGB, as hex) at x = i/255 for i in 0…255
                   (every entry of a 256-colour table) and at -0.5, 1.5 and nan; `to_hex(cmap(x))` at the same values
                   for the colormaps the lessons need; a few lookup-table entries as floats
  levels.json      contour levels: `contourf(Z).levels` and `contour(Z).levels` for many value ranges and counts
  histograms.json  `np.histogram` edges and counts for equal bins, ranges and explicit edges
  axes.json        scenes drawn with `plt.subplots`: each axes' view limits, visible ticks and their labels, the
                   offset text, colour-bar ticks, and the colours matplotlib gave scatters and contour bands

Floats are written by `json`, which uses `repr`, so every number round-trips exactly. Files are written to a
temporary file beside the target, then renamed.
"""

import json
import math
import os
import sys

import matplotlib

matplotlib.use("agg")
import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
VERSIONS = {"matplotlib": matplotlib.__version__, "numpy": np.__version__}
REQUIRED = ["jet", "Spectral", "viridis", "plasma", "inferno", "magma", "cividis", "coolwarm", "RdBu", "bwr",
            "seismic", "gray", "Greys", "Blues", "Reds", "Greens", "tab10", "Paired"]
OTHERS = ["hot", "cool", "spring", "summer", "autumn", "winter", "bone", "copper", "pink", "binary", "RdYlBu",
          "RdYlGn", "PuOr", "PiYG", "PRGn", "BrBG", "RdGy", "YlOrRd", "YlGnBu", "Purples", "Oranges", "turbo",
          "tab20", "Set1", "Set2", "Set3", "Dark2", "Pastel1", "Accent"]


def write(name, value):
    path = os.path.join(HERE, name)
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as f:
        json.dump({"versions": VERSIONS, **value}, f, indent=None, separators=(",", ":"))
        f.write("\n")
    os.replace(temporary, path)
    print(os.path.relpath(path))


def colormaps():
    xs = [i / 255 for i in range(256)] + [-0.5, 1.5]
    maps = {}
    for base in REQUIRED + OTHERS:
        for name in (base, base + "_r"):
            cmap = matplotlib.colormaps[name]
            values = np.array(xs + [math.nan])
            rgb_bytes = cmap(values, bytes=True)[:, :3]
            entry = {
                "bytes": "".join("%02x%02x%02x" % tuple(int(c) for c in row) for row in rgb_bytes),
                "nanAlpha": float(cmap(math.nan)[3]),
                "N": cmap.N,
            }
            if name in REQUIRED:
                entry["hex"] = "".join(mcolors.to_hex(c)[1:] for c in cmap(values[:-1]))
            cmap._init()
            entries = [0, 1, 37, 128, 200, cmap.N - 1] if cmap.N > 200 else list(range(cmap.N))
            entry["lut"] = {str(i): [float(v) for v in cmap._lut[i, :3]] for i in entries}
            maps[name] = entry
    write("colormaps.json", {"xs": xs, "maps": maps, "required": REQUIRED})


def levels():
    rng = np.random.RandomState(7)
    ranges = [(0, 1), (-1, 1), (0, 10), (-4, 4), (3.7, 9.2), (-0.003, 0.0071), (1000, 1000.5), (1e-7, 3e-7),
              (-2.5e6, 7e6), (0.1, 0.1000001), (5, 5), (-3.2, 4.1), (0.2, 0.8), (12.5, 87.25), (-1e-9, 1e-9)]
    ranges += [tuple(sorted(rng.uniform(-100, 100, 2))) for _ in range(20)]
    ranges += [tuple(sorted(rng.standard_normal(2) * 10 ** rng.randint(-5, 6))) for _ in range(20)]
    cases = []
    for low, high in ranges:
        z = np.array([[low, high], [high, low]], dtype=float)
        for count in (None, 3, 5, 10, 20):
            args = () if count is None else (count,)
            filled = plt.contourf(z, *args).levels
            lines = plt.contour(z, *args).levels
            plt.close("all")
            cases.append({"zmin": low, "zmax": high, "count": count, "filled": [float(v) for v in filled],
                          "lines": [float(v) for v in lines]})
    booleans = {"filled": [float(v) for v in plt.contourf(np.array([[True, False], [False, True]])).levels],
                "lines": [float(v) for v in plt.contour(np.array([[True, False], [False, True]])).levels]}
    plt.close("all")
    write("levels.json", {"cases": cases, "boolean": booleans})


def histograms():
    rng = np.random.RandomState(11)
    cases = []
    samples = [rng.standard_normal(200), rng.uniform(-3, 8, 57), np.array([1, 2, 2, 3, 4.5]), np.array([2.0] * 6),
               np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]), rng.exponential(2.5, 333)]
    for values in samples:
        for bins in (1, 3, 7, 10, 13, 50):
            edges_counts = np.histogram(values, bins=bins)
            cases.append({"values": [float(v) for v in values], "bins": bins, "range": None,
                          "edges": [float(v) for v in edges_counts[1]], "counts": [int(v) for v in edges_counts[0]]})
        low, high = float(np.min(values)) - 0.3, float(np.max(values)) * 0.8
        if low < high:
            counts, edges = np.histogram(values, bins=6, range=(low, high))
            cases.append({"values": [float(v) for v in values], "bins": 6, "range": [low, high],
                          "edges": [float(v) for v in edges], "counts": [int(v) for v in counts]})
        explicit = sorted(set([float(np.min(values)), float(np.median(values)), float(np.max(values)), 0.5]))
        if len(explicit) >= 2:
            counts, edges = np.histogram(values, bins=explicit)
            cases.append({"values": [float(v) for v in values], "edgesGiven": explicit,
                          "edges": [float(v) for v in edges], "counts": [int(v) for v in counts]})
    write("histograms.json", {"cases": cases})


def band_area(path):
    """The area of a filled band: the signed areas of its outlines and holes, summed."""
    total = 0.0
    for polygon in path.to_polygons(closed_only=True):
        x, y = polygon[:, 0], polygon[:, 1]
        total += 0.5 * float(np.sum(x[:-1] * y[1:] - x[1:] * y[:-1]))
    return abs(total)


def line_length(path):
    """The total length of a level's contour lines."""
    total = 0.0
    for polygon in path.to_polygons(closed_only=False):
        total += float(np.sum(np.hypot(np.diff(polygon[:, 0]), np.diff(polygon[:, 1]))))
    return total


def scenes():
    rng = np.random.RandomState(3)
    xs = np.arange(-5, 5, 0.25)
    grid_x = np.arange(-2.1, 3.1, 0.25)
    grid_y = np.arange(-1.6, 2.2, 0.25)
    xx, yy = np.meshgrid(grid_x, grid_y)
    smooth = np.sin(xx) * np.cos(yy) + 0.3 * xx
    boolean = (xx ** 2 + yy ** 2 < 2)
    moons = rng.standard_normal((60, 2))
    labels = (moons[:, 0] > 0).astype(int) * 2 - 1
    noise = rng.uniform(-1, 1, (9, 11))
    checkerboard = np.array([[0, 1, 0, 1], [1, 0, 1, 0], [0, 1, 0, 1], [1, 0, 1, 0]], dtype=float)
    scenes = [
        {"name": "line", "axes": [[["plot", list(xs), list(3 * xs ** 2 - 4 * xs + 5)]]]},
        {"name": "tanh", "axes": [[["plot", list(xs), list(np.tanh(xs))], ["grid"]]]},
        {"name": "loss", "axes": [[["plot", list(range(20)), list(np.exp(-np.arange(20) / 4) * 5.2)]]]},
        {"name": "scatter", "figsize": [5, 5],
         "axes": [[["scatter", list(moons[:, 0]), list(moons[:, 1]), {"c": list(labels), "s": 20, "cmap": "jet"}]]]},
        {"name": "contourf", "axes": [[["contourf", list(grid_x), list(grid_y), smooth.tolist(), {"cmap": "Spectral"}],
                                       ["colorbar"]]]},
        {"name": "boundary", "axes": [[["contourf", list(grid_x), list(grid_y), boolean.tolist(),
                                        {"cmap": "Spectral", "alpha": 0.8}],
                                       ["scatter", list(moons[:, 0]), list(moons[:, 1]),
                                        {"c": list(labels), "s": 40, "cmap": "Spectral"}],
                                       ["xlim", float(grid_x.min()), float(grid_x.max())],
                                       ["ylim", float(grid_y.min()), float(grid_y.max())]]]},
        {"name": "contour levels", "axes": [[["contour", list(grid_x), list(grid_y), smooth.tolist(), {"levels": 12}]]]},
        {"name": "hist", "axes": [[["hist", list(rng.standard_normal(300)), 10]]]},
        {"name": "bar", "axes": [[["bar", [0, 1, 2, 3], [3.5, 1.25, 4, 2]], ["axhline", 2.5]]]},
        {"name": "axhline only", "axes": [[["axhline", 0.5]], [["axhline", 3.0]]], "cols": 2},
        {"name": "big numbers", "axes": [[["plot", [1000000.0, 1000000.5, 1000001.0], [2e-6, 3e-6, 2.5e-6]]]]},
        {"name": "offset", "axes": [[["plot", [1000.1, 1000.2, 1000.35], [5, 6, 7]]]]},
        {"name": "grid 2x2", "rows": 2, "cols": 2, "figsize": [9, 7],
         "axes": [[["plot", [0, 1, 2], [0, 1, 4]]], [["scatter", [1, 2, 3], [3, 1, 2]]],
                  [["hist", list(rng.uniform(0, 1, 50)), 5]], [["plot", list(xs), list(np.sin(xs))]]]},
        {"name": "scatter colorbar", "axes": [[["scatter", list(moons[:, 0]), list(moons[:, 1]),
                                                {"c": list(moons[:, 0] * 3.7)}], ["colorbar"]]]},
        {"name": "single point", "axes": [[["plot", [2.0], [3.0]]]]},
        {"name": "wide", "figsize": [12, 3], "axes": [[["plot", list(xs), list(xs ** 3)]]]},
        {"name": "saddles filled", "axes": [[["contourf", list(range(11)), list(range(9)), noise.tolist(),
                                              {"levels": 6}]]]},
        {"name": "saddles lines", "axes": [[["contour", list(range(11)), list(range(9)), noise.tolist(),
                                             {"levels": 6}]]]},
        {"name": "checkerboard", "axes": [[["contourf", [0, 1, 2, 3], [0, 1, 2, 3], checkerboard.tolist()]],
                                          [["contour", [0, 1, 2, 3], [0, 1, 2, 3], checkerboard.tolist()]]],
         "cols": 2},
    ]
    for scene in scenes:
        rows, cols = scene.get("rows", 1), scene.get("cols", 1)
        fig, axs = plt.subplots(rows, cols, figsize=scene.get("figsize", (6.4, 4.8)), squeeze=False)
        results = []
        for ax, calls in zip(axs.flat, scene["axes"]):
            result = {}
            for call in calls:
                kind, *args = call
                options = args.pop() if args and isinstance(args[-1], dict) else {}
                if kind == "plot":
                    ax.plot(*args, **options)
                elif kind == "scatter":
                    result.setdefault("scatters", []).append(ax.scatter(*args, **options))
                elif kind in ("contourf", "contour"):
                    cs = getattr(ax, kind)(args[0], args[1], np.array(args[2]), **options)
                    result["levels"] = [float(v) for v in cs.levels]
                    colours = cs.get_facecolor() if kind == "contourf" else cs.get_edgecolor()
                    result["contourColours"] = [mcolors.to_hex(c, keep_alpha=True) for c in colours]
                    if kind == "contourf":
                        result["bandAreas"] = [band_area(path) for path in cs.get_paths()]
                    else:
                        result["levelLengths"] = [line_length(path) for path in cs.get_paths()]
                elif kind == "hist":
                    ax.hist(args[0], bins=args[1])
                elif kind == "bar":
                    ax.bar(*args)
                elif kind == "axhline":
                    ax.axhline(*args)
                elif kind == "grid":
                    ax.grid()
                elif kind == "xlim":
                    ax.set_xlim(*args)
                elif kind == "ylim":
                    ax.set_ylim(*args)
                elif kind == "colorbar":
                    mappable = ax.collections[-1]
                    colorbar = fig.colorbar(mappable, ax=ax)
                    result["colorbar"] = colorbar
            results.append(result)
        fig.canvas.draw()
        for ax, result in zip(axs.flat, results):
            scatters = result.pop("scatters", [])
            if scatters:
                # Mapped colours are computed when the figure is drawn.
                result["scatterColours"] = [[mcolors.to_hex(c, keep_alpha=True) for c in sc.get_facecolors()]
                                            for sc in scatters]
            result["xlim"] = [float(v) for v in ax.get_xlim()]
            result["ylim"] = [float(v) for v in ax.get_ylim()]
            for axis_name, axis in (("x", ax.xaxis), ("y", ax.yaxis)):
                low, high = sorted(axis.get_view_interval())
                ticks = [(float(t.get_loc()), t.label1.get_text()) for t in axis.get_major_ticks()
                         if low - (high - low) * 1e-10 <= t.get_loc() <= high + (high - low) * 1e-10]
                result[axis_name + "ticks"] = [t[0] for t in ticks]
                result[axis_name + "labels"] = [t[1] for t in ticks]
                result[axis_name + "offset"] = axis.get_offset_text().get_text()
            colorbar = result.pop("colorbar", None)
            if colorbar is not None:
                axis = colorbar.ax.yaxis
                low, high = sorted(axis.get_view_interval())
                ticks = [(float(t.get_loc()), t.label1.get_text()) for t in axis.get_major_ticks()
                         if low - (high - low) * 1e-10 <= t.get_loc() <= high + (high - low) * 1e-10]
                result["colorbarTicks"] = [t[0] for t in ticks]
                result["colorbarLabels"] = [t[1] for t in ticks]
        plt.close(fig)
        scene["results"] = results
    write("axes.json", {"scenes": json.loads(json.dumps(scenes, default=float))})


if __name__ == "__main__":
    if VERSIONS != {"matplotlib": "3.9.2", "numpy": "1.26.4"}:
        sys.exit(f"expected matplotlib 3.9.2 and numpy 1.26.4, found {VERSIONS}")
    colormaps()
    levels()
    histograms()
    scenes()
