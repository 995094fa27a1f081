from micrograd.nn import MLP
m = MLP(2, [4, 1])
for k in range(3):
    loss = (m([1.0, float('nan')]) - 1) ** 2
    loss.backward()
    for p in m.parameters():
        p.data -= 0.1 * p.grad
print(loss)
