/// Problems only `render` meets: images, output folders, templates, Graphviz, and hostile text on the page.
extension BadInput {
    static let siteProblems: [BadInput] = [
        .render(
            "a missing image", ["bad.md": "# Pictures\n\n![a plot](plot.png)\n"],
            sees: "bad.md:3:1: warning: ImageWarning: the image 'plot.png' does not exist (looked for plot.png)",
            exit: 0),
        .render(
            "an image path that leaves the lessons folder", ["bad.md": "# Pictures\n\n![secret](../../etc/passwd)\n"],
            sees: "bad.md:3:1: warning: ImageWarning: the image path '../../etc/passwd' leaves the lessons folder; nothing was copied",
            exit: 0),
        .render(
            "an absolute image path", ["bad.md": "# Pictures\n\n![secret](/etc/passwd)\n"],
            sees: "bad.md:3:1: warning: ImageWarning: the image path '/etc/passwd' is absolute; use a path inside the lessons folder",
            exit: 0),
        .render(
            "an output folder that cannot be made", ["bad.md": "# A\n", "afile": "not a folder\n"],
            arguments: ["--output", "afile/out"],
            sees: "error: afile/out: cannot create the output folder: 'afile' is a file, not a folder",
            exit: 2, companionRenders: false),
        .render(
            "a page that cannot be written", ["bad.md": "# A\n", "out/bad.html/keep": "a folder in the way\n"],
            sees: "out/bad.html:1:1: error: WriteError: Is a directory", exit: 1),
        .render(
            "a broken template",
            ["bad.md": "# A\n", "theme/page.mustache": "{{#broken}}\n", "theme/index.mustache": "{{title}}\n", "theme/style.css": ""],
            arguments: ["--output", "out", "--template", "theme"],
            sees: "theme/page.mustache:2:1: error: invalid Mustache template (expectedSectionEnd)", exit: 2,
            companionRenders: false),
        .render(
            "a template folder that does not exist", ["bad.md": "# A\n"], arguments: ["--output", "out", "--template", "nowhere"],
            sees: "nowhere: error: no such template directory", exit: 2, companionRenders: false),
        .render(
            "a Graphviz failure",
            ["bad.md": "```micrograd\nfrom micrograd.engine import Value\ndraw_dot(Value(2.0) * 3)\n```\n"],
            environment: ["GVBINDIR": "/nonexistent"],
            sees: "bad.md:1:1: error: GraphvizError: Graphviz: Error: Layout type: \"dot\" not recognized. Use one of:",
            exit: 1),
    ]
}
