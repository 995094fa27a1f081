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
