import random
from micrograd.nn import Neuron, Layer, MLP

random.seed(1)
neuron = Neuron(2)
print(neuron.w, neuron.b)
neuron([2.0, 3.0])
