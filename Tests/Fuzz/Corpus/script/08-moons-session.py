import random
import matplotlib.pyplot as plt
from micrograd.engine import Value
from micrograd.nn import MLP

X, y = make_moons(100, noise=0.1, seed=1337)
y = [2*label - 1 for label in y]
print(len(X), "points; first:", X[0], "label", y[0])
plt.scatter([p[0] for p in X], [p[1] for p in X], c=y)
plt.title("two moons")
#%%
random.seed(1337)
model = MLP(2, [16, 16, 1], activation="relu")
print(model)
print("number of parameters", len(model.parameters()))
#%%
def loss():
    inputs = [list(map(Value, xrow)) for xrow in X]
    scores = list(map(model, inputs))

    # svm "max-margin" loss
    losses = [(1 + -yi*scorei).relu() for yi, scorei in zip(y, scores)]
    data_loss = sum(losses) * (1.0 / len(losses))
    # L2 regularization
    alpha = 1e-4
    reg_loss = alpha * sum((p*p for p in model.parameters()))
    total_loss = data_loss + reg_loss

    accuracy = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(y, scores)]
    return total_loss, sum(accuracy) / len(accuracy)

total_loss, acc = loss()
print(total_loss, acc)
#%%
for k in range(100):
    # forward
    total_loss, acc = loss()

    # backward
    model.zero_grad()
    total_loss.backward()

    # update (sgd)
    learning_rate = 1.0 - 0.9*k/100
    for p in model.parameters():
        p.data -= learning_rate * p.grad

    if k % 10 == 0 or k == 99:
        print(f"step {k} loss {total_loss.data}, accuracy {acc*100}%")
#%%
plot_decision_boundary(model, X, y)
