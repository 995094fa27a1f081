#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets into Tests/Fuzz/Corpus/TARGET/.

Seeds are small, meaningful inputs: the real cells, lessons and formulas of Notebooks/, plus hand-written
edge cases. Run it again after the lessons change; libFuzzer finds the rest. The fuzz targets never need
Python; only this generator does.
"""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parents[2]
corpus = root / "Tests/Fuzz/Corpus"
lessons = sorted((root / "Notebooks").glob("*.md"))


def write(target, name, data):
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def cells(text):
    return re.findall(r"^```micrograd[^\n]*\n(.*?)^```\s*$", text, flags=re.S | re.M)


# script: every cell of the course, each lesson's cells as one session, and runaway or broken code.
for lesson in lessons:
    found = cells(lesson.read_text())
    for number, cell in enumerate(found, 1):
        write("script", f"{lesson.stem}-cell-{number:02}.py", cell)
    write("script", f"{lesson.stem}-session.py", "#%%\n".join(found))
script_edges = {
    "syntax-unclosed-bracket.py": "x = [1, 2\n",
    "syntax-bad-indent.py": "if True:\nprint(1)\n",
    "syntax-unterminated-string.py": "s = 'abc\n",
    "syntax-fstring.py": "x = 1\nf'{x!r:>{10}} {x=} {{}} {'a' 'b'}'\n",
    "syntax-stray-operator.py": "1 +* 2\n",
    "deep-brackets.py": "(" * 300 + ")" * 300 + "\n",
    "while-true.py": "while True:\n    pass\n",
    "print-forever.py": "while True:\n    print('spam')\n",
    "recursion.py": "def f(n):\n    return f(n + 1)\nf(0)\n",
    "huge-list.py": "[0] * 10**9\n",
    "huge-string.py": "'ab' * 10**8\n",
    "overflow.py": "2**63\n10**400\n1e308 * 10\n",
    "zero-division.py": "1 / 0\n",
    "value-errors.py": "from micrograd.engine import Value\na = Value(2.0)\na + 'a'\n",
    "value-zero.py": "from micrograd.engine import Value\nValue(0.0) ** -1\nValue(1.0) / 0\n",
    "math-domain.py": "import math\nmath.log(-1)\nmath.sqrt(-1)\nmath.exp(1000)\n",
    "nan-training.py": (
        "from micrograd.nn import MLP\nm = MLP(2, [4, 1])\n"
        "for k in range(3):\n    loss = (m([1.0, float('nan')]) - 1) ** 2\n    loss.backward()\n"
        "    for p in m.parameters():\n        p.data -= 0.1 * p.grad\nprint(loss)\n"
    ),
    "labels.py": (
        "from micrograd.engine import Value\n"
        "a = Value(1.0, label='\"{a|b}<c>\\\\\\n\\0<script>')\nb = a * a; b.label = '|'\ndraw_dot(b)\n"
    ),
    "nul-and-escapes.py": "print('a\\0b\\x00\\r\\n\\t\\u00e9\\U0001F600')\n",
    "self-containing.py": "a = []\na.append(a)\nprint(a)\nd = {}\nd[1] = d\nd\n",
    "plot.py": (
        "import matplotlib.pyplot as plt\nplt.plot([1, 2, float('inf')], [float('nan'), 1e308, -1e308])\n"
        "plt.title('<script>&\"')\nplt.scatter([0, 0], [0, 0], c=[0, 1])\nplt.show()\n"
    ),
    "comprehensions.py": "[x * y for x in range(3) for y in range(x) if y]\n{k: v for k, v in zip('ab', (1, 2))}\nsum(i for i in range(10))\n",
    "lambda-closures.py": "fs = [lambda x, i=i: x + i for i in range(3)]\n[f(1) for f in fs]\n",
    "format.py": "'%5.2f|%-4d|%s' % (3.14159, 7, 'x')\n'{:>8.3e}'.format(12345.678)\nf'{1/3:.10g}'\n",
    "magic-lines.py": "%matplotlib inline\n!pip install micrograd\nprint(1)\n",
}
for name, text in script_edges.items():
    write("script", name, text)

# lesson: the course, the Notebook test fixtures, and hand-written edge cases.
for lesson in lessons:
    write("lesson", lesson.name, lesson.read_bytes())
for fixture in sorted((root / "Tests/NotebookTests/Lessons").glob("*.md")):
    write("lesson", "fixture-" + fixture.name, fixture.read_bytes())
lesson_edges = {
    "crlf.md": b"---\r\ntitle: CRLF\r\n---\r\n# A\r\n\r\n```micrograd hide\r\nprint(1)\r\n```\r\n```output\r\n1\r\n```\r\n",
    "lone-cr.md": b"# A\r```micrograd\rprint(1)\r```\r",
    "tilde-fences.md": b"~~~~micrograd budget=10 tolerance=1e-3\nx = '```'\n~~~~\n\n~~~output\n```\n~~~\n",
    "long-fence.md": b"`````micrograd\n````\n`````\n````output\n```\n````\n",
    "nested-cell.md": b"- item\n\n  ```micrograd\n  1\n  ```\n\n> ```output\n> 1\n> ```\n",
    "unterminated.md": b"```micrograd\nprint(1)\n",
    "orphan-output.md": b"Text\n\n```output\n1\n```\n",
    "bad-option.md": b"```micrograd hide budget=-1 tolerance=x skip=2 bogus\n1\n```\n",
    "front-matter-only.md": b"---\ntitle: [unclosed\n",
    "front-matter-dup.md": b"---\ntitle: A\ntitle: B\nseed: 1\nseed: x\n---\n",
    "front-matter-types.md": b"---\ntitle: 3\nseed: 1e99\ntolerance: -1\nbudget: true\ngraph_limit: []\n---\n",
    "yaml-anchors.md": b"---\na: &x [*x]\ntitle: *x\n---\n",
    "invalid-utf8.md": b"# A \xff\xfe\xc3\n\n```micrograd\nprint('\xe9')\n```\n",
    "nul.md": b"# A\n\n```micrograd\nprint(1)\x00\n```\n",
    "bom.md": b"\xef\xbb\xbf---\ntitle: BOM\n---\n# A\n",
    "math-prose.md": b"# $x_i^2$ and $$\\frac{a}{b}$$\n\nCosts $5 and $6, `$code$`, \\$escaped\\$, $\\begin{matrix}a&b\\\\c\\end{matrix}$\n",
    "html-prose.md": b"# <script>alert(1)</script>\n\n<div onclick=\"x\">raw</div>\n\n![img](../../etc/passwd) ![](missing.png)\n",
    "headings.md": b"# Same\n## Same\n# Same\n# \n#\n# `code` *em*\n",
    "empty-cell.md": b"```micrograd\n```\n```output\n```\n",
    "no-final-newline.md": b"```micrograd\n1\n```\n```output\n1\n```",
}
for name, data in lesson_edges.items():
    write("lesson", name, data)

# math: every formula of the course, and the converter's harder corners.
formulas = []
for lesson in lessons:
    text = lesson.read_text()
    formulas += re.findall(r"\$\$(.+?)\$\$", text, flags=re.S)
    formulas += re.findall(r"(?<!\$)\$([^$\n]+?)\$(?!\$)", text)
seen = set()
for formula in formulas:
    formula = formula.strip()
    if formula and formula not in seen:
        seen.add(formula)
        write("math", f"lesson-{len(seen):03}.tex", formula)
math_edges = {
    "unbalanced.tex": "\\frac{a}{b",
    "closing-brace.tex": "}a}",
    "deep.tex": "{" * 200 + "x" + "}" * 200,
    "scripts.tex": "x_i^2_j^{3^{4}}''^\\prime",
    "unknown.tex": "\\foo{x}\\bar\\\\\\",
    "environments.tex": "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}\\begin{cases}a&b\\end{bmatrix}",
    "left-right.tex": "\\left(\\frac12\\right.\\left\\{x\\middle|y\\right\\}",
    "text.tex": "\\text{a <b> & \"c\" {d}}\\mathrm{x}\\mathbf{\\alpha}",
    "sqrt.tex": "\\sqrt[3]{x}\\sqrt{\\sqrt{}}\\sqrt[",
    "accents.tex": "\\hat{x}\\vec\\bar{\\overline{ab}}\\tilde",
    "operators.tex": "\\sum_{i=1}^n \\int_0^\\infty \\lim_{h\\to0} \\not= \\not\\in <>&",
    "empty-groups.tex": "{}^{}_{}\\frac{}{}",
}
for name, text in math_edges.items():
    write("math", name, text)

# dot: labels and operation names separated by 0xFF (see Sources/fuzz-dot/main.swift).
SEP = b"\xff"
dot_seeds = {
    "plain": [b"a", b"", b"b", b"*", b"c", b"+", b"o", b"tanh"],
    "quotes": [b'say "hi"', b"", b'"', b'"*"'],
    "record-syntax": [b"{a|b}", b"", b"<port> x", b"|", b"}{", b"<>"],
    "backslashes": [b"\\", b"", b"a\\nb\\l\\G\\N", b"\\\\", b"end\\", b"\\"],
    "newlines": [b"a\nb", b"", b"\r\n", b"\n", b"\r", b"op\rop"],
    "nul": [b"a\x00b", b"", b"\x00", b"\x00"],
    "invalid-utf8": [b"\xc3", b"", b"\xed\xa0\x80", b"\xfe", b"\xe2\x82", b"*"],
    "html": [b"<script>alert(1)</script>", b"", b"&amp; &lt;", b"<b>"],
    "unicode": [b"\xce\xb1\xe2\x82\x81", b"", b"\xf0\x9f\x98\x80", b"\xe2\x80\xae", b"\xe2\x80\xa8", b"**2"],
    "spaces": [b"   ", b"", b"\t", b" ", b"a  b", b"  "],
    "long": [b"x" * 300, b"", b"y" * 100, b"+"],
    "controls": [bytes(range(1, 32)), b"", b"\x7f", b"\x1b[31m"],
}
for name, pieces in dot_seeds.items():
    write("dot", name, SEP.join(pieces))
