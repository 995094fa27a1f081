for k in range(20, 60):
    ypred = [m(x) for x in xs]
    loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))
    loss.backward()
    for p in m.parameters():
        p.data += -0.1 * p.grad
    if k % 10 == 9:
        print(k, loss.data, largest(m))
