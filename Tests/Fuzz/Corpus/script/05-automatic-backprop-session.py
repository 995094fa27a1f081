from micrograd.engine import Value

x1 = Value(2.0, label='x1')
x2 = Value(0.0, label='x2')
w1 = Value(-3.0, label='w1')
w2 = Value(1.0, label='w2')
b = Value(6.8813735870195432, label='b')
x1w1 = x1*w1; x1w1.label = 'x1*w1'
x2w2 = x2*w2; x2w2.label = 'x2*w2'
x1w1x2w2 = x1w1 + x2w2; x1w1x2w2.label = 'x1*w1 + x2*w2'
n = x1w1x2w2 + b; n.label = 'n'
o = n.tanh(); o.label = 'o'
o
#%%
topo = []
visited = []
def build_topo(v):
    if v not in visited:
        visited.append(v)
        for child in v._prev:
            build_topo(child)
        topo.append(v)

build_topo(o)
[v.label for v in topo]
#%%
o.grad = 1.0
for node in reversed(topo):
    node._backward()
[(v.label, v.grad) for v in [x1, w1, x2, w2, b]]
#%%
a = Value(3.0, label='a')
b = a + a; b.label = 'b'
b.backward()
draw_dot(b)
#%%
a = Value(3.0, label='a')
b = a + a; b.label = 'b'
b.grad = 1.0
a.grad = 1.0 * b.grad   # the step's first line, for `self`
a.grad = 1.0 * b.grad   # its second line, for `other`: overwrites instead of adding
a.grad
#%%
a = Value(-2.0, label='a')
b = Value(3.0, label='b')
d = a*b; d.label = 'd'
e = a + b; e.label = 'e'
f = d*e; f.label = 'f'
f.backward()
draw_dot(f)
#%%
a = Value(3.0, label='a')
b = a + a; b.label = 'b'
b.backward()
print("after one backward():", a.grad)
b.backward()
print("after two backward():", a.grad)
#%%
a.grad = 0.0
b.backward()
a.grad
