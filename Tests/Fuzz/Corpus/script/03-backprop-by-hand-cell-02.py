L.grad = 1.0
d.grad = f.data * L.grad
f.grad = d.data * L.grad
c.grad = 1.0 * d.grad
e.grad = 1.0 * d.grad
a.grad = b.data * e.grad
b.grad = a.data * e.grad
draw_dot(L)
