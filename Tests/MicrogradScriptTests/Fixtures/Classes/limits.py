# Recursion to CPython's default depth, the recursion limit, RecursionError, and a long chain freed at once.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
depth(950)
# %%
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
# %%
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2900))
sys.setrecursionlimit(1000)
# %%
class Link:
    def __init__(self, nxt):
        self.next = nxt
head = None
for i in range(200000):
    head = Link(head)
head = None
"freed"
# %%
class Deep:
    def __init__(self, n):
        self.n = n
    @property
    def total(self):
        return 0 if self.n == 0 else 1 + Deep(self.n - 1).total
Deep(900).total
