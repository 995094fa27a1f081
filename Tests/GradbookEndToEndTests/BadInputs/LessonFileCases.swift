/// Lesson files that cannot be read as lessons: bytes, fences, output blocks, front matter and cell options.
/// `check` and `render` both exit 2 and print the same report; the companion still passes and renders.
extension BadInput {
    static let lessonFiles: [BadInput] = [
        .lesson(
            "invalid UTF-8", [0x23, 0x20, 0x42, 0x61, 0x64, 0x20, 0xFF, 0xFE, 0x0A],
            sees: "bad.md:1:7: error: EncodingError: the lesson is not valid UTF-8 (bad byte at byte offset 6)"),
        .lesson(
            "a NUL byte", Array("# NUL\n\nText".utf8) + [0] + Array("here\n".utf8),
            sees: "bad.md:3:5: error: EncodingError: the lesson contains a NUL byte at byte offset 11"),
        .lesson(
            "a UTF-16 lesson", [0xFF, 0xFE, 0x23, 0x00, 0x0A, 0x00],
            sees: "bad.md:1:1: error: EncodingError: the lesson is not valid UTF-8 (bad byte at byte offset 0)"),
        .lesson(
            "an unterminated fence", "# A\n\n```micrograd\nprint(1)\n",
            sees: "bad.md:3:1: error: FenceError: this code fence is never closed (add a line with ```)"),
        .lesson(
            "an output block with no cell", "Text\n\n```output\n1\n```\n",
            sees: "bad.md:3:1: error: LessonError: an output block must come directly after a micrograd cell (only blank lines between)"),
        .lesson(
            "a cell inside a list", "- item\n\n  ```micrograd\n  print(1)\n  ```\n",
            sees: "bad.md:3:3: error: LessonError: a micrograd block must be at the top level of the lesson, not inside a list or quote"),
        .lesson(
            "bad YAML", "---\ntitle: [unclosed\n---\n# A\n",
            sees: "bad.md:3:1: error: FrontMatterError: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts on line 2)"),
        .lesson(
            "a duplicate front-matter key", "---\ntitle: A\ntitle: B\n---\n",
            sees: "bad.md:2:1: error: FrontMatterError: duplicate front matter key 'title'"),
        .lesson(
            "an unknown front-matter key", "---\nseeed: 3\n---\n",
            sees: "bad.md:2:1: error: FrontMatterError: unknown front matter key 'seeed' (known keys: title, summary, seed, tolerance, budget, graph_limit, sanitize, trust_html)"),
        .lesson(
            "a front-matter value of the wrong type", "---\nseed: abc\n---\n",
            sees: "bad.md:2:7: error: FrontMatterError: 'seed' must be an integer"),
        .lesson(
            "front matter never closed", "---\ntitle: A\n",
            sees: "bad.md:1:1: error: FrontMatterError: front matter opened here is never closed with a '---' line"),
        .lesson(
            "an unknown cell option", "```micrograd hidden\nprint(1)\n```\n",
            sees: "bad.md:1:14: error: CellOptionError: unknown cell option 'hidden' (known: hide, skip, expect-error, ignore-output, budget=N, tolerance=X)"),
        .lesson(
            "a negative budget", "```micrograd budget=-5\nprint(1)\n```\n",
            sees: "bad.md:1:14: error: CellOptionError: budget must be a positive integer, not '-5'"),
        .lesson(
            "a tolerance that is not a number", "```micrograd tolerance=lots\nprint(1)\n```\n",
            sees: "bad.md:1:14: error: CellOptionError: tolerance must be a number of 0 or more, not 'lots'"),
    ]
}
