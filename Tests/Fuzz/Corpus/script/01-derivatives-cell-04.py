x = -3.0
(f(x + h) - f(x)) / h
