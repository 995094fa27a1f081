import math
math.tanh(neuron.w[0].data * 2.0 + neuron.w[1].data * 3.0 + neuron.b.data)
