import random
import matplotlib.pyplot as plt
from micrograd.engine import Value
from micrograd.nn import MLP

X, y = make_moons(100, noise=0.1, seed=1337)
y = [2*label - 1 for label in y]
print(len(X), "points; first:", X[0], "label", y[0])
plt.scatter([p[0] for p in X], [p[1] for p in X], c=y)
plt.title("two moons")
