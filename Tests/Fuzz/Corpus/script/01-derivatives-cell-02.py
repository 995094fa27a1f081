import numpy as np
import matplotlib.pyplot as plt

xs = np.arange(-5, 5, 0.25)
ys = [f(x) for x in xs]
plt.plot(xs, ys)
plt.grid()
plt.title("f(x) = 3x² − 4x + 5")
