import Dispatch
import MicrogradScript

/// The micrograd demo's moons training, written as a Gradbook cell the way `demo.ipynb` writes it, to measure
/// what interpretation adds to the engine: `model(x)`, `sum` over values and `backward()` run natively, so the
/// script's own overhead is the comprehensions, the parameter loop and the calls around them.
enum ScriptedMoonsDemo {
    /// Data, model and the loss function: run once, not timed.
    static let setup = """
        import random
        from micrograd.engine import Value
        from micrograd.nn import Neuron, Layer, MLP

        random.seed(1337)
        X, y = make_moons(n_samples=100, noise=0.1, seed=1337)
        y = [yi*2 - 1 for yi in y] # make y be -1 or 1

        # initialize a model
        model = MLP(2, [16, 16, 1], activation="relu") # 2-layer neural network
        print(model)
        print("number of parameters", len(model.parameters()))

        # loss function
        def loss(batch_size=None):
            # inline DataLoader :)
            if batch_size is None:
                Xb, yb = X, y
            else:
                Xb, yb = X[:batch_size], y[:batch_size]
            inputs = [list(map(Value, xrow)) for xrow in Xb]

            # forward the model to get scores
            scores = list(map(model, inputs))

            # svm "max-margin" loss
            losses = [(1 + -yi*scorei).relu() for yi, scorei in zip(yb, scores)]
            data_loss = sum(losses) * (1.0 / len(losses))
            # L2 regularization
            alpha = 1e-4
            reg_loss = alpha * sum((p*p for p in model.parameters()))
            total_loss = data_loss + reg_loss

            # also get accuracy
            accuracy = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(yb, scores)]
            return total_loss, sum(accuracy) / len(accuracy)

        total_loss, acc = loss()
        print(total_loss, acc)
        """

    /// The optimisation loop, exactly as the demo writes it: the part that is timed.
    static func training(steps: Int) -> String {
        """
        for k in range(\(steps)):

            # forward
            total_loss, acc = loss()

            # backward
            model.zero_grad()
            total_loss.backward()

            # update (sgd)
            learning_rate = 1.0 - 0.9*k/100
            for p in model.parameters():
                p.data -= learning_rate * p.grad

            if k % 1 == 0:
                print(f"step {k} loss {total_loss.data}, accuracy {acc*100}%")
        """
    }

    /// What one run measured.
    struct Measurement {
        /// Wall-clock nanoseconds of the training cell alone.
        var nanoseconds: UInt64
        /// The setup cell's outputs, then the training cell's.
        var outputs: [Output]

        var seconds: Double { Double(nanoseconds) / 1e9 }

        /// The last line printed: the final step's loss and accuracy (or the error that stopped the demo).
        var lastLine: String {
            outputs.plainText.split(separator: "\n").last.map(String.init) ?? ""
        }
    }

    /// Runs the setup, then times the training cell (`steps` steps, 100 in the demo).
    static func run(steps: Int = 100) -> Measurement {
        let session = Session(seed: 1337)
        var outputs = session.run(setup)
        let source = training(steps: steps)
        let start = DispatchTime.now().uptimeNanoseconds
        outputs += session.run(source)
        let end = DispatchTime.now().uptimeNanoseconds
        return Measurement(nanoseconds: end - start, outputs: outputs)
    }
}
