random.seed(42)
n = MLP(3, [4, 4, 1])
losses = []
for k in range(20):
    # forward pass
    ypred = [n(x) for x in xs]
    loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))

    # backward pass, from zeroed gradients
    for p in n.parameters():
        p.grad = 0.0
    loss.backward()

    # update
    for p in n.parameters():
        p.data += -0.1 * p.grad

    losses.append(loss.data)
    print(k, loss.data)
