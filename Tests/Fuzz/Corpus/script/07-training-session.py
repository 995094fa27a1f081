import random
import matplotlib.pyplot as plt
from micrograd.nn import MLP

xs = [
    [2.0, 3.0, -1.0],
    [3.0, -1.0, 0.5],
    [0.5, 1.0, 1.0],
    [1.0, 1.0, -1.0],
]
ys = [1.0, -1.0, -1.0, 1.0]

random.seed(42)
n = MLP(3, [4, 4, 1])
ypred = [n(x) for x in xs]
ypred
#%%
loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))
loss
#%%
loss.backward()
w = n.layers[0].neurons[0].w[0]
print("data", w.data)
print("grad", w.grad)
#%%
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
#%%
plt.plot(range(len(losses)), losses)
plt.title("squared-error loss while training")
plt.xlabel("step")
plt.ylabel("loss")
plt.grid()
#%%
[n(x).data for x in xs]
#%%
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
#%%
plt.plot(range(20), losses)
plt.plot(range(20), unzeroed)
plt.title("loss with zeroed gradients (first) and without (second)")
plt.xlabel("step")
plt.ylabel("loss")
plt.grid()
#%%
def largest(model):
    return max(abs(p.data) for p in model.parameters())

print("largest parameter, zeroed:  ", largest(n))
print("largest parameter, unzeroed:", largest(m))
#%%
for k in range(20, 60):
    ypred = [m(x) for x in xs]
    loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))
    loss.backward()
    for p in m.parameters():
        p.data += -0.1 * p.grad
    if k % 10 == 9:
        print(k, loss.data, largest(m))
