from micrograd.engine import Value
a = Value(1.0, label='"{a|b}<c>\\\n\0<script>')
b = a * a; b.label = '|'
draw_dot(b)
