%matplotlib inline
!pip install micrograd
print(1)
