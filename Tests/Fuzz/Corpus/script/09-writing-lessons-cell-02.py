import math
squares = [k**2 for k in range(6)]
total = sum(squares)
print(f"sum of {squares} is {total}")
print(f"sqrt(2) to five places is {math.sqrt(2):.5f}")
