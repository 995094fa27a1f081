secret = sum(range(101))
print("the numbers from 1 to 100 add up to", secret)
