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
}
