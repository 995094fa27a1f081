"""Makes the reference fixtures for Gradbook's `graphviz` module (Tests/MicrogradScriptTests/Graphviz).

Each case is a cell of Python that both CPython (with the real `graphviz` package) and Gradbook run unchanged;
the fixture stores what CPython printed, then `Kind: message` if the cell raised, in the form Gradbook's
`[Output].plainText` gives (printed text without its final newline, then the error line).

Run with graphviz 0.20.3 on CPython 3.11 (the versions are written into the file), in a venv outside the
repository:

    python3 -m venv /work/venv-graphviz-fixtures
    /work/venv-graphviz-fixtures/bin/pip install graphviz==0.20.3 ipython==8.18.1
    /work/venv-graphviz-fixtures/bin/python make_graphviz_fixtures.py

The package never runs Graphviz's programs here: the cases only assemble DOT source.
"""
import contextlib
import io
import json
import platform
import warnings

import graphviz
import IPython

assert graphviz.__version__ == "0.20.3", graphviz.__version__
assert IPython.__version__ == "8.18.1", IPython.__version__

VERSIONS = {"graphviz": graphviz.__version__, "ipython": IPython.__version__, "python": platform.python_version()}

CASES = {
    # The lecture's draw_dot, on a small lesson class with fixed names instead of id().
    "lecture_draw_dot": r'''
from graphviz import Digraph
class V:
    def __init__(self, data, children=(), op='', label=''):
        self.data = data
        self.grad = 0.0
        self._prev = list(children)
        self._op = op
        self.label = label
a = V(2.0, label='a'); b = V(-3.0, label='b'); c = V(10.0, label='c')
e = V(-6.0, (a, b), '*', 'e'); d = V(4.0, (e, c), '+', 'd')
f = V(-2.0, label='f'); L = V(-8.0, (d, f), '*', 'L')
names = {a: 'n1', b: 'n2', c: 'n3', e: 'n4', d: 'n5', f: 'n6', L: 'n7'}
def trace(root):
    nodes, edges = [], []
    def build(v):
        if v not in nodes:
            nodes.append(v)
            for child in v._prev:
                edges.append((child, v))
                build(child)
    build(root)
    return nodes, edges
def draw_dot(root):
    dot = Digraph(format='svg', graph_attr={'rankdir': 'LR'})
    nodes, edges = trace(root)
    for n in nodes:
        uid = names[n]
        dot.node(name=uid, label="{ %s | data %.4f | grad %.4f }" % (n.label, n.data, n.grad), shape='record')
        if n._op:
            dot.node(name=uid + n._op, label=n._op)
            dot.edge(uid + n._op, uid)
    for n1, n2 in edges:
        dot.edge(names[n1], names[n2] + n2._op)
    return dot
print(draw_dot(L).source)
''',
    "seed_fstring_labels": r'''
from graphviz import Digraph
dot = Digraph(format="svg", graph_attr={"rankdir": "LR"})
for uid, label, data, grad in [("140", "x1", 2.0, -1.5), ("141", "w1*x1", -6.0, 0.5)]:
    dot.node(name=uid, label=f"{label} | data={data:.4f} | grad={grad:.4f}", shape="record")
dot.node(name="141*", label="*")
dot.edge("141*", "141")
dot.edge("140", "141*")
dot.node(name="142**2", label="**2")
print(dot)
''',
    "quoting_names": r'''
import graphviz
g = graphviz.Graph()
for name in ['spam', 'spam spam', '-4.2', '.42', '4.', '-.5', '1.2.3', '', 'node', 'Node', 'EDGE', 'strict',
             'subgraph', 'digraph', 'a"b', 'a\\"b', 'a\\\\"b', 'a\\\\\\"b', 'x\\', 'x\\\\', 'abc\n', 'node\n',
             '<b>x</b>', '<x>\n', '<', '<>', '<a', 'M\u00f8\u00f8se', 'tab\tx', '_x1', '1abc', 'a-b', '\u2202', '-',
             '--', '.', '-.', '1e5', '12', '007', 'x.y', 'new\nline', '"', '""', '\\"']:
    g.node(name)
print(g.source)
''',
    "attribute_order": r'''
import graphviz
d = graphviz.Digraph()
d.node('a', 'A', _attributes={'z': '1', 'b': '2'}, shape='box', color='red', width=None)
d.node('b', _attributes=[('z', '1'), ('b', '2'), ('k', None)])
d.node('c', label=None, style='filled', B='upper', a='lower', _x='under')
d.node('c2', _attributes={'\u00c9': 'accent', 'Z': 'z', 'a': 'a', '\u00e9': 'e'})
d.node('d', '')
d.edge('a', 'b', 'an edge', weight='2', arrowhead='vee')
d.edge('b', 'c', label='x y', _attributes={'color': 'blue'})
print(d.source)
''',
    "edge_ports": r'''
import graphviz
d = graphviz.Digraph()
d.edge('a:p1:n', 'b:p 2')
d.edge('a::c', 'b:')
d.edge('x y:p q:sw', 'node:edge:weird compass')
d.edge('<<b>h</b>>', '"q":r')
d.edges([('a', 'b'), ['c', 'd'], 'ef', ('g:1', 'h h')])
print(d.source)
''',
    "graph_edges": r'''
import graphviz
g = graphviz.Graph('G', comment='A comment', strict=True)
g.edge('a', 'b')
g.edges([('b', 'c')])
print(g.source)
print(g.filename, g.directed, g.name, g.comment, g.strict)
''',
    "attr_statements": r'''
import graphviz
d = graphviz.Digraph()
d.attr('node', shape='box')
d.attr(rankdir='LR', size='8,5')
d.attr('Graph', label='the title')
d.attr('edge', _attributes={'color': 'red'})
d.attr()
d.attr('node')
d.attr(_attributes=[('b', '1'), ('a', '2')])
print(d.source)
''',
    "attr_bad_target": r'''
import graphviz
graphviz.Digraph().attr('foo', x='1')
''',
    "default_attribute_dicts": r'''
import graphviz
d = graphviz.Digraph(name='my graph', graph_attr={'rankdir': 'LR', 'bgcolor': 'white'},
                     node_attr={'shape': 'record', 'fontname': 'Helvetica'}, edge_attr=[('arrowsize', '.5')])
d.node_attr['color'] = 'red'
d.edge_attr['penwidth'] = None
d.node('a')
print(d.source)
d.graph_attr = {}
d.strict = 1
d.name = 'Node'
print(d.source)
''',
    "comments_and_names": r'''
import graphviz
d = graphviz.Digraph(comment='M\u00f8nti Pyth\u00f8n ik den H\u00f8lie Grailen')
d.node('M\u00f8\u00f8se')
d.node('trained_by', 'trained by')
d.edge('M\u00f8\u00f8se', 'trained_by')
d.comment = 0
print(d)
d.comment = 42
print(d)
''',
    "subgraphs": r'''
import graphviz
p = graphviz.Digraph('parent')
c1 = graphviz.Digraph('cluster_0', comment='first', graph_attr={'style': 'filled'}, node_attr={'color': 'white'})
c1.node('a0')
c1.edges([('a0', 'a1'), ('a1', 'a2')])
c1.attr(label='process #1')
c2 = graphviz.Digraph()
c2.node('b0')
inner = graphviz.Digraph('inner')
inner.edge('x', 'y')
c2.subgraph(inner)
p.subgraph(c1)
p.subgraph(c2)
p.edge('a2', 'b0')
print(p.source)
''',
    "subgraph_errors_strict": r'''
import graphviz
p = graphviz.Digraph()
p.subgraph(graphviz.Digraph(strict=True))
''',
    "subgraph_errors_sole": r'''
import graphviz
graphviz.Digraph().subgraph(graphviz.Digraph(), name='x')
''',
    "subgraph_errors_kind": r'''
import graphviz
graphviz.Digraph().subgraph(graphviz.Graph())
''',
    "format_and_engine": r'''
import graphviz
d = graphviz.Digraph(format='SVG', engine='NEATO')
print(d.format, d.engine)
d.format = 'PNG'
d.engine = 'circo'
print(d.format, d.engine)
print(graphviz.Digraph().format, graphviz.Digraph().engine)
print(sorted(graphviz.ENGINES))
''',
    "bad_format": r'''
import graphviz
graphviz.Digraph(format='XYZ')
''',
    "bad_engine": r'''
import graphviz
d = graphviz.Digraph()
d.engine = 'Bogus'
''',
    "iteration_copy_clear": r'''
import graphviz
d = graphviz.Digraph(node_attr={'shape': 'box'})
d.node('a')
d.edge('a', 'b')
print(list(d))
print(str(d) == d.source)
e = d.copy()
e.node('c')
d.clear(keep_attrs=True)
print(d.source)
print(e.source)
e.clear()
print(e.source)
''',
    "body_lines": r'''
import graphviz
d = graphviz.Digraph()
d.body.append('\ta -> b [color=red]\n')
d.body += ['\tc\n']
print(d.source)
print(d.body)
''',
    "body_not_str": r'''
import graphviz
d = graphviz.Digraph(comment='c')
d.node('a')
d.body.append(3)
d.source
''',
    "value_not_str": r'''
import graphviz
graphviz.Digraph().node('a', width=2)
''',
    "label_not_str": r'''
import graphviz
graphviz.Digraph().node('a', 1.5)
''',
    "name_not_str": r'''
import graphviz
d = graphviz.Digraph(name=3)
d.source
''',
    "node_missing_name": r'''
import graphviz
graphviz.Digraph().node()
''',
    "node_too_many": r'''
import graphviz
graphviz.Digraph().node('a', 'b', None, 'x')
''',
    "node_twice_named": r'''
import graphviz
graphviz.Digraph().node('a', name='b')
''',
    "edge_missing": r'''
import graphviz
graphviz.Digraph().edge()
''',
    "edges_not_pairs": r'''
import graphviz
graphviz.Digraph().edges([1])
''',
    "edges_too_long": r'''
import graphviz
graphviz.Digraph().edges(['abc'])
''',
    "constructor_keyword": r'''
import graphviz
graphviz.Digraph(foo=1)
''',
    "attribute_dict_mixed_keys": r'''
import graphviz
graphviz.Digraph().node('a', _attributes={1: 'a', 'b': 'c'})
''',
    "attribute_dict_int_key": r'''
import graphviz
graphviz.Digraph().node('a', _attributes={1: 'a'})
''',
    "attr_dict_not_mapping": r'''
import graphviz
d = graphviz.Digraph()
d.graph_attr = [1]
d.source
''',
    "labels_with_escapes": r'''
import graphviz
d = graphviz.Digraph()
d.node('a', 'left\\l right\\r')
d.node('b', 'line one\nline two')
d.node('c', '{ x | y } <port>')
d.node('d', '<<TABLE><TR><TD>cell</TD></TR></TABLE>>')
d.node('e', 'say "hi"')
print(d.source)
''',
    "repr_and_types": r'''
import graphviz
from graphviz import Digraph, Graph
d = Digraph()
print(type(d).__name__, type(Graph()).__name__, isinstance(d, Digraph), isinstance(d, Graph))
print(repr(d))
print(repr(d.subgraph(name='cluster_a')))
''',
    # IPython's display classes, as objects (what they show needs a kernel, so it is tested in Swift).
    "ipython_display_objects": r'''
from IPython.display import HTML, Markdown, Math, Latex, SVG
import IPython.core.display
h = HTML('<b>x</b>')
print(repr(h), h.data, type(h).__name__, IPython.core.display.HTML is HTML)
print(Math(r'$x^2$')._repr_latex_(), Math('a').data)
print(Markdown('*a*')._repr_markdown_(), Latex(r'$y$')._repr_latex_())
print(repr(SVG('<svg width="4" height="4"></svg>')), HTML().data)
''',
    "ipython_text_mentioning_http": r'''
from IPython.display import HTML
print(HTML('<i>http</i>').data)
''',
}


def run(code):
    """What Gradbook's plain text of the cell would be: printed text, then `Kind: message`."""
    out = io.StringIO()
    error = None
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            exec(compile(code, "<cell>", "exec"), {})
        except Exception as exc:  # noqa: BLE001 - every error is a fixture
            error = f"{type(exc).__name__}: {exc}"
    text = out.getvalue()
    if text.endswith("\n"):
        text = text[:-1]
    if error is not None:
        text = text + "\n" + error if text else error
    return text


def main():
    cases = [{"name": name, "code": code.strip("\n"), "expected": run(code)} for name, code in CASES.items()]
    with open("graphviz.json", "w", encoding="utf-8") as file:
        json.dump({"versions": VERSIONS, "cases": cases}, file, ensure_ascii=False, indent=1)
        file.write("\n")


if __name__ == "__main__":
    main()
