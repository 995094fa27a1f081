#!/usr/bin/env python3
"""Builds and checks lecture-cells.json: the code cells of the micrograd lecture notebooks (the project's seeds)
with the fully parenthesized rendition Gradbook's parser gives each.

    python3 lecture_cells.py extract SEEDS_DIR      # writes the cells, renditions empty
    (run LectureFixtureTests once with GRADBOOK_WRITE_RENDITIONS=1 to fill in the renditions)
    python3 lecture_cells.py check                  # CPython's ast must agree with every rendition

The check parses each cell and its rendition with CPython and compares `ast.unparse` of both, so a rendition is
only kept if it means exactly what CPython reads in the cell. Annotations are removed from both first: Gradbook
parses them and drops them, as they mean nothing at run time.
"""
import ast, glob, json, re, sys

FIXTURE = "lecture-cells.json"


def extract(seeds):
    cells = []
    for path in sorted(glob.glob(f"{seeds}/*.txt")):
        text = open(path).read()
        for chunk in re.split(r"^In \[[^\]]*\]:\n", text, flags=re.M)[1:]:
            lines = chunk.split("\n")
            # a cell runs until the prose after it; keep the longest prefix CPython parses, without IPython magics
            for n in range(len(lines), 0, -1):
                source = "\n".join(l for l in lines[:n] if not l.lstrip().startswith(("%", "!"))).strip("\n")
                try:
                    ast.parse(source)
                except SyntaxError:
                    continue
                if source.strip():
                    cells.append({"source": source, "rendition": ""})
                break
    json.dump(cells, open(FIXTURE, "w"), indent=1, ensure_ascii=False)
    print(f"{len(cells)} cells")


class WithoutAnnotations(ast.NodeTransformer):
    """Drops parameter and return annotations, which Gradbook reads and ignores."""

    def visit_arg(self, node):
        node.annotation = None
        return node

    def visit_FunctionDef(self, node):
        node.returns = None
        self.generic_visit(node)
        return node


def unannotated(source):
    return ast.unparse(WithoutAnnotations().visit(ast.parse(source)))


def check():
    cells = json.load(open(FIXTURE))
    failures = 0
    for cell in cells:
        rendition = cell["rendition"]
        if rendition.startswith(("1:", "2:")) or "Error: " in rendition.split("\n")[0]:
            continue
        if unannotated(cell["source"]) != unannotated(rendition):
            failures += 1
            print("differs:", cell["source"][:80])
    print(f"{len(cells)} cells, {failures} differ")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    extract(sys.argv[2]) if sys.argv[1] == "extract" else check()
