import matplotlib.pyplot as plt
plt.plot([1, 2, float('inf')], [float('nan'), 1e308, -1e308])
plt.title('<script>&"')
plt.scatter([0, 0], [0, 0], c=[0, 1])
plt.show()
