import Testing

@testable import MicrogradScript

/// The lecture's check of its neuron against PyTorch, and micrograd's own `test/test_engine.py`, run as cells.
@Suite struct TorchLectureTests {
    static let neuron = """
        import torch
        x1 = torch.Tensor([2.0]).double()                ; x1.requires_grad = True
        x2 = torch.Tensor([0.0]).double()                ; x2.requires_grad = True
        w1 = torch.Tensor([-3.0]).double()               ; w1.requires_grad = True
        w2 = torch.Tensor([1.0]).double()                ; w2.requires_grad = True
        b = torch.Tensor([6.8813735870195432]).double()  ; b.requires_grad = True
        n = x1*w1 + x2*w2 + b
        o = torch.tanh(n)

        print(o.data.item())
        o.backward()

        print('---')
        print('x2', x2.grad.item())
        print('w2', w2.grad.item())
        print('x1', x1.grad.item())
        print('w1', w1.grad.item())
        """

    @Test func theLecturesNeuronGivesTorchsNumbers() {
        #expect(
            run(Self.neuron) == """
                0.7071066904050358
                ---
                x2 0.5000001283844369
                w2 0.0
                x1 -1.5000003851533106
                w1 1.0000002567688737
                """)
    }

    @Test func theLecturesTensorsPrintAsTorchPrintsThem() {
        #expect(
            run(Self.neuron, "print(o)\nprint(n)\nprint(x1)\nprint(x1.grad)\nprint(o.data)\nprint(o.shape, o.dtype, o.is_leaf, x1.is_leaf)")
                == """
                tensor([0.7071], dtype=torch.float64, grad_fn=<TanhBackward0>)
                tensor([0.8814], dtype=torch.float64, grad_fn=<AddBackward0>)
                tensor([2.], dtype=torch.float64, requires_grad=True)
                tensor([-1.5000], dtype=torch.float64)
                tensor([0.7071], dtype=torch.float64)
                torch.Size([1]) torch.float64 False True
                """)
    }

    /// micrograd's `test/test_engine.py` as written (MIT licence, Andrej Karpathy), run as one cell.
    static let testEngine = """
        import torch
        from micrograd.engine import Value

        def test_sanity_check():

            x = Value(-4.0)
            z = 2 * x + 2 + x
            q = z.relu() + z * x
            h = (z * z).relu()
            y = h + q + q * x
            y.backward()
            xmg, ymg = x, y

            x = torch.Tensor([-4.0]).double()
            x.requires_grad = True
            z = 2 * x + 2 + x
            q = z.relu() + z * x
            h = (z * z).relu()
            y = h + q + q * x
            y.backward()
            xpt, ypt = x, y

            # forward pass went well
            assert ymg.data == ypt.data.item()
            # backward pass went well
            assert xmg.grad == xpt.grad.item()

        def test_more_ops():

            a = Value(-4.0)
            b = Value(2.0)
            c = a + b
            d = a * b + b**3
            c += c + 1
            c += 1 + c + (-a)
            d += d * 2 + (b + a).relu()
            d += 3 * d + (b - a).relu()
            e = c - d
            f = e**2
            g = f / 2.0
            g += 10.0 / f
            g.backward()
            amg, bmg, gmg = a, b, g

            a = torch.Tensor([-4.0]).double()
            b = torch.Tensor([2.0]).double()
            a.requires_grad = True
            b.requires_grad = True
            c = a + b
            d = a * b + b**3
            c = c + c + 1
            c = c + 1 + c + (-a)
            d = d + d * 2 + (b + a).relu()
            d = d + 3 * d + (b - a).relu()
            e = c - d
            f = e**2
            g = f / 2.0
            g = g + 10.0 / f
            g.backward()
            apt, bpt, gpt = a, b, g

            tol = 1e-6
            # forward pass went well
            assert abs(gmg.data - gpt.data.item()) < tol
            # backward pass went well
            assert abs(amg.grad - apt.grad.item()) < tol
            assert abs(bmg.grad - bpt.grad.item()) < tol
        """

    @Test func microgradsTestEnginePassesAsWritten() {
        #expect(run(Self.testEngine, "test_sanity_check()\ntest_more_ops()\nprint('both passed')") == "both passed")
    }

    /// The values the torch halves of `test_engine.py` compute, as torch 2.15.0 prints them (also in the fixtures).
    @Test func testEnginesTorchHalvesGiveTorchsNumbers() {
        let sanity = """
            import torch
            x = torch.Tensor([-4.0]).double()
            x.requires_grad = True
            z = 2 * x + 2 + x
            q = z.relu() + z * x
            h = (z * z).relu()
            y = h + q + q * x
            y.backward()
            print(y.data.item(), x.grad.item())
            """
        #expect(run(sanity) == "-20.0 46.0")
        let moreOps = """
            import torch
            a = torch.Tensor([-4.0]).double()
            b = torch.Tensor([2.0]).double()
            a.requires_grad = True
            b.requires_grad = True
            c = a + b
            d = a * b + b**3
            c = c + c + 1
            c = c + 1 + c + (-a)
            d = d + d * 2 + (b + a).relu()
            d = d + 3 * d + (b - a).relu()
            e = c - d
            f = e**2
            g = f / 2.0
            g = g + 10.0 / f
            g.backward()
            print(g.data.item(), a.grad.item(), b.grad.item())
            print(g, a.grad, b.grad)
            """
        #expect(
            run(moreOps) == """
                24.70408163265306 138.83381924198252 645.5772594752186
                tensor([24.7041], dtype=torch.float64, grad_fn=<AddBackward0>) tensor([138.8338], dtype=torch.float64) \
                tensor([645.5773], dtype=torch.float64)
                """)
    }
}
