import Testing
@testable import MicrogradScript

/// Cells in the style of the micrograd lecture parse as a whole.
@Suite struct LectureCellTests {
    @Test func neuronForwardAndBackward() throws {
        let source = """
            import math
            # inputs x1,x2
            x1 = Value(2.0, label='x1')
            x2 = Value(0.0, label='x2')
            w1 = Value(-3.0, label='w1'); w2 = Value(1.0, label='w2')
            b = Value(6.8813735870195432, label='b')
            x1w1 = x1*w1; x1w1.label = 'x1*w1'
            n = x1w1 + x2*w2 + b; n.label = 'n'
            e = (2*n).exp()
            o = (e - 1) / (e + 1)
            o.label = 'o'
            o.backward()
            draw_dot(o)
            """
        #expect(try Parser.parse(source).body.count == 15)
    }

    @Test func trainingLoop() throws {
        let source = """
            xs = [
              [2.0, 3.0, -1.0],
              [3.0, -1.0, 0.5],
            ]
            ys = [1.0, -1.0] # desired targets
            n = MLP(3, [4, 4, 1])
            for k in range(20):
              # forward pass
              ypred = [n(x) for x in xs]
              loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))

              # backward pass
              for p in n.parameters():
                p.grad = 0.0
              loss.backward()

              # update
              for p in n.parameters():
                p.data += -0.1 * p.grad

              print(k, loss.data)
            print(f"{loss.data:.4f}", [f'{y.data:.3f}' for y in ypred])
            """
        let program = try Parser.parse(source)
        #expect(program.body.count == 5)
        #expect(program.body[3].description.contains("loss = sum((((yout - ygt) ** 2) for ygt, yout in zip(ys, ypred)))"))
    }

    @Test func derivativeByHand() throws {
        let source = """
            def f(x):
                return 3*x**2 - 4*x + 5
            h = 0.000001
            x = 2/3
            (f(x + h) - f(x))/h
            """
        #expect(try Parser.parse(source).description == """
            def f(x):
                return (((3 * (x ** 2)) - (4 * x)) + 5)
            h = 1e-06
            x = (2 / 3)
            ((f((x + h)) - f(x)) / h)
            """)
    }
}
