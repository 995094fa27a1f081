o.grad = 1.0
for node in reversed(topo):
    node._backward()
[(v.label, v.grad) for v in [x1, w1, x2, w2, b]]
