"""PyTorch (CPU, eager). Default thread settings; they are recorded in the output."""
import _common
import numpy_math


def build():
    global torch
    import torch
    import torch.nn.functional as F

    def w1():
        a, b = map(torch.from_numpy, _common.w1_data())
        return (lambda: a + b), (lambda r: [r.numpy()])

    def w2():
        x, y, w, b = map(torch.from_numpy, _common.w2_data())
        w.requires_grad_(True)
        b.requires_grad_(True)

        def call():  # forward + backward
            z = torch.matmul(x, w) + b
            loss = F.binary_cross_entropy_with_logits(
                z, y, weight=torch.ones_like(z), pos_weight=torch.ones_like(z))
            return torch.autograd.grad(loss, (w, b))
        return call, (lambda r: [g.numpy() for g in r])

    def w3():
        x = torch.from_numpy(_common.w3_data()).requires_grad_(True)

        def f(x):
            for _ in range(numpy_math.CYCLES):
                x = torch.sin(x)
                x = x * numpy_math.SCALE
                x = x + numpy_math.SHIFT
                x = torch.tanh(x)
                x = torch.exp(x)
            return x.sum()

        def call():
            return torch.autograd.grad(f(x), x)[0]
        return call, (lambda r: [r.numpy()])

    return {"W1": w1, "W2": w2, "W3": w3}


def versions():
    return {"torch": torch.__version__}


def info():
    return {"num_threads": torch.get_num_threads(),
            "num_interop_threads": torch.get_num_interop_threads()}


if __name__ == "__main__":
    _common.main("torch", build, versions=versions, extra_info=info)
