import Testing

@testable import MicrogradScript

/// What lies beyond the subset is a `NotImplementedError` that names it, where the lesson uses it; mixing tensors
/// with anything else is torch's `TypeError`.
@Suite struct TorchErrorTests {
    @Test func unknownTensorAttributesNameTheMissingPiece() {
        expectDiagnostic(
            "import torch\nx = torch.Tensor([1.0])\ny = 1️⃣x.matmul(x)",
            "NotImplementedError: torch.Tensor.matmul is not available in Gradbook's torch subset")
        expectDiagnostic(
            "import torch\nx = torch.Tensor([1.0])\n1️⃣x.device",
            "NotImplementedError: torch.Tensor.device is not available in Gradbook's torch subset")
        expectDiagnostic(
            "import torch\nx = torch.Tensor([1.0])\n1️⃣x.label = 'a'",
            "NotImplementedError: setting attribute 'label' of a torch.Tensor is not available in Gradbook's torch subset")
    }

    @Test func unknownModuleAttributesNameTheMissingPiece() {
        expectDiagnostic(
            "import torch\n1️⃣torch.matmul",
            "NotImplementedError: torch.matmul is not available in Gradbook's torch subset")
        expectDiagnostic(
            "import torch\nx = 1️⃣torch.zeros(3)",
            "NotImplementedError: torch.zeros is not available in Gradbook's torch subset")
        expectDiagnostic(
            "from torch import 1️⃣nn",
            "NotImplementedError: torch.nn is not available in Gradbook's torch subset")
        expectDiagnostic("import torch\n1️⃣torch.__version__", "AttributeError: module 'torch' has no attribute '__version__'")
        expectDiagnostic(
            "import 1️⃣torch.nn as nn",
            "NotImplementedError: torch.nn is not available in Gradbook's torch subset")
        expectDiagnostic(
            "from torch.nn import 1️⃣functional",
            "NotImplementedError: torch.nn is not available in Gradbook's torch subset")
    }

    @Test func operatorsBeyondTheSubsetNameThemselves() {
        expectDiagnostic(
            "import torch\nx = torch.Tensor([1.0])\n1️⃣x @ x",
            "NotImplementedError: torch.Tensor.__matmul__ is not available in Gradbook's torch subset")
        expectDiagnostic(
            "import torch\nx = torch.Tensor([1.0])\n1️⃣2 // x",
            "NotImplementedError: torch.Tensor.__rfloordiv__ is not available in Gradbook's torch subset")
        expectDiagnostic(
            "import torch\nx = torch.Tensor([1.0])\n1️⃣abs(x)",
            "NotImplementedError: torch.Tensor.__abs__ is not available in Gradbook's torch subset")
        expectDiagnostic(
            "import torch\nx = torch.Tensor([1.0])\n1️⃣x ** x",
            "NotImplementedError: torch.pow with a tensor exponent is not available in Gradbook's torch subset")
        expectDiagnostic(
            "import torch\nx = torch.Tensor([1.0])\n1️⃣2 ** x",
            "NotImplementedError: torch.Tensor.__rpow__ is not available in Gradbook's torch subset")
        expectDiagnostic(
            "import torch\nx = torch.Tensor([1.0])\n1️⃣x == 1",
            "NotImplementedError: comparing tensors with == (torch gives a bool tensor) is not available in Gradbook's torch subset")
        expectDiagnostic(
            "import torch\n1️⃣torch.tensor([[1.0, 2.0]])",
            "NotImplementedError: tensors of more than one dimension is not available in Gradbook's torch subset")
        expectDiagnostic(
            "import torch\n1️⃣torch.tensor([True])",
            "NotImplementedError: torch.bool tensors is not available in Gradbook's torch subset")
        expectDiagnostic(
            "import torch\n1️⃣torch.Tensor(3)",
            "NotImplementedError: torch.Tensor(size) (a tensor of uninitialised memory) is not available in Gradbook's torch subset")
        expectDiagnostic(
            "import torch\nx = torch.tensor(2.0, requires_grad=True)\n1️⃣x.backward(torch.tensor(1.0))",
            "NotImplementedError: torch.Tensor.backward(gradient=...) is not available in Gradbook's torch subset")
    }

    /// Private names are `AttributeError`s with torch's text for a name it lacks (not the subset's
    /// `NotImplementedError`), so probing them (`hasattr`, rich display's `_repr_html_`) answers "no" instead of failing.
    @Test func privateNamesAreAttributeErrors() {
        #expect(
            run("""
                import torch
                x = torch.tensor([1.0], requires_grad=True)
                print(hasattr(x, '_repr_html_'), hasattr(torch, '_foo'), hasattr(x.dtype, '_x'), hasattr(x.shape, '_x'))
                print(hasattr((x * 2).grad_fn, '_x'), hasattr(x, 'grad'), hasattr(torch, 'tanh'))
                """) == "False False False False\nFalse True True")
        expectDiagnostic(
            "import torch\nx = torch.Tensor([1.0])\n1️⃣x._foo",
            "AttributeError: 'Tensor' object has no attribute '_foo'")
        expectDiagnostic("import torch\n1️⃣torch._foo", "AttributeError: module 'torch' has no attribute '_foo'")
    }

    @Test func tensorsDoNotMixWithTheEnginesValues() {
        expectDiagnostic(
            "import torch\nx = torch.Tensor([1.0])\n1️⃣x + Value(2.0)",
            "TypeError: unsupported operand type(s) for +: 'Tensor' and 'Value'")
        expectDiagnostic(
            "import torch\nx = torch.Tensor([1.0])\n1️⃣Value(2.0) * x",
            "TypeError: unsupported operand type(s) for *: 'Value' and 'Tensor'")
        expectDiagnostic(
            "import torch\nclass P:\n    pass\n1️⃣torch.Tensor([1.0]) - P()",
            "TypeError: unsupported operand type(s) for -: 'Tensor' and 'P'")
        expectDiagnostic(
            "import torch\n1️⃣torch.tensor([Value(1.0)])",
            "TypeError: new(): invalid data type 'Value'")
    }

    @Test func aLongChainIsFreedWithoutRecursion() {
        let source = """
            import torch
            x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
            y = x
            for i in range(20000):
                y = y * 1.0001
            y.backward()
            print(x.grad.item() > 7, y.grad_fn)
            y = None
            print('freed')
            """
        #expect(run(source) == "True <MulBackward0 object at 0x7f0000000010>\nfreed")
    }
}
