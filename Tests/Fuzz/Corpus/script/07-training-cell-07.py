random.seed(42)
m = MLP(3, [4, 4, 1])
unzeroed = []
for k in range(20):
    ypred = [m(x) for x in xs]
    loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))
    loss.backward()          # gradients pile up on top of the previous steps'
    for p in m.parameters():
        p.data += -0.1 * p.grad
    unzeroed.append(loss.data)
    print(k, loss.data)
