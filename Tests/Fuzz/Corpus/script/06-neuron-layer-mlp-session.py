import random
from micrograd.nn import Neuron, Layer, MLP

random.seed(1)
neuron = Neuron(2)
print(neuron.w, neuron.b)
neuron([2.0, 3.0])
#%%
import math
math.tanh(neuron.w[0].data * 2.0 + neuron.w[1].data * 3.0 + neuron.b.data)
#%%
layer = Layer(2, 3)
layer([2.0, 3.0])
#%%
random.seed(42)
model = MLP(3, [4, 4, 1])
x = [2.0, 3.0, -1.0]
model(x)
#%%
print(model)
len(model.parameters())
#%%
def graph_values(root):
    topo = []
    visited = []
    def build_topo(v):
        if v not in visited:
            visited.append(v)
            for child in v._prev:
                build_topo(child)
            topo.append(v)
    build_topo(root)
    return topo

out = model(x)
len(graph_values(out))
#%%
xs = [
    [2.0, 3.0, -1.0],
    [3.0, -1.0, 0.5],
    [0.5, 1.0, 1.0],
    [1.0, 1.0, -1.0],
]
ys = [1.0, -1.0, -1.0, 1.0]
ypred = [model(x) for x in xs]
loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))
print(loss)
len(graph_values(loss))
#%%
draw_dot(out)
