import math
math.log(-1)
math.sqrt(-1)
math.exp(1000)
