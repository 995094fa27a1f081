a.grad = 0.0
b.backward()
a.grad
