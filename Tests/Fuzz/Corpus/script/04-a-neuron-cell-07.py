o.grad = 1.0
o._backward()
n._backward()
x1w1x2w2._backward()
x1w1._backward()
x2w2._backward()
for v in [x1, w1, x2, w2, b]:
    print(v.label, v.grad)
