import MicrogradScript
import Testing

/// `matplotlib.pyplot` as cells call it, checked through the plain-text rendition of the figures it makes.
@Suite("pyplot calls")
struct PyPlotTests {
    private let header = "import matplotlib.pyplot as plt\n"

    @Test("format strings, colours and styles; the line cycle skips lines that name a colour")
    func lines() {
        #expect(run(header + """
            plt.plot([0, 1], [1, 0], 'r--', label='a')
            plt.plot([0, 1], [2, 2], 'o')
            plt.plot([0, 1], [3, 3], color='C3', linewidth=2.5, marker='s', markersize=4)
            plt.plot([5, 6, 7])
            """) == """
            [<matplotlib.lines.Line2D at 0x7f0000000010>]
            plot: 4 series
              line "a": 2 points, x 0.0 … 1.0, y 0.0 … 1.0, first (0.0, 1.0), last (1.0, 0.0), color #ff0000, style '--'
              line: 2 points, x 0.0 … 1.0, y 2.0 … 2.0, first (0.0, 2.0), last (1.0, 2.0), style 'None', marker 'o'
              line: 2 points, x 0.0 … 1.0, y 3.0 … 3.0, first (0.0, 3.0), last (1.0, 3.0), color #d62728, marker 's', linewidth 2.5, markersize 4.0
              line: 3 points, x 0.0 … 2.0, y 5.0 … 7.0, first (0.0, 5.0), last (2.0, 7.0)
            """)
        #expect(run(header + "plt.plot([1, 2], [1, 2], 'rx-k')")
                == "ValueError: 'rx-k' is not a valid format string (two color symbols)")
        #expect(run(header + "plt.plot([1, 2], [1, 2, 3])")
                == "ValueError: x and y must have same first dimension, but have shapes (2,) and (3,)")
        #expect(run(header + "plt.plot([1], [2], colour='r')")
                == "AttributeError: Line2D.set() got an unexpected keyword argument 'colour'")
        #expect(run(header + "plt.plot([1], [2], color='bluish')").hasPrefix(
            "ValueError: 'bluish' is not a valid value for color: supported inputs are (r, g, b)"))
    }

    @Test("scatter: c= through a colormap and a normalization, s=, marker=, alpha=, colour names")
    func scatter() {
        #expect(run(header + """
            plt.scatter([1, 2, 3], [3, 1, 2], c=[0.5, 1.5, 1.0], s=[10, 20, 30], cmap='jet', marker='^', alpha=0.5)
            plt.scatter([1, 2], [1, 2], c='red', s=5)
            plt.scatter([1, 2], [1, 2], c=['red', 'k'])
            plt.scatter([1, 2], [1, 2], c=[0, 1], cmap=plt.cm.Spectral, vmin=-1, vmax=2)
            """) == """
            <matplotlib.collections.PathCollection at 0x7f0000000010>
            plot: 4 series
              scatter: 3 points, x 1.0 … 3.0, y 1.0 … 3.0, c 0.5 … 1.5, first (1.0, 3.0), last (3.0, 2.0), cmap 'jet', s 10.0 … 30.0, marker '^', alpha 0.5
              scatter: 2 points, x 1.0 … 2.0, y 1.0 … 2.0, first (1.0, 1.0), last (2.0, 2.0), color #ff0000, s 5.0
              scatter: 2 points, x 1.0 … 2.0, y 1.0 … 2.0, first (1.0, 1.0), last (2.0, 2.0), colors {#000000: 1, #ff0000: 1}
              scatter: 2 points, x 1.0 … 2.0, y 1.0 … 2.0, classes {0: 1, 1: 1}, first (1.0, 1.0), last (2.0, 2.0), cmap 'Spectral', norm (-1.0, 2.0)
            """)
        #expect(run(header + "plt.scatter([1, 2], [1, 2], c=[1, 2, 3])")
                == "ValueError: 'c' argument has 3 elements, which is inconsistent with 'x' and 'y' with size 2.")
        #expect(run(header + "plt.scatter([1, 2], [1, 2], s=[1, 2, 3])")
                == "ValueError: s must be a scalar, or float array-like with the same size as x and y")
        #expect(run(header + "plt.scatter([1], [1], c=[1], cmap='Jet')").hasPrefix(
            "ValueError: 'Jet' is not a valid value for cmap; supported values are 'Accent', 'Accent_r', 'Blues'"))
    }

    @Test("contourf and contour: 1-D or 2-D grids, matplotlib's levels, boolean values, colors=")
    func contours() {
        #expect(run(header + """
            xs = [0, 1, 2]
            ys = [0, 1]
            Z = [[0.0, 1.0, 2.0], [1.0, 2.0, 4.0]]
            plt.contourf(xs, ys, Z, cmap='viridis_r', alpha=0.5)
            plt.contour([[0, 1, 2], [0, 1, 2]], [[0, 0, 0], [1, 1, 1]], Z, levels=[1, 3], colors='k')
            plt.contourf([[True, False], [False, False]])
            """) == """
            <matplotlib.contour.QuadContourSet at 0x7f0000000010>
            plot: 3 series
              contourf: grid (2, 3), x 0.0 … 2.0, y 0.0 … 1.0, z {0: 1, 1: 2, 2: 2, 4: 1}, levels [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0], cmap 'viridis_r', alpha 0.5
              contour: grid (2, 3), x 0.0 … 2.0, y 0.0 … 1.0, z {0: 1, 1: 2, 2: 2, 4: 1}, levels [1.0, 3.0], colors [#000000]
              contourf: grid (2, 2), x 0.0 … 1.0, y 0.0 … 1.0, z {False: 3, True: 1}, levels [0.0, 0.5, 1.0]
            """)
        #expect(run(header + "plt.contourf([1, 2, 3])") == "TypeError: Input z must be 2D, not 1D")
        #expect(run(header + "plt.contourf([[1, 2, 3]])")
                == "TypeError: Input z must be at least a (2, 2) shaped array, but has shape (1, 3)")
        #expect(run(header + "plt.contourf([0, 1], [0, 1, 2], [[1, 2], [3, 4]])")
                == "TypeError: Length of y (3) must match number of rows in z (2)")
        #expect(run(header + "plt.contour([[1, 2], [3, 4]], levels=[2, 1])")
                == "ValueError: Contour levels must be increasing")
        #expect(run(header + "plt.contourf([[1, 2], [3, 4]], cmap='jet', colors='k')")
                == "ValueError: Either colors or cmap must be None")
    }

    @Test("hist returns numpy's counts and edges; bar takes numbers or categories; reference lines and text")
    func barsAndLines() {
        #expect(run(header + "n, bins, patches = plt.hist([1, 2, 2, 3, 4.5], bins=3)\nprint(n, bins)\nplt.close()")
                == "[3. 1. 1.] [1.         2.16666667 3.33333333 4.5       ]")
        #expect(run(header + """
            plt.hist([1, 2, 2, 3], bins=[0, 2, 4], color='g', label='h')
            plt.bar(['a', 'b', 'a'], [1, 2, 3], width=0.5)
            plt.axhline(1.5, color='k', linestyle='--')
            plt.axvline(x=2, ymin=0.25, ymax=0.75)
            plt.text(1, 2, 'peak')
            """) == """
            Text(1, 2, 'peak')
            plot: 5 series
              x ticks: [0.0, 1.0], labels ['a', 'b']
              hist "h": 4 values, 2 bins 0.0 … 4.0, counts [1.0, 3.0], color #008000
              bar: 3 bars, x ['a', 'b', 'a'], height [1.0, 2.0, 3.0], width 0.5
              axhline: y 1.5, color #000000, style '--'
              axvline: x 2.0, from 0.25 to 0.75
              text: (1.0, 2.0) "peak"
            """)
        #expect(run(header + "plt.hist([1, 2], bins=0)") == "ValueError: `bins` must be positive, when an integer")
    }

    @Test("xlim and ylim return their pair: autoscaled as matplotlib, or as set")
    func limits() {
        /// The value the cell prints, its figure discarded.
        func value(_ source: String) -> String { run(header + source.replacingOccurrences(of: "\n=", with: "\nprint(") + ")\nplt.close()") }
        #expect(value("plt.plot([0, 1, 2], [1, 5, 3])\n=plt.xlim(), plt.ylim()") == "(-0.1, 2.1) (0.8, 5.2)")
        #expect(value("plt.scatter([0, 2], [1, 1])\n=plt.xlim(-1, 2)") == "(-1.0, 2.0)")
        #expect(value("plt.plot([0, 1], [0, 1])\nplt.xlim((0, 3))\nplt.ylim(bottom=-1)\n=plt.ylim()") == "(-1.0, 1.05)")
        #expect(value("plt.plot([0, 1], [0, 1])\n=plt.xlim(2, 2)") == "(1.9, 2.1)")
        #expect(value("plt.hist([1, 2, 3])\n=plt.ylim()") == "(0.0, 1.05)")
        #expect(value("plt.axhline(0.5)\nplt.axhline(3)\n=plt.ylim()") == "(0.375, 3.125)")
        #expect(value("plt.axhline(0.5)\n=plt.ylim()") == "(0.0, 1.0)")
        #expect(value("plt.plot([0, 1], [0, 1])\n=plt.axis([0, 2, 0, 4])") == "(0.0, 2.0, 0.0, 4.0)")
        #expect(value("fig, ax = plt.subplots()\nax.plot([1, 2])\n=ax.get_xlim()") == "(-0.05, 1.05)")
        #expect(run(header + "plt.xlim(0, float('inf'))") == "ValueError: Axis limits cannot be NaN or Inf")
    }

    @Test("figure(figsize=), subplots with ax.* calls, subplot, suptitle, colorbar, legend")
    func figures() {
        #expect(run(header + """
            fig, axs = plt.subplots(2, 2, figsize=(8, 6))
            axs[0][0].plot([0, 1], [1, 0], label='down')
            axs[0][0].legend(loc='upper right')
            axs[0][1].scatter([1, 2], [3, 4], c=[1, 2])
            axs[1][1].set_title('last')
            axs[1][1].set_xlabel('x')
            plt.colorbar(ax=axs[0][1])
            fig.suptitle('grid')
            plt.title('current')
            """) == """
            Text(0.5, 1.0, 'current')
            figure: 2×2 axes, figsize (8.0, 6.0)
              suptitle: grid
              axes (1, 1): 1 series
                line "down": 2 points, x 0.0 … 1.0, y 0.0 … 1.0, first (0.0, 1.0), last (1.0, 0.0)
                legend (upper right): "down"
              axes (1, 2): 1 series
                scatter: 2 points, x 1.0 … 2.0, y 3.0 … 4.0, classes {1: 1, 2: 1}, first (1.0, 3.0), last (2.0, 4.0)
                colorbar: scatter
              axes (2, 1): empty
              axes (2, 2): empty
                title: current
                x label: x
            """)
        #expect(run(header + "fig, axs = plt.subplots(1, 3)\nlen(axs)") == "3")
        #expect(run(header + "plt.subplot(1, 2, 2)\nplt.plot([1, 2])\nplt.subplot(121)\nplt.title('left')") == """
            Text(0.5, 1.0, 'left')
            figure: 1×2 axes
              axes (1, 1): empty
                title: left
              axes (1, 2): 1 series
                line: 2 points, x 0.0 … 1.0, y 1.0 … 2.0, first (0.0, 1.0), last (1.0, 2.0)
            """)
        #expect(run(header + "plt.colorbar()").hasPrefix("RuntimeError: No mappable was found to use for colorbar creation."))
        #expect(run(header + "plt.plot([1])\nplt.legend(loc='middle')").hasSuffix(
            "ValueError: 'middle' is not a valid value for loc; supported values are 'best', 'upper right', 'upper left', 'lower left', 'lower right', 'right', 'center left', 'center right', 'lower center', 'upper center', 'center'"))
    }

    @Test("an ax of a figure already shown draws nowhere; grid() toggles; close() discards")
    func lifetimes() {
        #expect(run(header + "fig, ax = plt.subplots()\nax.plot([1, 2])\nplt.show()\nax.plot([3, 4])\nprint('done')")
                .hasSuffix("\ndone"))
        #expect(run(header + "plt.plot([1, 2])\nplt.grid()\nplt.grid()").hasPrefix("plot: 1 series\n"))
        #expect(run(header + "plt.plot([1, 2])\nplt.close()") == "")
        #expect(run(header + "plt.savefig('out.png')").hasPrefix("PermissionError: savefig() cannot write files"))
    }

    @Test("colormap objects: plt.cm, get_cmap, matplotlib.colormaps; calling one samples it")
    func colormaps() {
        #expect(run(header + "plt.cm.jet(0.5)") == "(0.4901960784313725, 1.0, 0.4775458570524984, 1.0)")
        #expect(run(header + "plt.cm.jet(0.5, bytes=True)") == "(124, 255, 121, 255)")
        #expect(run(header + "plt.get_cmap('tab10')(1)") == "(1.0, 0.4980392156862745, 0.054901960784313725, 1.0)")
        #expect(run(header + "import matplotlib\nmatplotlib.colormaps['viridis'] is plt.cm.viridis") == "True")
        #expect(run(header + "plt.get_cmap('jet', 4)(0.99)") == "(0.5, 0.0, 0.0, 1.0)")
    }
}
